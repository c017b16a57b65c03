package org.zmqstudio.ui.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.zmqstudio.persistence.ExampleTopologies;
import org.zmqstudio.ui.files.FileActions;

/**
 * The menu bar: File, Edit, View. Ids: {@code menu-ACTION} for every {@link Action},
 * {@code menu-open-recent}, {@code menu-examples}, {@code menu-example-FILE} (file name without
 * {@code .json}), {@code menu-snap}, {@code menu-dark-theme}, {@code menu-bottom-panel} (F12).
 */
public final class StudioMenuBar {

    private StudioMenuBar() {
    }

    /** @param examples the bundled examples, read the first time the Examples menu opens (not at start) */
    public static MenuBar build(StudioActions actions, FileActions files, Supplier<List<ExampleTopologies.Example>> examples) {
        Menu file = new Menu("_File", null,
                actions.newFile.menuItem(), actions.open.menuItem(), recent(files), examples(files, examples),
                new SeparatorMenuItem(),
                actions.save.menuItem(), actions.saveAs.menuItem(),
                new SeparatorMenuItem(),
                actions.quit.menuItem());
        Menu edit = new Menu("_Edit", null,
                actions.undo.menuItem(), actions.redo.menuItem(),
                new SeparatorMenuItem(),
                actions.cut.menuItem(), actions.copy.menuItem(), actions.paste.menuItem(),
                actions.duplicate.menuItem(), actions.delete.menuItem(),
                new SeparatorMenuItem(),
                actions.selectAll.menuItem());
        CheckMenuItem bottomPanel = toggle("menu-bottom-panel", "Bottom Panel", actions.bottomPanelShown);
        bottomPanel.setAccelerator(StudioActions.BOTTOM_PANEL_KEY);
        Menu view = new Menu("_View", null,
                actions.zoomIn.menuItem(), actions.zoomOut.menuItem(), actions.resetZoom.menuItem(), actions.fit.menuItem(),
                new SeparatorMenuItem(),
                toggle("menu-snap", "Snap to Grid", actions.snapToGrid),
                toggle("menu-dark-theme", "Dark Theme", actions.darkTheme),
                bottomPanel);
        file.setId("menu-file");
        edit.setId("menu-edit");
        view.setId("menu-view");
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu recent(FileActions files) {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-open-recent");
        recent.getItems().add(new MenuItem("(none)"));
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path path : files.recentFiles().list()) {
                MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
                item.setDisable(!Files.isRegularFile(path));
                item.setOnAction(a -> files.open(path));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        return recent;
    }

    private static Menu examples(FileActions files, Supplier<List<ExampleTopologies.Example>> examples) {
        Menu menu = new Menu("Examples");
        menu.setId("menu-examples");
        MenuItem reading = new MenuItem("Reading the examples…");
        reading.setDisable(true);
        menu.getItems().add(reading);
        menu.setOnShowing(e -> {
            if (menu.getItems().get(0) == reading) {
                menu.getItems().setAll(examples.get().stream().map(example -> exampleItem(files, example)).toList());
                if (menu.getItems().isEmpty()) {
                    MenuItem none = new MenuItem("No examples bundled");
                    none.setDisable(true);
                    menu.getItems().add(none);
                }
            }
        });
        return menu;
    }

    private static MenuItem exampleItem(FileActions files, ExampleTopologies.Example example) {
        Label label = new Label(example.name());
        Tooltip tooltip = new Tooltip(example.description());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        Tooltip.install(label, tooltip);
        CustomMenuItem item = new CustomMenuItem(label);
        item.setId("menu-example-" + example.fileName().replaceFirst("\\.json$", ""));
        item.setOnAction(e -> files.openExample(example));
        return item;
    }

    private static CheckMenuItem toggle(String id, String text, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.selectedProperty().bindBidirectional(state);
        return item;
    }
}
