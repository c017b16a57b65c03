package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.QuickExamples;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.ui.monitor.RunController;
import org.zmqstudio.ui.monitor.RunController.Mode;

/** A guided tour in the window, paged with the arrow keys and its buttons as a learner would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TourWindowTest extends EditorWindowTestBase {

    private RunController controller() {
        return window.monitor().controller();
    }

    private String said(FxRobot robot) {
        return robot.lookup("#tour-say").queryAs(Label.class).getText();
    }

    private String counted(FxRobot robot) {
        return robot.lookup("#tour-count").queryAs(Label.class).getText();
    }

    private long clientSent() {
        return controller().live().flatMap(live -> live.handle().snapshot().node("client")).map(NodeSnapshot::sent).orElse(-1L);
    }

    private boolean clientHeld() {
        return controller().live().flatMap(live -> live.handle().snapshot().node("client"))
                .map(n -> n.state() == NodeState.HELD).orElse(false);
    }

    /** The example at test speed, its server bound to any free port (the file's fixed port may be taken). */
    private static Topology onAFreePort(String example) throws Exception {
        return QuickExamples.load(example).updateNode("server", n -> n.withEndpoint("tcp://127.0.0.1:*"));
    }

    /** Opens the example and clicks the canvas's empty top-left corner, giving it the focus with nothing selected. */
    private void openAndFocusCanvas(FxRobot robot, Topology topology) {
        onFx(() -> document().reset(topology, null));
        Bounds canvas = canvas().localToScreen(canvas().getLayoutBounds());
        robot.moveTo(new Point2D(canvas.getMinX() + 12, canvas.getMinY() + 12)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stop() throws Exception {
        onFx(() -> controller().stop());
        waitUntil(() -> controller().mode() == Mode.EDITING);
    }

    @Test
    void theArrowKeysPageTheHelloWorldTourWhichStartsHeldStepsOneRequestAndRuns(FxRobot robot) throws Exception {
        Topology hello = onAFreePort("hello-world.json");
        openAndFocusCanvas(robot, hello);
        assertTrue(robot.lookup("#tour-panel").query().isVisible());
        assertEquals("Guided tour", counted(robot));

        robot.type(KeyCode.RIGHT);
        assertEquals("Step 1 of 6", counted(robot));
        assertEquals(hello.tour().get(0).say(), said(robot));
        assertEquals(new Selection(Set.of("client", "server"), Set.of("client->server")), document().selection(),
                "the step points at what it talks about");

        robot.type(KeyCode.RIGHT);
        waitUntil(() -> controller().mode() == Mode.STEPPING && clientHeld());
        assertEquals("Step 2 of 6", counted(robot));

        long before = clientSent();
        robot.type(KeyCode.RIGHT);
        assertEquals("Step 3 of 6", counted(robot));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clientSent() == before + 1 && clientHeld());

        robot.type(KeyCode.LEFT);
        assertEquals("Step 2 of 6", counted(robot));
        assertEquals(Mode.STEPPING, controller().mode(), "going back does nothing to the run");
        assertEquals(before + 1, clientSent());

        robot.clickOn("#tour-next").clickOn("#tour-next");
        assertEquals("Step 4 of 6", counted(robot));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clientSent() == before + 3 && clientHeld());
        assertEquals(before + 3, clientSent(), "steps 3 and 4, paged quickly, let out one request each");

        robot.type(KeyCode.RIGHT);
        waitUntil(() -> controller().mode() == Mode.RUNNING);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clientSent() > before + 4);
        stop();
    }

    @Test
    void onceTheLearnerSelectsANodeTheArrowsNudgeItAndTheTourStaysWhereItIs(FxRobot robot) throws Exception {
        openAndFocusCanvas(robot, onAFreePort("hello-world.json"));
        robot.type(KeyCode.RIGHT);
        assertEquals("Step 1 of 6", counted(robot));

        robot.clickOn(canvas().screenPointOf("server"));
        double x = topology().node("server").orElseThrow().x();
        robot.type(KeyCode.RIGHT);

        assertEquals("Step 1 of 6", counted(robot));
        assertTrue(topology().node("server").orElseThrow().x() > x, "the selected node moved");
    }

    @Test
    void aKillStepKillsTheNodeItNamesInTheRunningTopology(FxRobot robot) throws Exception {
        openAndFocusCanvas(robot, onAFreePort("lazy-pirate.json"));
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertEquals("Step 2 of 6", counted(robot));
        waitUntil(() -> controller().mode() == Mode.RUNNING);
        robot.clickOn("#tour-next").clickOn("#tour-next").clickOn("#tour-next");

        assertEquals("Step 5 of 6", counted(robot));
        waitUntil(() -> controller().live().flatMap(live -> live.handle().snapshot().node("server"))
                .map(n -> n.state() == NodeState.DEAD).orElse(false));
        robot.clickOn("#tour-next");
        waitUntil(() -> controller().live().flatMap(live -> live.handle().snapshot().node("server"))
                .map(n -> n.state() != NodeState.DEAD).orElse(false));
        stop();
    }

    @Test
    void aTopologyWithoutATourShowsNoPanel(FxRobot robot) throws Exception {
        openAndFocusCanvas(robot, QuickExamples.load("pair-relay.json"));

        assertFalse(robot.lookup("#tour-panel").query().isVisible());
    }
}
