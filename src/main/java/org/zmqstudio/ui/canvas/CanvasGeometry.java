package org.zmqstudio.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.picture.NodeCard;
import org.zmqstudio.picture.LinkCurve;

/**
 * Where the canvas draws the nodes and links of a topology, in canvas (model) coordinates. Made once
 * per frame: look-ups are by hash and each link's curve is worked out once, since a live layer asks
 * for thousands of points a frame.
 */
public final class CanvasGeometry {

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Link> links = new HashMap<>();
    private final Map<String, LinkCurve> curves = new HashMap<>();
    private final double minTextPixels;

    CanvasGeometry(Topology topology, double minTextPixels) {
        topology.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
        topology.links().forEach(l -> links.putIfAbsent(l.id(), l));
        this.minTextPixels = minTextPixels;
    }

    /**
     * How high, in screen pixels, a live layer's text should at least be drawn: 0 (as usual), or about
     * 18 in presentation mode, so that numbers stay legible from the back of a room. A layer draws its
     * text (and the room around it) that many times larger than usual where the zoom would make it smaller.
     */
    public double minTextPixels() {
        return minTextPixels;
    }

    /**
     * A point on the link's curve as drawn: progress 0 at its connect node's card, 1 at its bind
     * node's; {@code null} for an unknown link.
     */
    public Point2D pointOnLink(String linkId, double progress) {
        LinkCurve curve = curves.computeIfAbsent(linkId, this::curveOf);
        return curve == null ? null : new Point2D(curve.xAt(progress), curve.yAt(progress));
    }

    /** The node's card, or {@code null} for an unknown node. */
    public Bounds nodeBounds(String nodeId) {
        Node node = nodes.get(nodeId);
        return node == null ? null : new BoundingBox(node.x(), node.y(), NodeCard.WIDTH, NodeCard.HEIGHT);
    }

    /** The curve of a link between two known nodes, or {@code null} (not cached then: computeIfAbsent skips nulls). */
    private LinkCurve curveOf(String linkId) {
        Link link = links.get(linkId);
        Node connect = link == null ? null : nodes.get(link.connect());
        Node bind = link == null ? null : nodes.get(link.bind());
        return connect == null || bind == null ? null : LinkCurve.between(connect, bind);
    }
}
