package org.zmqstudio.ui.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.canvas.CanvasGeometry;
import org.zmqstudio.ui.canvas.CanvasLayer;

/**
 * Draws a run over the canvas: the rate on every link (width), its numbers, a queue bar and a
 * pulsing drop counter, each node's counts and state badge, the message tokens in flight, and a
 * failure at its node. Draws the last frame it was {@linkplain #show shown}; beyond that it keeps
 * only when each link last dropped (for the pulse). UI thread only.
 */
public final class MonitorLayer implements CanvasLayer {

    /** Below this zoom the layer leaves out text, like the canvas's cards do. */
    static final double DETAIL_ZOOM = 0.5;

    /** How long a drop counter pulses after the count went up, ns. */
    static final long PULSE_NANOS = 1_200_000_000L;

    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 11);
    /** Room kept between a link's label and the cards at its ends, canvas units. */
    private static final double LABEL_CLEARANCE = 24;
    private static final Font BADGE = Font.font("System", FontWeight.BOLD, 11);
    private static final Color RATE = Color.web("#2e9e5b");
    private static final Color DROP = Color.web("#d93025");
    private static final Color HIGHLIGHT = Color.web("#f5a623");
    private static final Color[] TOPIC_COLOURS = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#9467bd"),
        Color.web("#e377c2"), Color.web("#17becf"), Color.web("#bcbd22"), Color.web("#8c564b")};

    private final Map<String, Long> lostSeen = new HashMap<>();
    private final Map<String, Long> pulseStart = new HashMap<>();
    private final Topology topology;
    private MonitorFrame frame;
    private long nowNanos;
    private Set<String> highlightedLinks = Set.of();
    private Set<String> selectedLinks = Set.of();
    private RunFailure failure;
    /** How many times larger than {@link #LABEL} the numbers are drawn this frame (presentation mode: >= 1). */
    private double textScale = 1;
    private Font label = LABEL;

    /** @param topology the topology that runs */
    public MonitorLayer(Topology topology) {
        this.topology = topology;
    }

    /** What to draw next; {@code frame} {@code null} draws no run numbers (the failure still shows). */
    public void show(MonitorFrame next, long now) {
        frame = next;
        nowNanos = now;
    }

    /** The links on the path of the message the user selected in the event list. */
    public void highlight(Set<String> linkIds) {
        highlightedLinks = Set.copyOf(linkIds);
    }

    /** The links selected on the canvas: they show their hop latency line even before a message was timed. */
    public void select(Set<String> linkIds) {
        selectedLinks = Set.copyOf(linkIds);
    }

    /** Shows why the run failed at its node; {@code null} hides it. */
    public void showFailure(RunFailure why) {
        failure = why;
    }

    @Override
    public void paint(GraphicsContext gc, CanvasGeometry geometry, boolean dark) {
        double scale = Math.max(1, geometry.minTextPixels() / (LABEL.getSize() * gc.getTransform().getMxx()));
        if (scale != textScale) {
            textScale = scale;
            label = Font.font(LABEL.getFamily(), FontWeight.BOLD, LABEL.getSize() * scale);
        }
        if (failure != null && failure.nodeId() != null) {
            paintFailure(gc, geometry.nodeBounds(failure.nodeId()), failure.message());
        }
        if (frame == null) {
            return;
        }
        RunSnapshot snapshot = frame.snapshot();
        Map<String, List<FlowSnapshot>> flowsByLink = new HashMap<>();
        for (FlowSnapshot flow : snapshot.flows()) {
            flowsByLink.computeIfAbsent(flow.linkId(), id -> new ArrayList<>()).add(flow);
        }
        for (Link link : topology.links()) {
            paintLinkStroke(gc, link, flowsByLink.getOrDefault(link.id(), List.of()), geometry,
                    highlightedLinks.contains(link.id()));
        }
        Map<String, Link> linksById = new HashMap<>();
        topology.links().forEach(link -> linksById.put(link.id(), link));
        boolean detail = detailed(gc);
        for (Token token : frame.tokens()) {
            Link link = linksById.get(token.linkId());
            if (link != null) {
                paintToken(gc, link, token, geometry, detail);
            }
        }
        if (detail) {
            for (Link link : topology.links()) {
                paintLinkFigures(gc, link, flowsByLink.getOrDefault(link.id(), List.of()), snapshot, geometry,
                        highlightedLinks.contains(link.id()), dark);
            }
            for (NodeSnapshot node : snapshot.nodes()) {
                paintNode(gc, node, geometry.nodeBounds(node.nodeId()), dark);
            }
        }
    }

    /** The link's width by rate, under the tokens. */
    private static void paintLinkStroke(GraphicsContext gc, Link link, List<FlowSnapshot> flows, CanvasGeometry geometry,
                                        boolean highlighted) {
        if (geometry.pointOnLink(link.id(), 0) == null) {
            return;
        }
        double rate = flows.stream().mapToDouble(FlowSnapshot::messagesPerSecond).sum();
        if (rate > 0 || highlighted) {
            gc.setStroke(highlighted ? HIGHLIGHT : RATE.deriveColor(0, 1, 1, 0.45));
            gc.setLineWidth(highlighted ? 8 : 2 + Math.min(10, 2 * Math.log10(1 + rate)));
            strokeCurve(gc, geometry, link.id());
        }
    }

    /** The link's numbers (rate, hop latency, queue bar, drops), over the tokens so that they stay readable. */
    private void paintLinkFigures(GraphicsContext gc, Link link, List<FlowSnapshot> flows, RunSnapshot snapshot,
                                  CanvasGeometry geometry, boolean highlighted, boolean dark) {
        if (flows.isEmpty() || geometry.pointOnLink(link.id(), 0) == null) {
            return;
        }
        double rate = flows.stream().mapToDouble(FlowSnapshot::messagesPerSecond).sum();
        long lost = flows.stream().mapToLong(FlowSnapshot::lost).sum();
        Point2D middle = geometry.pointOnLink(link.id(), 0.5);
        FlowSnapshot busiest = flows.stream().max((a, b) -> Double.compare(a.messagesPerSecond(), b.messagesPerSecond())).get();
        Color text = dark ? Color.web("#e6e6e6") : Color.web("#202124");
        label(gc, Figures.rate(rate), middle.getX(), middle.getY() - 12 * textScale, text, dark);
        // The last interval's latency; the whole run's when a slow link timed nothing in it.
        LatencySummary hop = busiest.recentLatency().isEmpty() ? busiest.latency() : busiest.recentLatency();
        String latency = "p50 " + Figures.micros(hop.p50Micros(), !hop.isEmpty())
                + "  p99 " + Figures.micros(hop.p99Micros(), !hop.isEmpty());
        boolean chosen = highlighted || selectedLinks.contains(link.id());
        if (chosen || !hop.isEmpty() && fitsAlong(geometry, link.id(), latency)) {
            label(gc, latency, middle.getX(), middle.getY() - 30 * textScale, text, dark);
        }
        QueueEstimate.fill(topology, snapshot, busiest).ifPresent(fill -> queueBar(gc, middle.getX(), middle.getY() + 1, fill));
        if (lost > 0) {
            boolean pulsing = pulse(link.id(), lost, nowNanos);
            double alpha = pulsing ? 0.55 + 0.45 * Math.abs(Math.sin((nowNanos - pulseStart.get(link.id())) / 1.2e8)) : 1;
            label(gc, "✕ " + Figures.count(lost) + " dropped", middle.getX(), middle.getY() + 18 * textScale,
                    DROP.deriveColor(0, 1, 1, alpha), dark);
        }
    }

    /** Whether the link's drop count rose less than {@link #PULSE_NANOS} ago. */
    private boolean pulse(String linkId, long lost, long now) {
        Long seen = lostSeen.put(linkId, lost);
        if (seen == null || lost > seen) {
            pulseStart.put(linkId, now);
        }
        return now - pulseStart.getOrDefault(linkId, Long.MIN_VALUE / 2) < PULSE_NANOS;
    }

    private static void queueBar(GraphicsContext gc, double centreX, double y, double fill) {
        double width = 40;
        double x = centreX - width / 2;
        gc.setFill(Color.web("#00000033"));
        gc.fillRoundRect(x, y, width, 5, 5, 5);
        gc.setFill(fill < 0.5 ? Color.web("#34a853") : fill < 0.85 ? Color.web("#fbbc04") : DROP);
        gc.fillRoundRect(x, y, Math.max(3, width * fill), 5, 5, 5);
    }

    /** Whether the view is close enough for text: below that zoom labels are unreadable and only cost frame time. */
    private static boolean detailed(GraphicsContext gc) {
        return gc.getTransform().getMxx() >= DETAIL_ZOOM;
    }

    /** A token; zoomed out, a plain dot without its outline (thousands of them must stay cheap). */
    private static void paintToken(GraphicsContext gc, Link link, Token token, CanvasGeometry geometry, boolean detail) {
        double along = token.from().equals(link.connect()) ? token.progress() : 1 - token.progress();
        Point2D at = geometry.pointOnLink(link.id(), along);
        if (at == null) {
            return;
        }
        gc.setFill(colourOf(token.topic()));
        gc.fillOval(at.getX() - 5, at.getY() - 5, 10, 10);
        if (detail) {
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1.5);
            gc.strokeOval(at.getX() - 5, at.getY() - 5, 10, 10);
        }
    }

    private void paintNode(GraphicsContext gc, NodeSnapshot node, Bounds card, boolean dark) {
        if (card == null) {
            return;
        }
        String counts = "↑" + Figures.count(node.sent()) + "  ↓" + Figures.count(node.received())
                + (node.lost() > 0 ? "  ✕" + Figures.count(node.lost()) : "");
        label(gc, counts, card.getCenterX(), card.getMaxY() + 12 * textScale, node.lost() > 0 ? DROP : dark ? Color.web("#e6e6e6") : Color.web("#202124"), dark);
        Color badge = badgeColour(node.state());
        if (badge != null) {
            gc.setFont(BADGE);
            String text = node.state().label();
            double width = text.length() * 6.6 + 14;
            double x = card.getCenterX() - width / 2;
            double y = card.getMinY() - 20;
            gc.setFill(badge);
            gc.fillRoundRect(x, y, width, 17, 17, 17);
            gc.setFill(Color.WHITE);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(text, card.getCenterX(), y + 8.5);
        }
    }

    /** The badge colour of a state worth a badge, or {@code null} for plain running. */
    private static Color badgeColour(NodeState state) {
        return switch (state) {
            case WAITING_FOR_REPLY -> Color.web("#b06000");
            case BLOCKED, FAILED -> DROP;
            case PAUSED -> Color.web("#1a73e8");
            case HELD -> Color.web("#7248b9");
            case DEAD -> Color.web("#5f6368");
            case DONE -> Color.web("#188038");
            case STARTING, EXTERNAL -> Color.web("#80868b");
            case RUNNING -> null;
        };
    }

    /**
     * Whether a label fits along the link without reaching the cards at its ends. Short links (and the
     * fan-outs made of them) show only their rate unless selected; labels of neighbouring links are
     * not compared.
     */
    private boolean fitsAlong(CanvasGeometry geometry, String linkId, String text) {
        double length = geometry.pointOnLink(linkId, 0).distance(geometry.pointOnLink(linkId, 1));
        return length >= labelWidth(text) + 2 * LABEL_CLEARANCE;
    }

    /** The width of a label's background, canvas units (an estimate: the font is fixed). */
    private double labelWidth(String text) {
        return (text.length() * 6.4 + 10) * textScale;
    }

    private void label(GraphicsContext gc, String text, double x, double y, Color colour, boolean dark) {
        gc.setFont(label);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double width = labelWidth(text);
        gc.setFill(dark ? Color.web("#202124cc") : Color.web("#ffffffd9"));
        gc.fillRoundRect(x - width / 2, y - 8 * textScale, width, 16 * textScale, 8, 8);
        gc.setFill(colour);
        gc.fillText(text, x, y);
    }

    /** A red callout above the failed node with the reason, wrapped to the card's width and a bit more. */
    private static void paintFailure(GraphicsContext gc, Bounds card, String message) {
        if (card == null) {
            return;
        }
        List<String> lines = wrap("✕ " + message, 44);
        double width = 300;
        double height = 10 + lines.size() * 15;
        double x = card.getCenterX() - width / 2;
        double y = card.getMinY() - height - 26;
        gc.setFill(DROP);
        gc.fillRoundRect(x, y, width, height, 10, 10);
        gc.fillPolygon(new double[] {card.getCenterX() - 7, card.getCenterX() + 7, card.getCenterX()},
                new double[] {y + height, y + height, y + height + 8}, 3);
        gc.setFill(Color.WHITE);
        gc.setFont(LABEL);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), x + 8, y + 5 + i * 15);
        }
        gc.setStroke(DROP);
        gc.setLineWidth(3);
        gc.strokeRoundRect(card.getMinX() - 3, card.getMinY() - 3, card.getWidth() + 6, card.getHeight() + 6, 14, 14);
    }

    /** Splits text into lines of at most about {@code width} characters, at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void strokeCurve(GraphicsContext gc, CanvasGeometry geometry, String linkId) {
        gc.beginPath();
        Point2D start = geometry.pointOnLink(linkId, 0);
        gc.moveTo(start.getX(), start.getY());
        for (int i = 1; i <= 24; i++) {
            Point2D p = geometry.pointOnLink(linkId, i / 24.0);
            gc.lineTo(p.getX(), p.getY());
        }
        gc.stroke();
    }

    /** Tokens of one topic share a colour; messages without a topic are blue. */
    static Color colourOf(String topic) {
        if (topic == null || topic.isEmpty()) {
            return TOPIC_COLOURS[0];
        }
        return TOPIC_COLOURS[Math.floorMod(topic.hashCode(), TOPIC_COLOURS.length)];
    }
}
