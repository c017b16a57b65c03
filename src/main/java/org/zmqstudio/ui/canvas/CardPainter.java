package org.zmqstudio.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Severity;
import org.zmqstudio.picture.CardLayout;
import org.zmqstudio.picture.NodeCard;

/**
 * Draws the node cards: accent strip by pattern family, icon, socket type, label, bound endpoint, the
 * connection handle (hovered or selected nodes) and a problem badge; text and icons only from
 * {@link #DETAIL_ZOOM}. Caches icons and fitted text. UI thread only.
 */
final class CardPainter {

    /** Below this zoom the cards are drawn without text or icons (unreadable anyway). */
    private static final double DETAIL_ZOOM = 0.5;

    private static final Font LABEL = Font.font("System", FontWeight.BOLD, CardLayout.LABEL_SIZE);
    private static final Font TYPE = Font.font("System", FontWeight.BOLD, CardLayout.TYPE_SIZE);
    private static final Font ENDPOINT = Font.font("System", FontWeight.NORMAL, CardLayout.ENDPOINT_SIZE);
    private static final Font BADGE = Font.font("System", FontWeight.BOLD, 12);

    private final IconCache icons = new IconCache();
    private final TextFitter fitter = new TextFitter();

    void paintNodes(GraphicsContext gc, CanvasPainter.Frame frame, ViewBox view) {
        boolean detail = frame.viewport().zoom() >= DETAIL_ZOOM;
        Overlay.Wire wire = frame.overlay() instanceof Overlay.Wire w ? w : null;
        for (Node node : frame.topology().nodes()) {
            if (!view.overlaps(node)) {
                continue;
            }
            Color outline = null;
            if (wire != null && node.id().equals(wire.targetId())) {
                outline = wire.validTarget() ? frame.colors().valid() : frame.colors().invalid();
            } else if (frame.selection().nodeIds().contains(node.id())) {
                outline = frame.colors().selection();
            }
            if (!detail) {
                paintPlainCard(gc, frame.colors(), node, outline, frame.viewport().zoom());
            } else {
                paintCard(gc, frame.colors(), node, outline);
                if (frame.presenting()) {
                    PresentationType.paintContent(gc, frame.colors(), node, icons.icon(node.socket()), fitter,
                            frame.viewport().zoom());
                } else {
                    paintContent(gc, frame.colors(), node, frame.topology().bindEndpoint(node));
                }
                if (node.id().equals(frame.hoveredId()) || frame.selection().nodeIds().contains(node.id())) {
                    paintHandle(gc, frame.colors(), node);
                }
            }
            Severity severity = frame.marks().node(node.id());
            if (severity != null) {
                paintBadge(gc, frame.colors(), node, severity, detail);
            }
        }
    }

    /** A card far away: square corners and no strokes, which software rendering fills several times faster. */
    private static void paintPlainCard(GraphicsContext gc, CanvasColors colors, Node node, Color outline, double zoom) {
        double border = outline == null ? Math.max(1.5, 1 / zoom) : Math.max(6, 2.5 / zoom);
        gc.setFill(outline == null ? colors.cardBorder() : outline);
        gc.fillRect(node.x() - border, node.y() - border, NodeCard.WIDTH + 2 * border, NodeCard.HEIGHT + 2 * border);
        gc.setFill(CanvasColors.accent(node.socket().family()));
        gc.fillRect(node.x(), node.y(), 10, NodeCard.HEIGHT);
        gc.setFill(colors.card());
        gc.fillRect(node.x() + 10, node.y(), NodeCard.WIDTH - 10, NodeCard.HEIGHT);
    }

    private static void paintCard(GraphicsContext gc, CanvasColors colors, Node node, Color outline) {
        double x = node.x();
        double y = node.y();
        Color accent = CanvasColors.accent(node.socket().family());
        gc.setFill(accent);
        gc.fillRoundRect(x, y, NodeCard.WIDTH, NodeCard.HEIGHT, NodeCard.CORNER * 2, NodeCard.CORNER * 2);
        gc.setFill(colors.card());
        gc.fillRoundRect(x + CardLayout.STRIP, y, NodeCard.WIDTH - CardLayout.STRIP, NodeCard.HEIGHT,
                NodeCard.CORNER * 2, NodeCard.CORNER * 2);
        gc.fillRect(x + CardLayout.STRIP, y, NodeCard.CORNER, NodeCard.HEIGHT);
        if (outline != null) {
            gc.setStroke(outline);
            gc.setLineWidth(3);
            gc.strokeRoundRect(x - 1.5, y - 1.5, NodeCard.WIDTH + 3, NodeCard.HEIGHT + 3,
                    NodeCard.CORNER * 2 + 3, NodeCard.CORNER * 2 + 3);
        } else {
            boolean external = CardLayout.external(node);
            gc.setStroke(external ? colors.secondaryText() : colors.cardBorder());
            gc.setLineWidth(external ? 2 : 1);
            gc.setLineDashes(external ? CardLayout.EXTERNAL_DASHES : null);
            gc.strokeRoundRect(x + 0.5, y + 0.5, NodeCard.WIDTH - 1, NodeCard.HEIGHT - 1,
                    NodeCard.CORNER * 2 - 1, NodeCard.CORNER * 2 - 1);
            gc.setLineDashes(null);
        }
    }

    /** The {@link CardLayout}: row one icon and socket type, row two the label, row three the endpoint it binds. */
    private void paintContent(GraphicsContext gc, CanvasColors colors, Node node, String endpoint) {
        double x = node.x();
        double y = node.y();
        Image icon = icons.icon(node.socket());
        if (icon != null) {
            gc.drawImage(icon, x + CardLayout.PADDING, y + CardLayout.ICON_Y, CardLayout.ICON, CardLayout.ICON);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setFill(colors.typeText(node.socket().family()));
        gc.setFont(TYPE);
        gc.fillText(CardLayout.typeText(node), x + CardLayout.TYPE_X, y + CardLayout.TYPE_BASELINE);
        gc.setFill(colors.text());
        gc.setFont(LABEL);
        gc.fillText(fitter.fit(node.displayLabel(), LABEL, CardLayout.TEXT_WIDTH), x + CardLayout.PADDING,
                y + CardLayout.LABEL_BASELINE);
        gc.setFill(colors.secondaryText());
        gc.setFont(ENDPOINT);
        if (endpoint == null) {
            gc.fillText(CardLayout.CONNECTS_ONLY, x + CardLayout.PADDING, y + CardLayout.ENDPOINT_BASELINE);
        } else {
            gc.fillRect(x + CardLayout.PADDING, y + CardLayout.BIND_MARK_Y, CardLayout.BIND_MARK, CardLayout.BIND_MARK);
            gc.fillText(fitter.fit(endpoint, ENDPOINT, CardLayout.TEXT_WIDTH - CardLayout.BIND_MARK - 4),
                    x + CardLayout.ENDPOINT_X, y + CardLayout.ENDPOINT_BASELINE);
        }
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

}
