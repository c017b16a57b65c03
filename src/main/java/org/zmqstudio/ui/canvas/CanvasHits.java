package org.zmqstudio.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.picture.NodeCard;
import org.zmqstudio.picture.LinkCurve;

/** What lies under a canvas point: the topmost (last drawn) node, handle or link. */
final class CanvasHits {

    private CanvasHits() {
    }

    /** The topmost node whose card holds the point, or {@code null}. */
    static Node nodeAt(Topology topology, double x, double y) {
        List<Node> nodes = topology.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (NodeCard.contains(nodes.get(i), x, y)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The topmost node whose connection handle is within {@code slack} canvas units of the point, or {@code null}. */
    static Node handleAt(Topology topology, double x, double y, double slack) {
        List<Node> nodes = topology.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (NodeCard.onHandle(nodes.get(i), x, y, slack)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The link whose curve passes within {@code slack} canvas units of the point (the nearest), or {@code null}. */
    static Link linkAt(Topology topology, double x, double y, double slack) {
        Map<String, Node> byId = new HashMap<>();
        topology.nodes().forEach(n -> byId.put(n.id(), n));
        Link best = null;
        double bestDistance = slack;
        for (Link link : topology.links()) {
            Node connect = byId.get(link.connect());
            Node bind = byId.get(link.bind());
            if (connect == null || bind == null) {
                continue;
            }
            LinkCurve curve = LinkCurve.between(connect, bind);
            if (!curve.overlaps(x - slack, y - slack, x + slack, y + slack)) {
                continue;
            }
            double distance = curve.distanceTo(x, y);
            if (distance <= bestDistance) {
                best = link;
                bestDistance = distance;
            }
        }
        return best;
    }
}
