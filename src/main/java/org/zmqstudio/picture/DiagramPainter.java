package org.zmqstudio.picture;

import java.util.List;
import java.util.Map;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;

/**
 * Draws a {@link Picture} with a {@link Pen}: the background (unless transparent), the relay and
 * proxy connections dashed, the links with their arrowheads and bind squares, the cards, then the
 * notes (a link's only where it fits between the cards, so that no note covers a card). Geometry, layout and colours are the canvas's own ({@link NodeCard}, {@link LinkCurve},
 * {@link CardLayout}, {@link DiagramColors}), so that a picture shows the diagram as the canvas
 * draws it at 100 % (without grid, selection, hover or problem marks).
 */
final class DiagramPainter {

    private static final double NOTE_SIZE = 11;
    /** Room kept between a link's note and the cards at its ends. */
    private static final double NOTE_CLEARANCE = 12;
    private static final String LIGHT_NOTE_BACKGROUND = "#ffffffd9";
    private static final String DARK_NOTE_BACKGROUND = "#202124cc";

    private DiagramPainter() {
    }

    static void paint(Picture picture, Pen pen) {
        DiagramColors colors = picture.colors();
        if (!picture.transparent()) {
            Picture.Area area = picture.area();
            pen.fillRect(area.x(), area.y(), area.width(), area.height(), colors.background());
        }
        Map<String, Node> byId = picture.byId();
        paintDrives(picture, byId, pen);
        List<Link> links = picture.links();
        for (Link link : links) {
            paintLink(LinkCurve.between(byId.get(link.connect()), byId.get(link.bind())),
                    MessageFlow.of(byId.get(link.connect()), byId.get(link.bind())), colors.link(), pen);
        }
        for (Node node : picture.nodes()) {
            paintCard(node, picture.topology().bindEndpoint(node), colors, pen);
        }
        for (Link link : links) {
            String note = picture.linkNotes().get(link.id());
            LinkCurve c = LinkCurve.between(byId.get(link.connect()), byId.get(link.bind()));
            if (note != null && fitsAlong(c, note, pen)) {
                note(note, c.xAt(0.5), c.yAt(0.5) - 12, colors, pen);
            }
        }
        for (Node node : picture.nodes()) {
            String note = picture.nodeNotes().get(node.id());
            if (note != null) {
                note(note, NodeCard.centreX(node), node.y() + NodeCard.HEIGHT + 12, colors, pen);
            }
        }
    }

    /** Dashed lines from each relay to the socket it sends on (with an arrow) and between proxy peers. */
    private static void paintDrives(Picture picture, Map<String, Node> byId, Pen pen) {
        String colour = picture.colors().secondaryText() + "cc";
        for (Node node : picture.nodes()) {
            String driven = node.behavior() == null ? null : node.behavior().drivenNodeId();
            Node target = driven == null ? null : byId.get(driven);
            if (target == null || target == node) {
                continue;
            }
            LinkCurve c = LinkCurve.between(node, target);
            pen.dashedLine(c.x0(), c.y0(), c.x1(), c.y1(), 1.5, colour);
            if (node.behavior() instanceof Behavior.Relay) {
                arrow(pen, c.x1(), c.y1(), c.x1() - c.x0(), c.y1() - c.y0(), Arrowhead.RELAY_GAP, Arrowhead.RELAY_SIZE, colour);
            }
        }
    }

    private static void paintLink(LinkCurve c, MessageFlow flow, String colour, Pen pen) {
        pen.strokeCurve(c, 2, colour);
        if (flow.toBind()) {
            arrow(pen, c.x1(), c.y1(), c.x1() - c.c1x(), c.y1() - c.c1y(), Arrowhead.AT_BIND_GAP, Arrowhead.SIZE, colour);
        }
        if (flow.toConnect()) {
            arrow(pen, c.x0(), c.y0(), c.x0() - c.c0x(), c.y0() - c.c0y(), Arrowhead.AT_CONNECT_GAP, Arrowhead.SIZE, colour);
        }
        double half = Arrowhead.BIND_SQUARE / 2;
        pen.fillRect(c.x1() - half, c.y1() - half, Arrowhead.BIND_SQUARE, Arrowhead.BIND_SQUARE, colour);
    }

    private static void paintCard(Node node, String endpoint, DiagramColors colors, Pen pen) {
        double x = node.x();
        double y = node.y();
        double w = NodeCard.WIDTH;
        double h = NodeCard.HEIGHT;
        double r = NodeCard.CORNER;
        pen.fillRoundRect(x, y, w, h, r, DiagramColors.accent(node.socket().family()));
        pen.fillRoundRect(x + CardLayout.STRIP, y, w - CardLayout.STRIP, h, r, colors.card());
        pen.fillRect(x + CardLayout.STRIP, y, r, h, colors.card());
        if (CardLayout.external(node)) {
            pen.dashedRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, r - 0.5, 2, colors.secondaryText());
        } else {
            pen.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, r - 0.5, 1, colors.cardBorder());
        }
        pen.icon(node.socket(), x + CardLayout.PADDING, y + CardLayout.ICON_Y, CardLayout.ICON);
        pen.text(CardLayout.typeText(node), x + CardLayout.TYPE_X, y + CardLayout.TYPE_BASELINE, CardLayout.TYPE_SIZE, true,
                false, colors.typeText(node.socket().family()));
        pen.text(fit(pen, node.displayLabel(), CardLayout.LABEL_SIZE, true, CardLayout.TEXT_WIDTH),
                x + CardLayout.PADDING, y + CardLayout.LABEL_BASELINE, CardLayout.LABEL_SIZE, true, false, colors.text());
        if (endpoint == null) {
            pen.text(CardLayout.CONNECTS_ONLY, x + CardLayout.PADDING, y + CardLayout.ENDPOINT_BASELINE,
                    CardLayout.ENDPOINT_SIZE, false, false, colors.secondaryText());
        } else {
            pen.fillRect(x + CardLayout.PADDING, y + CardLayout.BIND_MARK_Y, CardLayout.BIND_MARK, CardLayout.BIND_MARK,
                    colors.secondaryText());
            pen.text(fit(pen, endpoint, CardLayout.ENDPOINT_SIZE, false, CardLayout.TEXT_WIDTH - CardLayout.BIND_MARK - 4),
                    x + CardLayout.ENDPOINT_X, y + CardLayout.ENDPOINT_BASELINE, CardLayout.ENDPOINT_SIZE, false, false,
                    colors.secondaryText());
        }
    }

    /** Whether a link's note fits between the cards at its ends, so that it never covers one. */
    private static boolean fitsAlong(LinkCurve c, String note, Pen pen) {
        double length = Math.hypot(c.x1() - c.x0(), c.y1() - c.y0());
        return length >= pen.textWidth(note, NOTE_SIZE, true) + 10 + 2 * NOTE_CLEARANCE;
    }

    /** One line of numbers on a rounded background, centred on (x, y). */
    private static void note(String text, double x, double y, DiagramColors colors, Pen pen) {
        double width = pen.textWidth(text, NOTE_SIZE, true) + 10;
        pen.fillRoundRect(x - width / 2, y - 8, width, 16, 4, colors.dark() ? DARK_NOTE_BACKGROUND : LIGHT_NOTE_BACKGROUND);
        pen.text(text, x, y + 4, NOTE_SIZE, true, true, colors.text());
    }

    /** {@code text}, or its longest prefix followed by "…" that is at most {@code width} wide. */
    static String fit(Pen pen, String text, double size, boolean bold, double width) {
        if (pen.textWidth(text, size, bold) <= width) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (pen.textWidth(text.substring(0, mid) + "…", size, bold) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return text.substring(0, low) + "…";
    }

    private static void arrow(Pen pen, double x, double y, double dx, double dy, double gap, double size, String colour) {
        double[] p = Arrowhead.corners(x, y, dx, dy, gap, size);
        pen.fillPolygon(new double[] {p[0], p[2], p[4]}, new double[] {p[1], p[3], p[5]}, colour);
    }
}
