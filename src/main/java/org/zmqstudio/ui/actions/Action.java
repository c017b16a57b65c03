package org.zmqstudio.ui.actions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * One user command, shown as a menu item and maybe a toolbar button that share its text, shortcut and
 * enabled state. Menu items get the id {@code menu-ID}, toolbar buttons {@code toolbar-ID}.
 */
public final class Action {

    private final String id;
    private final StringProperty text;
    private final KeyCombination accelerator;
    private final Runnable handler;
    private final BooleanProperty disabled = new SimpleBooleanProperty();

    /** @param accelerator the shortcut shown in the menu, or {@code null} */
    public Action(String id, String text, KeyCombination accelerator, Runnable handler) {
        this.id = id;
        this.text = new SimpleStringProperty(text);
        this.accelerator = accelerator;
        this.handler = handler;
    }

    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem();
        item.setId("menu-" + id);
        item.textProperty().bind(text);
        item.setAccelerator(accelerator);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> run());
        return item;
    }

    /** A toolbar button with a short caption; the tooltip gives the full text and the shortcut. */
    public Button button(String caption) {
        Button button = new Button(caption);
        button.setId("toolbar-" + id);
        button.disableProperty().bind(disabled);
        button.setFocusTraversable(false);
        button.setOnAction(e -> run());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.concat(accelerator == null ? "" : "  (" + accelerator.getDisplayText() + ")"));
        button.setTooltip(tooltip);
        return button;
    }
}
