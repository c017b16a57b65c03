package org.zmqstudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Severity;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.Selection;

/**
 * Draws one frame of the canvas from immutable inputs; holds no model state, only caches (icons, fitted
 * text). Culls what lies outside the view and drops text and icons when zoomed far out, so that a
 * 500-node topology draws quickly. UI thread only.
 */
final class CanvasPainter {

    /** Everything one frame shows. {@code overlay} may be {@code null}. */
    record Frame(Topology topology, Selection selection, ProblemMarks marks, Viewport viewport,
                 CanvasColors colors, Overlay overlay) {
    }

    static final double GRID = 20;
    /** Below this zoom the cards are drawn without text or icons (unreadable anyway). */
    private static final double DETAIL_ZOOM = 0.4;

    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 14);
    private static final Font TYPE = Font.font("System", FontWeight.BOLD, 11.5);
    private static final Font ENDPOINT = Font.font("System", FontWeight.NORMAL, 11.5);
    private static final Font BADGE = Font.font("System", FontWeight.BOLD, 12);
    private static final double ICON = 30;
    private static final double TEXT_LEFT = 52;

    private final IconCache icons = new IconCache();
    private final TextFitter fitter = new TextFitter();

    void paint(GraphicsContext gc, double width, double height, Frame frame) {
        CanvasColors colors = frame.colors();
        Viewport view = frame.viewport();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(colors.background());
        gc.fillRect(0, 0, width, height);
        paintGrid(gc, width, height, view, colors);

        gc.setTransform(view.zoom(), 0, 0, view.zoom(), view.offsetX(), view.offsetY());
        double minX = -view.offsetX() / view.zoom();
        double minY = -view.offsetY() / view.zoom();
        double maxX = minX + width / view.zoom();
        double maxY = minY + height / view.zoom();
        Map<String, Node> byId = new HashMap<>();
        frame.topology().nodes().forEach(n -> byId.put(n.id(), n));
        paintLinks(gc, frame, byId, minX, minY, maxX, maxY);
        paintNodes(gc, frame, minX, minY, maxX, maxY);
        paintOverlay(gc, frame, byId);
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    private static void paintGrid(GraphicsContext gc, double width, double height, Viewport view, CanvasColors colors) {
        double step = GRID * view.zoom();
        if (step < 6) {
            step *= 5;
        }
        double major = GRID * 5 * view.zoom();
        gc.setLineWidth(1);
        drawLines(gc, width, height, step, view, colors.gridMinor());
        drawLines(gc, width, height, major, view, colors.gridMajor());
    }

    private static void drawLines(GraphicsContext gc, double width, double height, double step, Viewport view, Color color) {
        gc.setStroke(color);
        gc.beginPath();
        for (double x = Math.floorMod((long) Math.floor(view.offsetX()), (long) Math.max(1, Math.round(step))) + 0.5;
             x < width; x += step) {
            gc.moveTo(Math.floor(x) + 0.5, 0);
            gc.lineTo(Math.floor(x) + 0.5, height);
        }
        for (double y = Math.floorMod((long) Math.floor(view.offsetY()), (long) Math.max(1, Math.round(step))) + 0.5;
             y < height; y += step) {
            gc.moveTo(0, Math.floor(y) + 0.5);
            gc.lineTo(width, Math.floor(y) + 0.5);
        }
        gc.stroke();
    }

    private record DrawnLink(Link link, LinkCurve curve, boolean arrowAtBind, boolean arrowAtConnect) {
    }

    private void paintLinks(GraphicsContext gc, Frame frame, Map<String, Node> byId,
                            double minX, double minY, double maxX, double maxY) {
        Map<Color, List<DrawnLink>> byColor = new HashMap<>();
        List<DrawnLink> selected = new ArrayList<>();
        for (Link link : frame.topology().links()) {
            Node connect = byId.get(link.connect());
            Node bind = byId.get(link.bind());
            if (connect == null || bind == null) {
                continue;
            }
            LinkCurve curve = LinkCurve.between(connect, bind);
            if (!curve.overlaps(minX, minY, maxX, maxY)) {
                continue;
            }
            boolean valid = connect.socket().canPairWith(bind.socket());
            DrawnLink drawn = new DrawnLink(link, curve, valid && connect.socket().sends() && bind.socket().receives(),
                    valid && bind.socket().sends() && connect.socket().receives());
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

    private static Color linkColor(Frame frame, Link link) {
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
            if (d.arrowAtBind()) {
                arrow(gc, c.x1(), c.y1(), c.x1() - c.c1x(), c.y1() - c.c1y(), 7);
            }
            if (d.arrowAtConnect()) {
                arrow(gc, c.x0(), c.y0(), c.x0() - c.c0x(), c.y0() - c.c0y(), 3);
            }
        }
        gc.fill();
        for (DrawnLink d : links) {
            LinkCurve c = d.curve();
            gc.fillRect(c.x1() - 5, c.y1() - 5, 10, 10);
        }
    }

    /** Adds an arrowhead pointing along (dx, dy) whose tip stops {@code gap} units before (x, y). */
    private static void arrow(GraphicsContext gc, double x, double y, double dx, double dy, double gap) {
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double tipX = x - ux * gap;
        double tipY = y - uy * gap;
        double backX = tipX - ux * 13;
        double backY = tipY - uy * 13;
        gc.moveTo(tipX, tipY);
        gc.lineTo(backX - uy * 6.5, backY + ux * 6.5);
        gc.lineTo(backX + uy * 6.5, backY - ux * 6.5);
        gc.closePath();
    }

    private void paintNodes(GraphicsContext gc, Frame frame, double minX, double minY, double maxX, double maxY) {
        boolean detail = frame.viewport().zoom() >= DETAIL_ZOOM;
        Overlay.Wire wire = frame.overlay() instanceof Overlay.Wire w ? w : null;
        for (Node node : frame.topology().nodes()) {
            if (!NodeCard.overlaps(node, minX - 12, minY - 12, maxX + 12, maxY + 12)) {
                continue;
            }
            Color outline = null;
            if (wire != null && node.id().equals(wire.targetId())) {
                outline = wire.validTarget() ? frame.colors().valid() : frame.colors().invalid();
            } else if (frame.selection().nodeIds().contains(node.id())) {
                outline = frame.colors().selection();
            }
            paintCard(gc, frame.colors(), node, outline);
            if (detail) {
                paintContent(gc, frame.colors(), node, frame.topology().bindEndpoint(node));
                paintHandle(gc, frame.colors(), node);
            }
            Severity severity = frame.marks().node(node.id());
            if (severity != null) {
                paintBadge(gc, frame.colors(), node, severity, detail);
            }
        }
    }

    private static void paintCard(GraphicsContext gc, CanvasColors colors, Node node, Color outline) {
        double x = node.x();
        double y = node.y();
        Color accent = CanvasColors.accent(node.socket().family());
        gc.setFill(accent);
        gc.fillRoundRect(x, y, NodeCard.WIDTH, NodeCard.HEIGHT, NodeCard.CORNER * 2, NodeCard.CORNER * 2);
        gc.setFill(colors.card());
        gc.fillRoundRect(x + 6, y, NodeCard.WIDTH - 6, NodeCard.HEIGHT, NodeCard.CORNER * 2, NodeCard.CORNER * 2);
        gc.fillRect(x + 6, y, NodeCard.CORNER, NodeCard.HEIGHT);
        if (outline != null) {
            gc.setStroke(outline);
            gc.setLineWidth(3);
            gc.strokeRoundRect(x - 1.5, y - 1.5, NodeCard.WIDTH + 3, NodeCard.HEIGHT + 3,
                    NodeCard.CORNER * 2 + 3, NodeCard.CORNER * 2 + 3);
        } else {
            gc.setStroke(colors.cardBorder());
            gc.setLineWidth(1);
            gc.strokeRoundRect(x, y, NodeCard.WIDTH, NodeCard.HEIGHT, NodeCard.CORNER * 2, NodeCard.CORNER * 2);
        }
    }

    private void paintContent(GraphicsContext gc, CanvasColors colors, Node node, String endpoint) {
        double x = node.x();
        double y = node.y();
        Image icon = icons.icon(node.socket());
        if (icon != null) {
            gc.drawImage(icon, x + 15, y + 9, ICON, ICON);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setFill(colors.text());
        gc.setFont(LABEL);
        gc.fillText(fitter.fit(node.displayLabel(), LABEL, NodeCard.WIDTH - TEXT_LEFT - 10), x + TEXT_LEFT, y + 22);
        gc.setFill(typeColor(colors, node));
        gc.setFont(TYPE);
        gc.fillText(node.socket().name(), x + TEXT_LEFT, y + 39);
        gc.setFill(colors.secondaryText());
        gc.setFont(ENDPOINT);
        String where = endpoint == null ? "connects only" : "binds " + endpoint;
        gc.fillText(fitter.fit(where, ENDPOINT, NodeCard.WIDTH - 26), x + 15, y + 60);
    }

    private static Color typeColor(CanvasColors colors, Node node) {
        Color accent = CanvasColors.accent(node.socket().family());
        return colors.dark() ? accent.interpolate(Color.WHITE, 0.35) : accent.darker();
    }

    private static void paintHandle(GraphicsContext gc, CanvasColors colors, Node node) {
        double r = NodeCard.HANDLE_RADIUS;
        gc.setFill(colors.card());
        gc.fillOval(NodeCard.handleX(node) - r, NodeCard.handleY(node) - r, 2 * r, 2 * r);
        gc.setStroke(CanvasColors.accent(node.socket().family()));
        gc.setLineWidth(2.5);
        gc.strokeOval(NodeCard.handleX(node) - r, NodeCard.handleY(node) - r, 2 * r, 2 * r);
    }

    private static void paintBadge(GraphicsContext gc, CanvasColors colors, Node node, Severity severity, boolean detail) {
        double r = 10;
        double cx = node.x() + NodeCard.WIDTH - 6;
        double cy = node.y() + 6;
        gc.setFill(severity == Severity.ERROR ? colors.invalid() : colors.warning());
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setStroke(colors.card());
        gc.setLineWidth(2);
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        if (detail) {
            gc.setFill(Color.WHITE);
            gc.setFont(BADGE);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("!", cx, cy + 0.5);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BASELINE);
        }
    }

    private static void paintOverlay(GraphicsContext gc, Frame frame, Map<String, Node> byId) {
        double zoom = frame.viewport().zoom();
        CanvasColors colors = frame.colors();
        if (frame.overlay() instanceof Overlay.RubberBand band) {
            gc.setFill(colors.selection().deriveColor(0, 1, 1, 0.12));
            gc.fillRect(band.minX(), band.minY(), band.maxX() - band.minX(), band.maxY() - band.minY());
            gc.setStroke(colors.selection());
            gc.setLineWidth(1.5 / zoom);
            gc.strokeRect(band.minX(), band.minY(), band.maxX() - band.minX(), band.maxY() - band.minY());
        } else if (frame.overlay() instanceof Overlay.Wire wire && byId.containsKey(wire.sourceId())) {
            Node source = byId.get(wire.sourceId());
            double x0 = NodeCard.handleX(source);
            double y0 = NodeCard.handleY(source);
            double pull = Math.max(40, Math.abs(wire.x() - x0) / 2);
            Color color = wire.targetId() == null ? colors.selection()
                    : wire.validTarget() ? colors.valid() : colors.invalid();
            gc.setStroke(color);
            gc.setLineWidth(2.5);
            gc.setLineDashes(8, 6);
            gc.beginPath();
            gc.moveTo(x0, y0);
            gc.bezierCurveTo(x0 + pull, y0, wire.x() - pull, wire.y(), wire.x(), wire.y());
            gc.stroke();
            gc.setLineDashes((double[]) null);
            gc.setFill(color);
            gc.fillOval(wire.x() - 5, wire.y() - 5, 10, 10);
        }
    }
}
