package org.zmqstudio.ui.palette;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zmqstudio.model.PatternFamily;
import org.zmqstudio.model.SocketGuide;
import org.zmqstudio.model.SocketType;

/**
 * The palette: the eleven socket types by pattern family, then the ready-made groups. Drag an item
 * onto the canvas (the drag carries {@link PaletteItems} text) or double-click it to add it at the
 * centre of the view; a socket type's ? button opens its explanation card ({@link SocketCardPopup}).
 * Items have ids {@code palette-TYPE} and {@code palette-group-KEY}.
 */
public final class Palette extends ScrollPane {

    private static final double ICON_SIZE = 32;

    private final Consumer<String> onActivate;
    private final SocketCardPopup card = new SocketCardPopup();

    /** @param onActivate receives an item's drag text when the item is double-clicked */
    public Palette(Consumer<String> onActivate) {
        this.onActivate = onActivate;
        VBox content = new VBox(2);
        content.getStyleClass().add("palette-content");
        Label hint = new Label("Drag onto the canvas, or double-click to add in the middle of the view; ? explains a socket type.");
        hint.setWrapText(true);
        hint.getStyleClass().add("palette-hint");
        content.getChildren().add(hint);
        for (PatternFamily family : PatternFamily.values()) {
            content.getChildren().add(heading(family.title()));
            for (SocketType socket : SocketType.values()) {
                if (socket.family() == family) {
                    HBox item = item("palette-" + socket.name(), icon(socket), socket.name(),
                            socket.description(), PaletteItems.dragText(socket));
                    item.getChildren().add(infoButton(socket));
                    content.getChildren().add(item);
                }
            }
        }
        content.getChildren().add(heading("Ready-made groups"));
        for (ReadyGroup group : ReadyGroup.values()) {
            HBox icons = new HBox(-14, icon(group.sockets().get(0)), icon(group.sockets().get(1)));
            content.getChildren().add(item("palette-group-" + group.key(), icons, group.title(),
                    group.description(), PaletteItems.dragText(group)));
        }
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setId("palette");
        getStyleClass().add("palette");
    }

    /**
     * The ? button of a socket type (id {@code palette-info-TYPE}): opens its explanation card beside
     * the palette. Its clicks and drags stay its own, so they neither add a node nor start a drag.
     */
    private Button infoButton(SocketType socket) {
        Button info = new Button("?");
        info.setId("palette-info-" + socket.name());
        info.getStyleClass().addAll("flat", "palette-info");
        info.setTooltip(new Tooltip("What a " + socket.name() + " socket does, and with whom it talks"));
        info.setFocusTraversable(false);
        info.setMinWidth(Region.USE_PREF_SIZE);
        info.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        info.addEventHandler(MouseEvent.DRAG_DETECTED, MouseEvent::consume);
        info.setOnAction(e -> {
            Bounds palette = localToScreen(getLayoutBounds());
            Bounds button = info.localToScreen(info.getLayoutBounds());
            card.show(info, SocketGuide.of(socket), palette.getMaxX() + 4, button.getMinY() - 12);
        });
        return info;
    }

    /** The socket type's icon from {@code /icons/TYPE.png}, at palette size. */
    public static ImageView icon(SocketType socket) {
        String path = "/icons/" + socket.name().toLowerCase(Locale.ROOT) + ".png";
        ImageView view = new ImageView(new Image(Palette.class.getResource(path).toExternalForm(),
                ICON_SIZE, ICON_SIZE, true, true));
        view.setFitWidth(ICON_SIZE);
        view.setFitHeight(ICON_SIZE);
        return view;
    }

    private static Label heading(String text) {
        Label heading = new Label(text.toUpperCase(Locale.ROOT));
        heading.getStyleClass().add("palette-heading");
        return heading;
    }

    private HBox item(String id, javafx.scene.Node graphic, String title, String description, String dragText) {
        Label name = new Label(title);
        name.getStyleClass().add("palette-item-title");
        Label about = new Label(description);
        about.getStyleClass().add("palette-item-description");
        about.setWrapText(true);
        VBox text = new VBox(1, name, about);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox item = new HBox(10, graphic, text);
        item.setAlignment(Pos.CENTER_LEFT);
        item.setId(id);
        item.getStyleClass().add("palette-item");
        item.setOnDragDetected(event -> {
            Dragboard dragboard = item.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putString(dragText);
            dragboard.setContent(content);
            dragboard.setDragView(graphic.snapshot(null, null));
            event.consume();
        });
        item.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() % 2 == 0) {
                onActivate.accept(dragText);
            }
        });
        return item;
    }
}
