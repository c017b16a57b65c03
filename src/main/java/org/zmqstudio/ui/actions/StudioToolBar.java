package org.zmqstudio.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The toolbar: files, undo/redo, zoom (the middle button shows the zoom level and resets it), snap and
 * theme toggles, and the live monitor's run controls at the end. Ids: {@code toolbar-ACTION},
 * {@code toolbar-snap}, {@code toolbar-theme}.
 */
public final class StudioToolBar {

    /** Room for "150%" so that the buttons after it do not move while zooming, pixels. */
    private static final double ZOOM_LEVEL_WIDTH = 64;

    private StudioToolBar() {
    }

    /**
     * @param zoom        the canvas's zoom factor (1 = 100 %), shown on the button that resets it
     * @param runControls the live monitor's Run, Pause, Step and Stop
     */
    public static ToolBar build(StudioActions actions, ReadOnlyDoubleProperty zoom, Node runControls) {
        Button zoomLevel = actions.resetZoom.button("100%");
        zoomLevel.textProperty().bind(Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + "%", zoom));
        zoomLevel.setMinWidth(ZOOM_LEVEL_WIDTH);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                actions.newFile.button("New"), actions.open.button("Open"), actions.save.button("Save"),
                actions.saveAs.button("Save As"),
                new Separator(),
                actions.undo.button("Undo"), actions.redo.button("Redo"),
                new Separator(),
                actions.zoomOut.button("−"), zoomLevel, actions.zoomIn.button("+"),
                actions.fit.button("Fit"),
                toggle("toolbar-snap", "Snap", "Snap nodes to the grid while dragging", actions.snapToGrid),
                spring,
                toggle("toolbar-theme", "Dark", "Dark theme", actions.darkTheme),
                new Separator(),
                runControls);
        bar.setId("toolbar");
        return bar;
    }

    private static ToggleButton toggle(String id, String text, String tip, BooleanProperty state) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.setTooltip(new Tooltip(tip));
        toggle.setFocusTraversable(false);
        toggle.selectedProperty().bindBidirectional(state);
        return toggle;
    }
}
