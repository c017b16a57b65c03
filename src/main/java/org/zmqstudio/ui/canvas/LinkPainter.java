package org.zmqstudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Severity;
import org.zmqstudio.picture.Arrowhead;
import org.zmqstudio.picture.LinkCurve;
import org.zmqstudio.picture.MessageFlow;

/**
 * Draws the links (curves with an arrowhead where messages arrive and a square on the binding side,
 * links of one colour in one path) and the dashed relay/proxy connections, canvas units. UI thread only.
 */
final class LinkPainter {

    private LinkPainter() {
    }

    private record DrawnLink(Link link, LinkCurve curve, MessageFlow flow) {
    }

    static void paintLinks(GraphicsContext gc, CanvasPainter.Frame frame, Map<String, Node> byId,
                            ViewBox view) {
        Map<Color, List<DrawnLink>> byColor = new HashMap<>();
        List<DrawnLink> selected = new ArrayList<>();
        for (Link link : frame.topology().links()) {
            Node connect = byId.get(link.connect());
            Node bind = byId.get(link.bind());
            if (connect == null || bind == null) {
                continue;
            }
            LinkCurve curve = LinkCurve.between(connect, bind);
            if (!view.overlaps(curve)) {
                continue;
            }
            DrawnLink drawn = new DrawnLink(link, curve, MessageFlow.of(connect, bind));
            if (frame.selection().linkIds().contains(link.id())) {
                selected.add(drawn);
            }
            byColor.computeIfAbsent(linkColor(frame, link), c -> new ArrayList<>()).add(drawn);
        }
        double zoom = frame.viewport().zoom();
        gc.setLineCap(StrokeLineCap.ROUND);
        if (!selected.isEmpty()) {
            strokeCurves(gc, selected, frame.colors().selection().deriveColor(0, 1, 1, 0.35), 9);
        }
        for (Map.Entry<Color, List<DrawnLink>> group : byColor.entrySet()) {
            strokeCurves(gc, group.getValue(), group.getKey(), Math.max(2, 1.2 / zoom));
            paintEnds(gc, group.getValue(), group.getKey());
        }
    }

    /**
     * A dashed line from each relay to the socket it sends on, and between proxy peers: messages cross
     * there inside one thread, not over a ZeroMQ link.
     */
    static void paintDrives(GraphicsContext gc, CanvasPainter.Frame frame, Map<String, Node> byId,
                                    ViewBox view) {
        List<LinkCurve> relays = new ArrayList<>();
        List<LinkCurve> proxies = new ArrayList<>();
        for (Node node : frame.topology().nodes()) {
            String driven = node.behavior() == null ? null : node.behavior().drivenNodeId();
            Node target = driven == null ? null : byId.get(driven);
            if (target == null || target == node) {
                continue;
            }
            LinkCurve curve = LinkCurve.between(node, target);
            if (view.overlaps(curve)) {
                (node.behavior() instanceof Behavior.Relay ? relays : proxies).add(curve);
            }
        }
        if (relays.isEmpty() && proxies.isEmpty()) {
            return;
        }
        Color color = frame.colors().secondaryText().deriveColor(0, 1, 1, 0.8);
        gc.setStroke(color);
        gc.setFill(color);
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 5);
        gc.beginPath();
        for (LinkCurve c : relays) {
            gc.moveTo(c.x0(), c.y0());
            gc.lineTo(c.x1(), c.y1());
        }
        for (LinkCurve c : proxies) {
            gc.moveTo(c.x0(), c.y0());
            gc.lineTo(c.x1(), c.y1());
        }
        gc.stroke();
        gc.setLineDashes((double[]) null);
        gc.beginPath();
        for (LinkCurve c : relays) {
            arrow(gc, c.x1(), c.y1(), c.x1() - c.x0(), c.y1() - c.y0(), Arrowhead.RELAY_GAP, Arrowhead.RELAY_SIZE);
        }
        gc.fill();
    }

    private static Color linkColor(CanvasPainter.Frame frame, Link link) {
        Severity severity = frame.marks().link(link.id());
        if (severity == Severity.ERROR) {
            return frame.colors().invalid();
        }
        if (severity == Severity.WARNING) {
            return frame.colors().warning();
        }
        return frame.selection().linkIds().contains(link.id()) ? frame.colors().selection() : frame.colors().link();
    }

    private static void strokeCurves(GraphicsContext gc, List<DrawnLink> links, Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.beginPath();
        for (DrawnLink d : links) {
            LinkCurve c = d.curve();
            gc.moveTo(c.x0(), c.y0());
            gc.bezierCurveTo(c.c0x(), c.c0y(), c.c1x(), c.c1y(), c.x1(), c.y1());
        }
        gc.stroke();
    }

    /** Arrowheads where messages arrive, and a square on the binding side. */
    private static void paintEnds(GraphicsContext gc, List<DrawnLink> links, Color color) {
        gc.setFill(color);
        gc.beginPath();
        for (DrawnLink d : links) {
            LinkCurve c = d.curve();
            if (d.flow().toBind()) {
                arrow(gc, c.x1(), c.y1(), c.x1() - c.c1x(), c.y1() - c.c1y(), Arrowhead.AT_BIND_GAP, Arrowhead.SIZE);
            }
            if (d.flow().toConnect()) {
                arrow(gc, c.x0(), c.y0(), c.x0() - c.c0x(), c.y0() - c.c0y(), Arrowhead.AT_CONNECT_GAP, Arrowhead.SIZE);
            }
        }
        gc.fill();
        for (DrawnLink d : links) {
            LinkCurve c = d.curve();
            gc.fillRect(c.x1() - Arrowhead.BIND_SQUARE / 2, c.y1() - Arrowhead.BIND_SQUARE / 2, Arrowhead.BIND_SQUARE, Arrowhead.BIND_SQUARE);
        }
    }

    /** Adds an {@link Arrowhead} to the path. */
    static void arrow(GraphicsContext gc, double x, double y, double dx, double dy, double gap, double size) {
        double[] p = Arrowhead.corners(x, y, dx, dy, gap, size);
        gc.moveTo(p[0], p[1]);
        gc.lineTo(p[2], p[3]);
        gc.lineTo(p[4], p[5]);
        gc.closePath();
    }
}
