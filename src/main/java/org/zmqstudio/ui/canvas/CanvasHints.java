package org.zmqstudio.ui.canvas;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.picture.MessageFlow;

/**
 * The words the canvas shows beside its drawing: the feedback label near the cursor while a link is
 * dragged (id {@code connect-feedback}), and the tooltip of the node under the mouse. UI thread only.
 */
final class CanvasHints {

    private final Region owner;
    private final Label feedback = new Label();
    private final Tooltip tooltip = new Tooltip();

    /** {@code owner} must add {@link #feedbackLabel()} to its children. */
    CanvasHints(Region owner) {
        this.owner = owner;
        feedback.setId("connect-feedback");
        feedback.setManaged(false);
        feedback.setMouseTransparent(true);
        feedback.setVisible(false);
        feedback.setWrapText(true);
        feedback.setMaxWidth(360);
        tooltip.setId("node-tooltip");
        tooltip.setShowDelay(Duration.millis(600));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    Label feedbackLabel() {
        return feedback;
    }

    /** Shows the feedback near a point of the owner, bordered green (may link) or red ({@code refusal}). */
    void showFeedback(String text, boolean refusal, double x, double y, CanvasColors colors) {
        feedback.setText(text);
        feedback.setStyle("-fx-background-color: " + web(colors.card()) + "; -fx-border-color: "
                + web(refusal ? colors.invalid() : colors.valid())
                + "; -fx-border-width: 2; -fx-border-radius: 6; -fx-background-radius: 6; -fx-padding: 6 10;"
                + " -fx-text-fill: " + web(colors.text()) + "; -fx-font-size: 13px;");
        feedback.setVisible(true);
        feedback.autosize();
        feedback.relocate(Math.min(x + 18, Math.max(0, owner.getWidth() - feedback.getWidth() - 4)),
                Math.min(y + 18, Math.max(0, owner.getHeight() - feedback.getHeight() - 4)));
    }

    void hideFeedback() {
        feedback.setVisible(false);
    }

    /** Tells about the element under the mouse in a tooltip, or removes the tooltip when {@code text} is {@code null}. */
    void hover(String text) {
        if (text == null) {
            Tooltip.uninstall(owner, tooltip);
            return;
        }
        tooltip.setText(text);
        Tooltip.install(owner, tooltip);
    }

    /** A node's whole label (the card may cut it), what its socket does, what it binds and what is wrong. */
    static String describe(Topology topology, Node node, ProblemMarks marks) {
        StringBuilder text = new StringBuilder(node.displayLabel());
        if (!node.displayLabel().equals(node.id())) {
            text.append(" (").append(node.id()).append(')');
        }
        String endpoint = topology.bindEndpoint(node);
        text.append('\n').append(node.socket()).append(": ").append(node.socket().description())
                .append('\n').append(endpoint == null ? "Binds nothing: it only connects." : "Binds " + endpoint + ".");
        marks.nodeMessages(node.id()).forEach(message -> text.append('\n').append(message));
        return text.toString();
    }

    /** Which side connects and which binds, which way messages travel, and what is wrong. */
    static String describe(Topology topology, Link link, ProblemMarks marks) {
        Node connect = topology.node(link.connect()).orElse(null);
        Node bind = topology.node(link.bind()).orElse(null);
        StringBuilder text = new StringBuilder("Link ").append(link.id());
        if (connect != null && bind != null) {
            String endpoint = topology.bindEndpoint(bind);
            text.append('\n').append(connect.id()).append(" connects to ").append(bind.id())
                    .append(", which binds ").append(endpoint).append('.')
                    .append("\nMessages travel ").append(MessageFlow.of(connect, bind).describe(connect, bind)).append('.');
        }
        marks.linkMessages(link.id()).forEach(message -> text.append('\n').append(message));
        return text.toString();
    }

    private static String web(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
