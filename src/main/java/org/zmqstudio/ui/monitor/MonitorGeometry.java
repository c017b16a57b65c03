package org.zmqstudio.ui.monitor;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/** Where the canvas draws nodes and links, in canvas (model) coordinates; the canvas implements it. */
public interface MonitorGeometry {

    /** A point on the link's drawn curve: progress 0 at its connect node, 1 at its bind node. */
    Point2D pointOnLink(String linkId, double progress);

    /** The card of the node as drawn. */
    Bounds nodeBounds(String nodeId);
}
