package org.zmqstudio.ui.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/** Where the canvas draws the nodes and links of a topology, in canvas (model) coordinates. */
public final class CanvasGeometry {

    private final Topology topology;

    CanvasGeometry(Topology topology) {
        this.topology = topology;
    }

    /**
     * A point on the link's curve as drawn: progress 0 at its connect node's card, 1 at its bind
     * node's; {@code null} for an unknown link.
     */
    public Point2D pointOnLink(String linkId, double progress) {
        Link link = topology.link(linkId).orElse(null);
        Node connect = link == null ? null : topology.node(link.connect()).orElse(null);
        Node bind = link == null ? null : topology.node(link.bind()).orElse(null);
        if (connect == null || bind == null) {
            return null;
        }
        LinkCurve curve = LinkCurve.between(connect, bind);
        return new Point2D(curve.xAt(progress), curve.yAt(progress));
    }

    /** The node's card, or {@code null} for an unknown node. */
    public Bounds nodeBounds(String nodeId) {
        return topology.node(nodeId)
                .map(n -> (Bounds) new BoundingBox(n.x(), n.y(), NodeCard.WIDTH, NodeCard.HEIGHT))
                .orElse(null);
    }
}
