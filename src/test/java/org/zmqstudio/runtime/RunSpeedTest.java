package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.consume;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.runtime.TestRuns.produce;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.Eventually;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** The run's speed and a start with every sender held: the learner's slow motion, on real sockets. */
@Timeout(30)
class RunSpeedTest {

    private static Topology pushPull(Behavior.Produce produce) {
        return topology(List.of(
                        node("push", SocketType.PUSH, produce).withEndpoint("inproc://speed-" + System.nanoTime()),
                        node("pull", SocketType.PULL, consume())),
                link("pull", "push"));
    }

    @Test
    void aRunStartedHeldSendsNothingUntilAStepAndThenExactlyOneMessage() {
        RunOptions held = RunOptions.DEFAULTS.withStartHeld(true);
        try (RunHandle run = Engine.start(pushPull(produce(100, 0)), held)) {
            Eventually.await(Duration.ofSeconds(10), () -> node(run.snapshot(), "push").state() == NodeState.HELD);
            assertEquals(0, node(run.snapshot(), "push").sent(), "nothing left before the first step");

            run.step();
            RunSnapshot after = Eventually.await(Duration.ofSeconds(10), run::snapshot,
                    s -> node(s, "pull").received() == 1 && node(s, "push").state() == NodeState.HELD);
            assertEquals(1, node(after, "push").sent());
            assertEquals(1, node(after, "pull").received());
        }
    }

    @Test
    void aFlatOutSenderSlowedToOneHundredthSendsTenMessagesASecondUntilFullSpeedLetsItGo() {
        long count = 5000;
        try (RunHandle run = Engine.start(pushPull(produce(count, 0)), RunOptions.DEFAULTS.withSpeed(RunSpeed.MIN))) {
            long started = System.nanoTime();
            Eventually.await(Duration.ofSeconds(10), () -> node(run.snapshot(), "push").sent() >= 3);
            long sent = node(run.snapshot(), "push").sent();
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(sent <= 10 * seconds + 2, sent + " sent in " + seconds + " s at 10 per second");

            run.setSpeed(RunSpeed.MAX);
            RunSnapshot done = Eventually.await(Duration.ofSeconds(15), run::snapshot,
                    s -> node(s, "pull").received() == count);
            assertEquals(count, node(done, "push").sent());
        }
    }

    @Test
    void aPacedSenderGoesAtItsRateTimesTheSpeed() {
        try (RunHandle run = Engine.start(pushPull(produce(0, 200)), RunOptions.DEFAULTS.withSpeed(0.02))) {
            long started = System.nanoTime();
            Eventually.await(Duration.ofSeconds(10), () -> node(run.snapshot(), "push").sent() >= 4);
            long sent = node(run.snapshot(), "push").sent();
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(sent <= 4 * seconds + 2, sent + " sent in " + seconds + " s at 200 × 0.02 = 4 per second");
        }
    }

    @Test
    void aSpeedOutsideTheRangeIsClamped() {
        RunSpeed speed = new RunSpeed();
        speed.set(0);
        assertEquals(RunSpeed.MIN, speed.get());
        speed.set(7);
        assertEquals(RunSpeed.MAX, speed.get());
        speed.set(Double.NaN);
        assertEquals(RunSpeed.MAX, speed.get());
        speed.set(0.5);
        assertEquals(2000, speed.stretch(1000), "work of 1 s takes 2 s at half speed");
    }
}
