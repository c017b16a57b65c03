package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.zmqstudio.QuickExamples;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.monitor.RunController;
import org.zmqstudio.ui.monitor.RunController.Mode;

/** The live monitor in the editor window, driven through its toolbar, keys and menus as a person would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveMonitorWindowTest extends EditorWindowTestBase {

    private static final Set<String> WORKER_LINKS = Set.of("worker-1-in->ventilator", "worker-2-in->ventilator",
            "worker-3-in->ventilator", "worker-1-out->sink", "worker-2-out->sink", "worker-3-out->sink");

    /** The colours of a failure message and of the "waiting for step" badge (MonitorLayer). */
    private static final Color FAILURE = Color.web("#d93025");
    private static final Color HELD_BADGE = Color.web("#7248b9");

    private final Set<String> linksWithTokens = ConcurrentHashMap.newKeySet();
    /** Frames the run's timer pulled (and handed on), counted on the FX thread after the monitor had them. */
    private volatile long framesPulled;

    private void open(Topology topology) {
        onFx(() -> {
            document().reset(topology, null);
            controller().frameProperty().addListener((o, was, frame) -> {
                if (frame != null) {
                    framesPulled++;
                    frame.tokens().forEach(t -> linksWithTokens.add(t.linkId()));
                }
            });
        });
    }

    /** The example, as fast as the tests run examples ({@link QuickExamples}). */
    private static Topology example(String name) throws Exception {
        return QuickExamples.load(name);
    }

    private RunController controller() {
        return window.monitor().controller();
    }

    /** The count the node table shows, or -1 before the table (made when its tab first shows) has the node. */
    @SuppressWarnings("unchecked")
    private long shown(FxRobot robot, String nodeId, boolean sent) {
        return robot.lookup("#monitor-node-table").tryQuery()
                .map(table -> ((TableView<NodeSnapshot>) table).getItems().stream())
                .flatMap(rows -> rows.filter(n -> n.nodeId().equals(nodeId)).findFirst())
                .map(n -> sent ? n.sent() : n.received()).orElse(-1L);
    }

    private long engineCount(String nodeId, boolean sent) {
        return controller().live().map(live -> live.handle().snapshot().node(nodeId)
                .map(n -> sent ? n.sent() : n.received()).orElse(-1L)).orElse(-1L);
    }

    private NodeState engineState(String nodeId) {
        return controller().live().flatMap(live -> live.handle().snapshot().node(nodeId))
                .map(NodeSnapshot::state).orElse(null);
    }

    /** Waits until the sender has sent {@code sent} messages and is held at the step gate again. */
    private void awaitHeldAfter(String nodeId, long sent) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> engineCount(nodeId, true) == sent && engineState(nodeId) == NodeState.HELD);
    }

    private void stop(FxRobot robot) throws Exception {
        if (controller().mode() != Mode.EDITING) {
            robot.clickOn("#toolbar-stop");
            waitUntil(() -> controller().mode() == Mode.EDITING);
        }
    }

    @Test
    void runningThePipelineShowsTheSinkCountRisingAndTokensOnEveryWorkerLink(FxRobot robot) throws Exception {
        open(example("parallel-pipeline.json"));
        robot.clickOn("#toolbar-run");
        waitUntil(() -> shown(robot, "sink", false) > 0);
        long early = shown(robot, "sink", false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linksWithTokens.containsAll(WORKER_LINKS)
                && shown(robot, "sink", false) > early);
        assertTrue(document().isLocked(), "the structure is locked while running");
        stop(robot);
    }

    @Test
    void theCanvasDrawsEveryFrameTheRunPullsInTheSamePulse(FxRobot robot) throws Exception {
        open(example("parallel-pipeline.json").updateNode("ventilator",
                n -> n.withBehavior(new Behavior.Produce(0, 100, "task {n}", 0, 1, List.of()))));
        robot.clickOn("#toolbar-run");
        waitUntil(() -> !linksWithTokens.isEmpty());
        long[] start = pulledAndDrawn();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> framesPulled >= start[0] + 40);
        long[] end = pulledAndDrawn();

        long pulled = end[0] - start[0];
        long drawn = end[1] - start[1];
        assertTrue(drawn >= pulled, pulled + " frames pulled but only " + drawn + " drawn");
        stop(robot);
    }

    /** The frames pulled and the canvas frames drawn so far, read together on the FX thread. */
    private long[] pulledAndDrawn() {
        long[] counts = new long[2];
        onFx(() -> {
            counts[0] = framesPulled;
            counts[1] = canvas().framesDrawn();
        });
        return counts;
    }

    @Test
    void pausedSendersLetExactlyOneMessageOutPerStep(FxRobot robot) throws Exception {
        open(example("parallel-pipeline.json"));
        robot.clickOn("#toolbar-run");
        waitUntil(() -> controller().mode() == Mode.RUNNING);
        robot.clickOn("#toolbar-pause");
        waitUntil(() -> controller().mode() == Mode.STEPPING);
        waitUntil(() -> engineState("ventilator") == NodeState.HELD);
        long before = engineCount("ventilator", true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pixelsAbove("ventilator", HELD_BADGE) > 200);

        robot.clickOn("#toolbar-step");
        awaitHeldAfter("ventilator", before + 1);
        assertEquals(before + 1, engineCount("ventilator", true), "one message per step");

        robot.clickOn("#topology-canvas");
        robot.push(KeyCode.SPACE);
        awaitHeldAfter("ventilator", before + 2);
        assertEquals(before + 2, engineCount("ventilator", true), "one message per step");
        waitUntil(() -> !robot.lookup("#monitor-events-why").queryAs(Label.class).getText().isEmpty());
        stop(robot);
    }

    @Test
    void aKilledWorkerGoesQuietWhileTheOthersCarryOn(FxRobot robot) throws Exception {
        open(example("parallel-pipeline.json").updateNode("ventilator",
                n -> n.withBehavior(new Behavior.Produce(0, 200, "task {n}", 0, 1, List.of()))));
        robot.clickOn("#toolbar-run");
        waitUntil(() -> engineCount("worker-2-in", false) > 5);

        Point2D worker = canvas().screenPointOf("worker-2-in");
        robot.moveTo(worker).clickOn(javafx.scene.input.MouseButton.SECONDARY);
        robot.clickOn("Kill worker-2-in (close its socket)");
        waitUntil(() -> engineState("worker-2-in") == NodeState.DEAD);
        long killedAt = engineCount("worker-2-in", false);
        long othersAt = engineCount("worker-1-in", false) + engineCount("worker-3-in", false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> engineCount("worker-1-in", false) + engineCount("worker-3-in", false) > othersAt + 50);

        assertEquals(killedAt, engineCount("worker-2-in", false), "the killed worker received nothing while the others took 50");
        stop(robot);
    }

    @Test
    void aSubscriberWhoseFilterMatchesNothingGetsNoTokens(FxRobot robot) throws Exception {
        Topology news = new Topology("News", "", List.of(
                Node.of("news", SocketType.PUB, 80, 200).withBehavior(
                        new Behavior.Produce(0, 100, "headline {n}", 0, 1, List.of("sports ", "weather "))),
                Node.of("sports-fan", SocketType.SUB, 400, 80).withBehavior(new Behavior.Consume(List.of("sports "), 0)),
                Node.of("chess-fan", SocketType.SUB, 400, 320).withBehavior(new Behavior.Consume(List.of("chess "), 0))),
                List.of(Link.between("sports-fan", "news"), Link.between("chess-fan", "news")));
        open(news);
        robot.clickOn("#toolbar-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> linksWithTokens.contains("sports-fan->news")
                && engineCount("sports-fan", false) > 50);

        assertFalse(linksWithTokens.contains("chess-fan->news"), linksWithTokens.toString());
        assertEquals(0, engineCount("chess-fan", false));
        stop(robot);
    }

    @Test
    void stopReturnsToEditingWithinASecond(FxRobot robot) throws Exception {
        open(example("parallel-pipeline.json"));
        robot.clickOn("#toolbar-run");
        waitUntil(() -> controller().mode() == Mode.RUNNING);

        long asked = System.nanoTime();
        robot.clickOn("#toolbar-stop");
        waitUntil(() -> controller().mode() == Mode.EDITING && !document().isLocked());
        long millis = (System.nanoTime() - asked) / 1_000_000;
        assertTrue(millis < 1000, "back to editing after " + millis + " ms");
        assertFalse(robot.lookup("#toolbar-run").query().isDisabled());
    }

    @Test
    void aPortInUseIsShownAtTheNodeThatBindsIt(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String endpoint = "tcp://127.0.0.1:" + taken.getLocalPort();
            open(example("hello-world.json").updateNode("server", n -> n.withEndpoint(endpoint)));
            robot.clickOn("#toolbar-run");
            waitUntil(() -> controller().failureProperty().get() != null);
            assertEquals("server", controller().failureProperty().get().nodeId());
            String status = robot.lookup("#status-message").queryAs(Label.class).getText();
            assertTrue(status.contains(String.valueOf(taken.getLocalPort())), status);
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pixelsAbove("server", FAILURE) > 200);
        assertEquals(Mode.EDITING, controller().mode());
    }

    /** How many pixels of {@code colour} (a failure message, a badge) the canvas shows in the band above the node's card. */
    private int pixelsAbove(String nodeId, Color colour) {
        WritableImage[] shot = new WritableImage[1];
        Point2D[] centre = new Point2D[1];
        onFx(() -> {
            shot[0] = canvas().snapshot(null, null);
            centre[0] = canvas().screenToLocal(canvas().screenPointOf(nodeId));
        });
        PixelReader pixels = shot[0].getPixelReader();
        int count = 0;
        for (int x = (int) centre[0].getX() - 120; x < centre[0].getX() + 120; x++) {
            for (int y = (int) centre[0].getY() - 120; y < centre[0].getY() - 30; y++) {
                if (x >= 0 && y >= 0 && x < shot[0].getWidth() && y < shot[0].getHeight()
                        && close(pixels.getColor(x, y), colour)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08;
    }
}
