package org.zmqstudio.ui.palette;

import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.zmqstudio.model.SocketCard;
import org.zmqstudio.model.SocketType;

/**
 * A socket type's explanation card ({@link SocketCard}) in a small window next to where it was asked
 * for: from the palette's ? button or a node's type badge on the canvas. It closes on Escape, on a
 * click elsewhere or with its × button. Ids: {@code socket-card}, {@code socket-card-title},
 * {@code socket-card-peers}, {@code socket-card-hwm}, {@code socket-card-notes}, {@code socket-card-close}.
 * UI thread only.
 */
public final class SocketCardPopup extends Popup {

    private static final double WIDTH = 440;

    private final VBox content = new VBox(6);

    public SocketCardPopup() {
        setAutoHide(true);
        setHideOnEscape(true);
        content.setId("socket-card");
        content.setPrefWidth(WIDTH);
        content.setMaxWidth(WIDTH);
        content.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 8; -fx-background-radius: 8; -fx-padding: 12 14 14 14;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 3);");
        getContent().add(content);
    }

    /** Shows {@code card} with its top-left corner at the screen point, over {@code owner}'s window. */
    public void show(javafx.scene.Node owner, SocketCard card, double screenX, double screenY) {
        fill(card);
        show(owner, screenX, screenY);
    }

    private void fill(SocketCard card) {
        Label title = new Label(card.type().name() + "  ·  " + card.type().family().title());
        title.setId("socket-card-title");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("×");
        close.setId("socket-card-close");
        close.setOnAction(e -> hide());
        HBox head = new HBox(8, Palette.icon(card.type()), title, close);
        head.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().setAll(head, text(null, card.does()),
                section("Talks to (ZMTP, RFC 23)", card.peers().stream().map(SocketType::name).sorted()
                        .collect(Collectors.joining(", ")), "socket-card-peers"),
                section("Messages flow", card.flow(), null),
                section("At the high-water mark", card.atHighWaterMark(), "socket-card-hwm"),
                section("Typical patterns", card.patterns(), null),
                section("In the ZeroMQ guide", card.chapter(), null));
        if (!card.notes().isEmpty()) {
            VBox notes = new VBox(4);
            notes.setId("socket-card-notes");
            notes.setStyle("-fx-background-color: -color-accent-subtle; -fx-background-radius: 6; -fx-padding: 6 8 6 8;");
            card.notes().forEach(note -> notes.getChildren().add(text(null, note)));
            content.getChildren().add(notes);
        }
    }

    private static VBox section(String heading, String body, String id) {
        Label title = new Label(heading.toUpperCase());
        title.setStyle("-fx-font-size: 11px; -fx-font-weight: bold; -fx-text-fill: -color-fg-muted;");
        VBox section = new VBox(1, title, text(id, body));
        section.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        return section;
    }

    private static Label text(String id, String body) {
        Label label = new Label(body);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(WIDTH - 28);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
