package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** The canvas inside the window: placing from the palette, wiring, moving, deleting, undo and redo. */
class CanvasEditingTest extends EditorWindowTestBase {

    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCodeCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private void open(Node... nodes) {
        onFx(() -> document().reset(new Topology("Test", "", List.of(nodes), List.of()), null));
        onFx(() -> {
            canvas().fitToWindow();
            canvas().resetZoom();
        });
    }

    private Point2D canvasSpot(double fx, double fy) {
        Bounds b = canvas().localToScreen(canvas().getLayoutBounds());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    private Node node(String id) {
        return topology().node(id).orElseThrow();
    }

    @Test
    void pushAndPullFromThePaletteAreWiredByDraggingFromTheHandle(FxRobot robot) throws Exception {
        robot.drag(paletteItem(robot, "#palette-PUSH"), MouseButton.PRIMARY).dropTo(canvasSpot(0.25, 0.4));
        waitUntil(() -> topology().nodes().size() == 1);
        robot.drag(paletteItem(robot, "#palette-PULL"), MouseButton.PRIMARY).dropTo(canvasSpot(0.7, 0.4));
        waitUntil(() -> topology().nodes().size() == 2);
        assertEquals(List.of("push", "pull"), topology().nodes().stream().map(Node::id).toList());

        robot.moveTo(canvas().screenPointOfHandle("pull")).press(MouseButton.PRIMARY)
                .moveTo(canvas().screenPointOf("push")).release(MouseButton.PRIMARY);

        waitUntil(() -> topology().links().size() == 1);
        assertEquals(Link.between("pull", "push"), topology().links().get(0));
        Label connects = robot.lookup("#inspector-link-connect").queryAs(Label.class);
        assertTrue(connects.getText().startsWith("pull"), "the new link is selected and inspected: " + connects.getText());
    }

    @Test
    void wiringPubToPushIsRefusedWithTheReason(FxRobot robot) throws Exception {
        open(Node.of("news", SocketType.PUB, 0, 0), Node.of("jobs", SocketType.PUSH, 320, 0));

        robot.moveTo(canvas().screenPointOfHandle("news")).press(MouseButton.PRIMARY)
                .moveTo(canvas().screenPointOf("jobs"));
        Label feedback = robot.lookup("#connect-feedback").queryAs(Label.class);
        String shown = feedback.isVisible() ? feedback.getText() : "";
        robot.release(MouseButton.PRIMARY);

        assertTrue(shown.contains("PUB socket cannot connect to a PUSH socket"), shown);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(topology().links().isEmpty());
    }

    @Test
    void moveDeleteUndoAndRedoByMouseKeyboardAndToolbar(FxRobot robot) throws Exception {
        open(Node.of("vent", SocketType.PUSH, 0, 0));
        Point2D start = canvas().screenPointOf("vent");
        robot.moveTo(start).press(MouseButton.PRIMARY).moveTo(start.add(150, 100)).release(MouseButton.PRIMARY);
        waitUntil(() -> node("vent").x() > 100);
        double movedX = node("vent").x();
        assertNotEquals(0, node("vent").y());

        robot.type(KeyCode.DELETE);
        waitUntil(() -> topology().nodes().isEmpty());
        assertEquals("Undo Delete", document().undoName().map(n -> "Undo " + n.split(" ")[0]).orElseThrow());

        robot.push(UNDO);
        waitUntil(() -> topology().nodes().size() == 1);
        robot.clickOn("#toolbar-redo");
        waitUntil(() -> topology().nodes().isEmpty());
        robot.clickOn("#toolbar-undo");
        waitUntil(() -> topology().nodes().size() == 1);
        assertEquals(movedX, node("vent").x());

        robot.push(UNDO);
        waitUntil(() -> node("vent").x() == 0);
        robot.push(REDO);
        waitUntil(() -> node("vent").x() == movedX);
        robot.push(UNDO);
        robot.push(REDO_Y);
        waitUntil(() -> node("vent").x() == movedX);
    }

    @Test
    void copyPasteAndDuplicateByKeyboardEachAddOneCopy(FxRobot robot) throws Exception {
        open(Node.of("vent", SocketType.PUSH, 0, 0));
        robot.clickOn(canvas().screenPointOf("vent"));

        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> topology().nodes().size() == 2);
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> topology().nodes().size() == 3);

        robot.clickOn("#menu-edit").clickOn("#menu-select-all");
        waitUntil(() -> document().selection().nodeIds().size() == 3);
        assertEquals(3, topology().nodes().size(), "one copy per key press");
    }

    @Test
    void theToolbarZoomsAndShowsTheZoomLevel(FxRobot robot) throws Exception {
        open(Node.of("vent", SocketType.PUSH, 0, 0));
        javafx.scene.control.Button level = robot.lookup("#toolbar-zoom-reset").queryButton();
        assertEquals("100%", level.getText());

        robot.clickOn("#toolbar-zoom-in");
        waitUntil(() -> canvas().zoom() > 1);
        assertEquals(Math.round(canvas().zoom() * 100) + "%", level.getText());
        robot.push(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> "100%".equals(level.getText()));
    }

    @Test
    void aRubberBandSelectsTheNodesInsideItAndDeleteRemovesThem(FxRobot robot) throws Exception {
        open(Node.of("a", SocketType.PUSH, 0, 0), Node.of("b", SocketType.PULL, 0, 120),
                Node.of("far", SocketType.PULL, 400, 0));
        Point2D a = canvas().screenPointOf("a");
        Point2D b = canvas().screenPointOf("b");
        Point2D from = a.subtract(110, 60);
        Point2D to = b.add(110, 60);

        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        waitUntil(() -> document().selection().nodeIds().equals(Set.of("a", "b")));
        robot.type(KeyCode.DELETE);

        waitUntil(() -> topology().nodes().size() == 1);
        assertEquals("far", topology().nodes().get(0).id());
    }

    @Test
    void doubleClickingAPaletteGroupAddsItInTheViewWithItsRelay(FxRobot robot) throws Exception {
        robot.doubleClickOn(paletteItem(robot, "#palette-group-pipeline-worker"));
        waitUntil(() -> topology().nodes().size() == 2);
        robot.doubleClickOn(paletteItem(robot, "#palette-group-pipeline-worker"));
        waitUntil(() -> topology().nodes().size() == 4);

        Node secondIn = topology().nodes().get(2);
        assertEquals(SocketType.PULL, secondIn.socket());
        assertEquals(topology().nodes().get(3).id(), secondIn.behavior().drivenNodeId(), "the copy relays to its own PUSH");
        assertNotEquals(topology().nodes().get(0).x(), secondIn.x(), "the second group does not hide the first");
        Bounds view = canvas().localToScreen(canvas().getLayoutBounds());
        assertTrue(view.contains(canvas().screenPointOf(secondIn.id())), "added where the user looks");
    }
}
