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
import org.zmqstudio.export.ExportFormat;
import org.zmqstudio.persistence.ExampleTopologies;
import org.zmqstudio.ui.files.ExportActions;
import org.zmqstudio.ui.files.FileActions;

/**
 * The menu bar: File, Edit, View. Ids: {@code menu-ACTION} for every {@link Action},
 * {@code menu-open-recent}, {@code menu-examples}, {@code menu-example-FILE} (file name without
 * {@code .json}), {@code menu-export} and its items, {@code menu-copy-diagram}, {@code menu-present} (F11),
 * {@code menu-snap}, {@code menu-dark-theme}, {@code menu-bottom-panel} (F12).
 */
public final class StudioMenuBar {

    private StudioMenuBar() {
    }

    /** @param examples the bundled examples, read the first time the Examples menu opens (not at start) */
    public static MenuBar build(StudioActions actions, FileActions files, ExportActions exports,
                                Supplier<List<ExampleTopologies.Example>> examples) {
        Menu file = new Menu("_File", null,
                actions.newFile.menuItem(), actions.open.menuItem(), recent(files), examples(files, examples),
                new SeparatorMenuItem(),
                actions.save.menuItem(), actions.saveAs.menuItem(), export(actions, exports),
                new SeparatorMenuItem(),
                actions.quit.menuItem());
        Menu edit = new Menu("_Edit", null,
                actions.undo.menuItem(), actions.redo.menuItem(),
                new SeparatorMenuItem(),
                actions.cut.menuItem(), actions.copy.menuItem(), actions.paste.menuItem(),
                actions.duplicate.menuItem(), actions.delete.menuItem(),
                item("menu-copy-diagram", "Copy Diagram as Image", exports::copyDiagram),
                new SeparatorMenuItem(),
                actions.selectAll.menuItem());
        CheckMenuItem bottomPanel = toggle("menu-bottom-panel", "Bottom Panel", actions.bottomPanelShown);
        bottomPanel.setAccelerator(StudioActions.BOTTOM_PANEL_KEY);
        CheckMenuItem present = toggle("menu-present", "Present", actions.presenting);
        present.setAccelerator(StudioActions.PRESENT_KEY);
        Menu view = new Menu("_View", null, present, new SeparatorMenuItem(),
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

    /**
     * File ▸ Export (id {@code menu-export}): the program (ids {@code menu-export-java},
     * {@code menu-export-python}), the picture ({@code menu-export-png-1}, {@code -2}, {@code -4},
     * {@code menu-export-svg}) and what the picture shows.
     */
    private static Menu export(StudioActions actions, ExportActions exports) {
        Menu menu = new Menu("Export", null,
                item("menu-export-java", "Java Program…", () -> exports.exportCode(ExportFormat.JAVA)),
                item("menu-export-python", "Python Script…", () -> exports.exportCode(ExportFormat.PYTHON)),
                new SeparatorMenuItem(),
                item("menu-export-png-1", "PNG Image…", () -> exports.exportPng(1)),
                item("menu-export-png-2", "PNG Image, 2×…", () -> exports.exportPng(2)),
                item("menu-export-png-4", "PNG Image, 4×…", () -> exports.exportPng(4)),
                item("menu-export-svg", "SVG Image…", exports::exportSvg),
                new SeparatorMenuItem(),
                toggle("menu-picture-selection", "Pictures: Only the Selection", actions.pictureOfSelection),
                toggle("menu-picture-transparent", "Pictures: Transparent Background", actions.pictureTransparent),
                toggle("menu-picture-numbers", "Pictures: Numbers of the Run", actions.pictureWithNumbers));
        menu.setId("menu-export");
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable handler) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> handler.run());
        return item;
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
