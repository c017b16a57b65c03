package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.persistence.TopologyFiles;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * Nothing of a run outlives the topology it ran (tables, messages, their filter, latency, a failure
 * callout), and the status line says what the run is doing at every step; driven through the
 * window's toolbar, tabs and text field as a person would.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RunStateWindowTest extends EditorWindowTestBase {

    private static final Path PIPELINE = Path.of("topologies", "parallel-pipeline.json");
    private static final Path HELLO = Path.of("topologies", "hello-world.json");

    private void openThroughTheToolbar(FxRobot robot, Path file) throws Exception {
        dialogs.filesToOpen.add(file);
        robot.clickOn("#toolbar-open");
        waitUntil(() -> file.equals(document().file()));
    }

    /** The status line once the FX thread has caught up: a mode change and its status update are two events. */
    private String status(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    private Mode mode() {
        return window.monitor().controller().mode();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void openingAnotherFileAfterARunShowsEmptyTablesMessagesAndFilter(FxRobot robot) throws Exception {
        openThroughTheToolbar(robot, PIPELINE);
        robot.clickOn("#toolbar-run");
        waitUntil(() -> mode() == Mode.RUNNING); // the Nodes & flows tab builds its tables when shown
        waitUntil(() -> table(robot, "#monitor-node-table").getItems().size() == 8
                && !table(robot, "#monitor-flow-table").getItems().isEmpty());
        robot.clickOn("#tab-messages");
        waitUntil(() -> !table(robot, "#monitor-events-table").getItems().isEmpty());
        robot.clickOn("#monitor-events-filter").write("worker");
        robot.clickOn("#toolbar-stop");
        waitUntil(() -> mode() == Mode.EDITING);
        assertTrue(status(robot).startsWith("Stopped"), status(robot));
        assertEquals(8, table(robot, "#monitor-node-table").getItems().size(), "a stopped run keeps its numbers");

        openThroughTheToolbar(robot, HELLO);

        assertEquals(0, table(robot, "#monitor-events-table").getItems().size(), "messages");
        assertEquals("", robot.lookup("#monitor-events-filter").queryAs(TextField.class).getText(), "filter");
        robot.clickOn("#tab-stats");
        assertEquals(0, table(robot, "#monitor-node-table").getItems().size(), "nodes");
        assertEquals(0, table(robot, "#monitor-flow-table").getItems().size(), "flows");
        robot.clickOn("#tab-latency");
        assertEquals("Select a link or a node to see its latency.",
                robot.lookup("#monitor-latency-title").queryAs(Label.class).getText());
        assertTrue(status(robot).startsWith("Opened hello-world.json"), status(robot));
    }

    @Test
    void openingAnotherFileWhileRunningStopsTheRunAndLeavesNothingOfIt(FxRobot robot) throws Exception {
        openThroughTheToolbar(robot, PIPELINE);
        robot.clickOn("#toolbar-run");
        waitUntil(() -> mode() == Mode.RUNNING); // the Nodes & flows tab builds its tables when shown
        waitUntil(() -> !table(robot, "#monitor-node-table").getItems().isEmpty());

        openThroughTheToolbar(robot, HELLO);
        waitUntil(() -> mode() == Mode.EDITING);

        assertEquals(0, table(robot, "#monitor-node-table").getItems().size(), "nodes");
        assertTrue(status(robot).startsWith("Opened hello-world.json"), status(robot));
        robot.clickOn("#toolbar-run");
        waitUntil(() -> table(robot, "#monitor-node-table").getItems().size() == 2);
        robot.clickOn("#toolbar-stop");
        waitUntil(() -> mode() == Mode.EDITING);
    }

    @Test
    void aNewTopologyForgetsTheFailureOfTheLastRun(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path file = folder.resolve("taken.json");
            Files.writeString(file, TopologyFiles.toJson(TopologyFiles.load(HELLO)
                    .updateNode("server", n -> n.withEndpoint("tcp://127.0.0.1:" + taken.getLocalPort()))));
            openThroughTheToolbar(robot, file);
            robot.clickOn("#toolbar-run");
            waitUntil(() -> window.monitor().controller().failureProperty().get() != null);
        }

        robot.clickOn("#toolbar-new");
        waitUntil(() -> topology().nodes().isEmpty());

        assertNull(window.monitor().controller().failureProperty().get());
        assertEquals("New topology", status(robot));
    }

    @Test
    void theStatusLineSaysWhatTheRunDoesThroughRunPauseStepResumeAndStop(FxRobot robot) throws Exception {
        openThroughTheToolbar(robot, PIPELINE);

        robot.clickOn("#toolbar-run");
        waitUntil(() -> mode() == Mode.RUNNING);
        assertTrue(status(robot).startsWith("Running Parallel pipeline"), status(robot));

        robot.clickOn("#toolbar-pause");
        waitUntil(() -> mode() == Mode.STEPPING);
        assertTrue(status(robot).startsWith("Paused"), status(robot));
        robot.clickOn("#toolbar-step");
        assertTrue(status(robot).startsWith("Paused"), status(robot));

        robot.clickOn("#toolbar-pause");
        waitUntil(() -> mode() == Mode.RUNNING);
        assertTrue(status(robot).startsWith("Running Parallel pipeline"), "after Resume: " + status(robot));

        robot.clickOn("#toolbar-stop");
        String stopping = status(robot);
        assertTrue(stopping.equals("Stopping the run…") || stopping.startsWith("Stopped"), stopping);
        waitUntil(() -> mode() == Mode.EDITING);
        assertTrue(status(robot).startsWith("Stopped"), status(robot));
    }
}
