package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFiles;
import org.zmqstudio.recording.Recording;
import org.zmqstudio.recording.RecordingReader;
import org.zmqstudio.recording.RunRecorder;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.ui.monitor.RunController;
import org.zmqstudio.ui.monitor.RunController.Mode;

/** Run paused, recording a run and replaying it, in the real window as a person would. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class RecordReplayWindowTest extends EditorWindowTestBase {

    private static final List<String> PIPELINE_NODES = List.of("ventilator", "worker-1-in", "worker-2-in",
            "worker-3-in", "worker-1-out", "worker-2-out", "worker-3-out", "sink");

    private RunController controller() {
        return window.monitor().controller();
    }

    private static Topology pipeline(long count, double rate) throws Exception {
        return TopologyFiles.load(Path.of("topologies", "parallel-pipeline.json")).updateNode("ventilator",
                n -> n.withBehavior(new Behavior.Produce(count, rate, "task {n}", 0, 1, List.of())));
    }

    private void open(Topology topology) {
        onFx(() -> document().reset(topology, null));
    }

    /** The node table's row for the node, as shown, or null before the table has it. */
    @SuppressWarnings("unchecked")
    private NodeSnapshot shown(FxRobot robot, String nodeId) {
        return robot.lookup("#monitor-node-table").tryQuery()
                .map(table -> ((TableView<NodeSnapshot>) table).getItems().stream())
                .flatMap(rows -> rows.filter(n -> n.nodeId().equals(nodeId)).findFirst())
                .orElse(null);
    }

    private RunSnapshot engine() {
        return controller().live().orElseThrow().handle().snapshot();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void afterRunPausedOneStepDeliversExactlyOneMessage(FxRobot robot) throws Exception {
        open(pipeline(0, 0));
        robot.clickOn("#topology-canvas");
        robot.press(KeyCode.CONTROL, KeyCode.F5).release(KeyCode.F5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> controller().mode() == Mode.STEPPING);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> engine().node("ventilator").orElseThrow().state() == NodeState.HELD);
        assertEquals(0, engine().node("ventilator").orElseThrow().sent(), "every sender held from the start");

        robot.clickOn("#toolbar-step");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine().node("sink").orElseThrow().received() == 1
                && engine().node("ventilator").orElseThrow().state() == NodeState.HELD);

        RunSnapshot after = engine();
        assertEquals(1, after.node("ventilator").orElseThrow().sent());
        long workersIn = after.nodes().stream().filter(n -> n.nodeId().endsWith("-in")).mapToLong(NodeSnapshot::received).sum();
        assertEquals(1, workersIn, "one worker took the one message");
        assertEquals(1, after.node("sink").orElseThrow().received());
        robot.clickOn("#toolbar-stop");
        waitUntil(() -> controller().mode() == Mode.EDITING);
    }

    @Test
    void theSpeedSlowsTheRunItselfAndShowsItsValue(FxRobot robot) throws Exception {
        open(pipeline(0, 100));
        onFx(() -> {
            for (int i = 0; i < 10; i++) {
                window.monitor().actions().speedDown();
            }
        });
        assertEquals("0.01×", robot.lookup("#monitor-speed-value").queryAs(Label.class).getText());
        robot.clickOn("#toolbar-run");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> controller().mode() == Mode.RUNNING);
        long started = System.nanoTime();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> engine().node("ventilator").orElseThrow().sent() >= 2);
        long sent = engine().node("ventilator").orElseThrow().sent();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(sent <= seconds + 2, sent + " tasks in " + seconds + " s at 100/s × 0.01");

        onFx(() -> window.monitor().actions().speedUp());
        assertEquals("0.02×", robot.lookup("#monitor-speed-value").queryAs(Label.class).getText());
        onFx(() -> controller().speedProperty().set(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> engine().node("ventilator").orElseThrow().sent() > sent + 100);
        robot.clickOn("#toolbar-stop");
        waitUntil(() -> controller().mode() == Mode.EDITING);
    }

    @Test
    void aReplayOfARecordedPipelineRunShowsTheSameFinalCountsAsTheRecording(FxRobot robot) throws Exception {
        open(pipeline(60, 100));
        Path file = folder.resolve("pipeline.jsonl");
        onFx(() -> controller().recordNextRun(file));
        robot.clickOn("#toolbar-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> controller().live().isPresent()
                && engine().node("sink").orElseThrow().received() == 60);
        robot.clickOn("#toolbar-stop");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && controller().mode() == Mode.EDITING);
        Recording recording = RecordingReader.read(file);
        assertEquals(60, recording.last().node("sink").orElseThrow().received());

        onFx(() -> window.monitor().openRecording(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> controller().mode() == Mode.REPLAYING);
        assertTrue(robot.lookup("#replay-timeline").query().isVisible(), "the timeline shows while replaying");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !controller().replayPlayingProperty().get());
        waitUntil(() -> shown(robot, "sink") != null && shown(robot, "sink").equals(recording.last().node("sink").orElseThrow()));

        for (String node : PIPELINE_NODES) {
            NodeSnapshot recorded = recording.last().node(node).orElseThrow();
            NodeSnapshot replayed = shown(robot, node);
            assertEquals(recorded.sent(), replayed.sent(), node + " sent");
            assertEquals(recorded.received(), replayed.received(), node + " received");
        }

        Slider timeline = robot.lookup("#replay-timeline").queryAs(Slider.class);
        onFx(() -> timeline.setValue(0));
        long atStart = recording.snapshotAt(0).orElse(recording.snapshots().get(0).snapshot()).node("sink").orElseThrow().received();
        waitUntil(() -> shown(robot, "sink").received() == atStart);
        assertTrue(atStart < 60, "scrubbed back to the start: " + atStart);

        robot.clickOn("#toolbar-stop");
        waitUntil(() -> controller().mode() == Mode.EDITING);
    }

    @Test
    void aTruncatedOrForeignRecordingIsRefusedWithOneSentenceAndNothingOpens(FxRobot robot) throws Exception {
        Topology shownBefore = pipeline(10, 0);
        open(shownBefore);
        Path foreign = Path.of("topologies", "parallel-pipeline.json");
        onFx(() -> window.monitor().openRecording(foreign));
        waitUntil(() -> status(robot).startsWith("Did not open the recording"));
        assertEquals("Did not open the recording: parallel-pipeline.json is not a ZMQ Studio recording.", status(robot));

        Path cut = folder.resolve("cut.jsonl");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(recordingOf(shownBefore)), 300));
        onFx(() -> window.monitor().openRecording(cut));
        waitUntil(() -> status(robot).contains("cut.jsonl"));
        assertEquals("Did not open the recording: cut.jsonl is truncated: the recording ends before its last line.",
                status(robot));
        assertEquals(Mode.EDITING, controller().mode());
        assertEquals(shownBefore, topology(), "nothing opened");
    }

    /** A whole recording of a short run of {@code topology}, written by the engine headless. */
    private Path recordingOf(Topology topology) throws Exception {
        Path file = folder.resolve("whole.jsonl");
        try (RunHandle run = Engine.start(topology, RunOptions.DEFAULTS)) {
            RunRecorder recorder = RunRecorder.start(run, topology, file);
            run.stop();
            recorder.finish(run.snapshot());
        }
        return file;
    }
}
