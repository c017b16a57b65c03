package org.zmqstudio.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.zmqstudio.model.Node;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.MoveNodes;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.ui.editor.SwapLinkSides;

/**
 * The canvas's keys, while it has the focus: Delete/Backspace delete the selection; arrows nudge the
 * selected nodes (a grid step, or one unit without snapping; Shift moves five times further; holding a
 * key is one undo step); Ctrl/Cmd+C, V, D copy, paste, duplicate; + and − zoom, 0 resets the zoom,
 * Shift+1 fits; S swaps which side of the selected link binds; Escape cancels a drag, or else clears the
 * selection; Space held turns a drag into a pan.
 */
final class CanvasKeys {

    private static final double BIG_STEP = 5;

    private final TopologyCanvas canvas;
    private final CanvasGestures gestures;

    CanvasKeys(TopologyCanvas canvas, CanvasGestures gestures) {
        this.canvas = canvas;
        this.gestures = gestures;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
    }

    private void pressed(KeyEvent event) {
        if (handled(event)) {
            event.consume();
        }
    }

    private boolean handled(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown()) {
            switch (code) {
                case C -> canvas.copySelection();
                case V -> canvas.paste();
                case D -> canvas.duplicateSelection();
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (code) {
            case ESCAPE -> {
                if (!gestures.cancel()) {
                    canvas.document().select(Selection.NONE);
                }
            }
            case DELETE, BACK_SPACE -> canvas.deleteSelection();
            case LEFT, KP_LEFT -> nudge(-1, 0, event.isShiftDown());
            case RIGHT, KP_RIGHT -> nudge(1, 0, event.isShiftDown());
            case UP, KP_UP -> nudge(0, -1, event.isShiftDown());
            case DOWN, KP_DOWN -> nudge(0, 1, event.isShiftDown());
            case PLUS, ADD, EQUALS -> canvas.zoomIn();
            case MINUS, SUBTRACT -> canvas.zoomOut();
            case DIGIT0, NUMPAD0 -> canvas.resetZoom();
            case DIGIT1 -> {
                if (!event.isShiftDown()) {
                    return false;
                }
                canvas.fitToWindow();
            }
            case SPACE -> gestures.setSpaceDown(true);
            case S -> swapSelectedLink();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void released(KeyEvent event) {
        switch (event.getCode()) {
            case SPACE -> gestures.setSpaceDown(false);
            case LEFT, RIGHT, UP, DOWN, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN -> canvas.document().endOfGesture();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Swaps the bind side of the one selected link, keeping it selected under its new id. */
    private void swapSelectedLink() {
        EditorDocument document = canvas.document();
        Selection selection = document.selection();
        if (selection.linkIds().size() != 1 || !selection.nodeIds().isEmpty()) {
            return;
        }
        SwapLinkSides swap = new SwapLinkSides(selection.linkIds().iterator().next());
        String swappedId = swap.swappedId(document.topology());
        document.execute(swap);
        document.select(Selection.ofLink(swappedId));
    }

    private void nudge(int dx, int dy, boolean big) {
        EditorDocument document = canvas.document();
        double step = (canvas.isSnapToGrid() ? CanvasPainter.GRID : 1) * (big ? BIG_STEP : 1);
        Map<String, MoveNodes.Position> positions = new HashMap<>();
        for (Node node : document.topology().nodes()) {
            if (document.selection().nodeIds().contains(node.id())) {
                double x = node.x() + dx * step;
                double y = node.y() + dy * step;
                positions.put(node.id(), canvas.isSnapToGrid()
                        ? new MoveNodes.Position(CanvasGestures.snap(x), CanvasGestures.snap(y))
                        : new MoveNodes.Position(x, y));
            }
        }
        if (!positions.isEmpty()) {
            document.execute(new MoveNodes(positions));
        }
    }
}
