package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.zmqstudio.QuickExamples;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.ThreadNiceness;
import org.zmqstudio.ui.monitor.RunController.Mode;

@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RunControllerTest {

    private RunController controller;

    @Start
    void start(Stage stage) {
        controller = new RunController();
    }

    /** The example, as fast as the tests run examples ({@link QuickExamples}). */
    private static Topology example(String name) throws Exception {
        return QuickExamples.load(name);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void aRunGoesLiveWithFramesAndStopReturnsToEditingWithinASecond(FxRobot robot) throws Exception {
        Topology pipeline = example("parallel-pipeline.json");
        robot.interact(() -> controller.run(pipeline, false));
        waitUntil(() -> controller.mode() == Mode.RUNNING && controller.frameProperty().get() != null);

        long stopAsked = System.nanoTime();
        robot.interact(controller::stop);
        waitUntil(() -> controller.mode() == Mode.EDITING);
        long stopMillis = (System.nanoTime() - stopAsked) / 1_000_000;
        assertTrue(stopMillis < 1000, "stopped in " + stopMillis + " ms");
        assertNull(controller.frameProperty().get());
        assertNull(controller.failureProperty().get());
    }

    @Test
    void aFlatOutSenderPutsTheEngineAtBackgroundPriorityAndAPacedRunKeepsNormalPriority(FxRobot robot) throws Exception {
        assumeTrue(ThreadNiceness.readable(), "Linux only");
        Set<String> before = ThreadNiceness.threadIds();
        Topology paced = example("parallel-pipeline.json");
        robot.interact(() -> controller.run(paced, false));
        waitUntil(() -> controller.mode() == Mode.RUNNING);
        List<Integer> pacedNice = ThreadNiceness.ofThreadsNamed("zmqstudio-run", before);
        assertFalse(pacedNice.isEmpty());
        assertFalse(pacedNice.contains(ThreadNiceness.background()), pacedNice.toString());
        robot.interact(controller::stop);
        waitUntil(() -> controller.mode() == Mode.EDITING);

        Set<String> beforeFlatOut = ThreadNiceness.threadIds();
        Topology flatOut = paced.updateNode("ventilator", n -> n.withBehavior(new Behavior.Produce(0, 0, "task", 0, 1, List.of())));
        robot.interact(() -> controller.run(flatOut, false));
        waitUntil(() -> controller.mode() == Mode.RUNNING);
        waitUntil(() -> {
            List<Integer> nice = ThreadNiceness.ofThreadsNamed("zmqstudio-run", beforeFlatOut);
            return !nice.isEmpty() && nice.stream().allMatch(n -> n == ThreadNiceness.background());
        });
        robot.interact(controller::stop);
        waitUntil(() -> controller.mode() == Mode.EDITING);
    }

    @Test
    void aPortInUseFailsTheRunAtTheNodeThatBindsIt(FxRobot robot) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String endpoint = "tcp://127.0.0.1:" + taken.getLocalPort();
            Topology hello = example("hello-world.json").updateNode("server", n -> n.withEndpoint(endpoint));
            robot.interact(() -> controller.run(hello, false));
            waitUntil(() -> controller.failureProperty().get() != null);
        }
        RunFailure failure = controller.failureProperty().get();
        assertEquals("server", failure.nodeId());
        assertTrue(failure.message().contains("127.0.0.1"), failure.message());
        assertEquals(Mode.EDITING, controller.mode());
    }

    @Test
    void aTopologyWithErrorsIsNotStartedAndTheFirstErrorIsNamed(FxRobot robot) throws Exception {
        Topology broken = example("parallel-pipeline.json").updateNode("sink", n -> n.withEndpoint("bogus://x"));
        robot.interact(() -> controller.run(broken, false));
        RunFailure failure = controller.failureProperty().get();
        assertNotNull(failure);
        assertEquals("sink", failure.nodeId());
        assertTrue(failure.message().startsWith("Fix 1 error"), failure.message());
        assertEquals(Mode.EDITING, controller.mode());
    }

    @Test
    void pausingForStepsHoldsTheSendersAndEachStepLetsOneMessageOut(FxRobot robot) throws Exception {
        Topology pipeline = example("parallel-pipeline.json");
        robot.interact(() -> controller.run(pipeline, false));
        waitUntil(() -> controller.mode() == Mode.RUNNING);
        robot.interact(controller::pauseForSteps);
        assertEquals(Mode.STEPPING, controller.mode());
        waitUntil(() -> ventilator().state() == NodeState.HELD);
        long before = ventilator().sent();
        robot.interact(controller::step);
        waitUntil(() -> ventilator().sent() == before + 1 && ventilator().state() == NodeState.HELD);
        NodeSnapshot held = ventilator();
        assertEquals(NodeState.HELD, held.state(), "held again after the step's message");
        assertEquals(before + 1, held.sent(), "exactly one message per step");
        robot.interact(controller::stop);
        waitUntil(() -> controller.mode() == Mode.EDITING);
    }

    /** The ventilator as the engine has it now (a fresh snapshot). */
    private NodeSnapshot ventilator() {
        return controller.live().orElseThrow().handle().snapshot().node("ventilator").orElseThrow();
    }
}
