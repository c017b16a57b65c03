package org.zmqstudio.ui.actions;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.zmqstudio.model.Link;
import org.zmqstudio.ui.canvas.TopologyCanvas;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.ui.files.FileActions;

/**
 * Every command of the menus and the toolbar, with its shortcut, kept enabled or disabled and named
 * after the document ("Undo Move 3 nodes"). Clipboard commands act on the focused text field when
 * one has the focus, else on the canvas.
 */
public final class StudioActions {

    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;

    public final Action newFile;
    public final Action open;
    public final Action save;
    public final Action saveAs;
    public final Action quit;
    public final Action undo;
    public final Action redo;
    public final Action cut;
    public final Action copy;
    public final Action paste;
    public final Action duplicate;
    public final Action delete;
    public final Action selectAll;
    public final Action zoomIn;
    public final Action zoomOut;
    public final Action resetZoom;
    public final Action fit;
    /** Whether dragged nodes snap to the grid; the canvas follows it. */
    public final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    /** Whether the dark theme is on. */
    public final BooleanProperty darkTheme = new SimpleBooleanProperty();
    /** Whether the panel under the canvas (problems, numbers, latency, messages) is shown; F12 toggles it. */
    public final BooleanProperty bottomPanelShown = new SimpleBooleanProperty(true);
    /** The key that shows and hides the bottom panel. */
    public static final KeyCombination BOTTOM_PANEL_KEY = new KeyCodeCombination(KeyCode.F12);
    /** Whether presentation mode is on; F11 (View ▸ Present) turns it on, Esc or F11 off. */
    public final BooleanProperty presenting = new SimpleBooleanProperty();
    public static final KeyCombination PRESENT_KEY = new KeyCodeCombination(KeyCode.F11);
    /** Pictures (File ▸ Export, Copy Diagram as Image): only the selected nodes, when any are selected. */
    public final BooleanProperty pictureOfSelection = new SimpleBooleanProperty(true);
    /** Pictures: a transparent background instead of the theme's. */
    public final BooleanProperty pictureTransparent = new SimpleBooleanProperty();
    /** Pictures: the live numbers of the current or last run under the nodes and on the links. */
    public final BooleanProperty pictureWithNumbers = new SimpleBooleanProperty(true);

    private final EditorDocument document;
    private final Supplier<Node> focusOwner;

    /**
     * @param focusOwner the window's focused node, or {@code null}
     * @param quit       closes the window (after asking about unsaved changes)
     */
    public StudioActions(EditorDocument document, TopologyCanvas canvas, FileActions files, Supplier<Node> focusOwner,
                         Runnable quit) {
        this.document = document;
        this.focusOwner = focusOwner;
        newFile = new Action("new", "New", shortcut(KeyCode.N), files::newTopology);
        open = new Action("open", "Open…", shortcut(KeyCode.O), files::open);
        save = new Action("save", "Save", shortcut(KeyCode.S), files::save);
        saveAs = new Action("save-as", "Save As…", new KeyCodeCombination(KeyCode.S, SHORTCUT, KeyCombination.SHIFT_DOWN),
                files::saveAs);
        this.quit = new Action("quit", "Quit", shortcut(KeyCode.Q), quit);
        undo = new Action("undo", "Undo", shortcut(KeyCode.Z), document::undo);
        redo = new Action("redo", "Redo", new KeyCodeCombination(KeyCode.Z, SHORTCUT, KeyCombination.SHIFT_DOWN),
                document::redo);
        cut = new Action("cut", "Cut", shortcut(KeyCode.X), textOr(TextInputControl::cut, () -> {
            canvas.copySelection();
            canvas.deleteSelection();
        }));
        copy = new Action("copy", "Copy", shortcut(KeyCode.C), textOr(TextInputControl::copy, canvas::copySelection));
        paste = new Action("paste", "Paste", shortcut(KeyCode.V), textOr(TextInputControl::paste, canvas::paste));
        duplicate = new Action("duplicate", "Duplicate", shortcut(KeyCode.D), canvas::duplicateSelection);
        delete = new Action("delete", "Delete", new KeyCodeCombination(KeyCode.DELETE),
                textOr(TextInputControl::deleteNextChar, canvas::deleteSelection));
        selectAll = new Action("select-all", "Select All", shortcut(KeyCode.A),
                textOr(TextInputControl::selectAll, this::selectEverything));
        zoomIn = new Action("zoom-in", "Zoom In", shortcut(KeyCode.EQUALS), canvas::zoomIn);
        zoomOut = new Action("zoom-out", "Zoom Out", shortcut(KeyCode.MINUS), canvas::zoomOut);
        resetZoom = new Action("zoom-reset", "Actual Size", shortcut(KeyCode.DIGIT0), canvas::resetZoom);
        fit = new Action("fit", "Fit to Window", new KeyCodeCombination(KeyCode.F), canvas::fitToWindow);
        snapToGrid.addListener((obs, old, snap) -> canvas.setSnapToGrid(snap));
        canvas.setSnapToGrid(snapToGrid.get());
        document.addListener(this::followDocument);
        followDocument();
    }

    /**
     * Adds the second shortcuts that menus cannot show: Ctrl+Y for redo, and Ctrl with the keypad's
     * or the shifted plus for zoom in, Ctrl with the keypad's minus for zoom out.
     */
    public void installAlternativeShortcuts(Scene scene) {
        Map<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        accelerators.put(shortcut(KeyCode.Y), redo::run);
        accelerators.put(shortcut(KeyCode.ADD), zoomIn::run);
        accelerators.put(shortcut(KeyCode.PLUS), zoomIn::run);
        accelerators.put(new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT, KeyCombination.SHIFT_DOWN), zoomIn::run);
        accelerators.put(shortcut(KeyCode.SUBTRACT), zoomOut::run);
    }

    private void followDocument() {
        undo.textProperty().set(document.undoName().map(name -> "Undo " + name).orElse("Undo"));
        redo.textProperty().set(document.redoName().map(name -> "Redo " + name).orElse("Redo"));
        undo.disabledProperty().set(!document.canUndo());
        redo.disabledProperty().set(!document.canRedo());
    }

    private void selectEverything() {
        document.select(new Selection(
                document.topology().nodes().stream().map(org.zmqstudio.model.Node::id).collect(Collectors.toSet()),
                document.topology().links().stream().map(Link::id).collect(Collectors.toSet())));
    }

    /** Acts on the focused text field if there is one, else on the canvas. */
    private Runnable textOr(Consumer<TextInputControl> onText, Runnable otherwise) {
        return () -> {
            if (focusOwner.get() instanceof TextInputControl text) {
                onText.accept(text);
            } else {
                otherwise.run();
            }
        };
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT);
    }
}
