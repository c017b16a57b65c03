package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.awaitDrained;
import static org.zmqstudio.runtime.TestRuns.awaitSnapshot;
import static org.zmqstudio.runtime.TestRuns.consume;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.runtime.TestRuns.produce;
import static org.zmqstudio.runtime.TestRuns.start;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Limits;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** The engine does what the largest values the validator accepts ask for, and still stops at once. */
@Timeout(60)
class LimitsHonouredTest {

    private static String inproc(String name) {
        return "inproc://limits-" + name + "-" + System.nanoTime();
    }

    @Test
    void aSubscriberDelayedByTheLongestStartNeverStartsWithinTheRun() {
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, produce(0, 200)).withEndpoint(inproc("late")),
                        node("late", SocketType.SUB, consume()).withStartAfterMillis(Limits.MAX_MILLIS)),
                link("late", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(10), x -> node(x, "pub").sent() >= 200);
            assertEquals(NodeState.STARTING, node(s, "late").state());
            assertEquals(0, node(s, "late").received());
            assertStopsAtOnce(run);
        }
    }

    @Test
    void aConsumerWorkingTheLongestTimeTakesOneMessageAndStillStopsAtOnce() {
        Topology t = topology(List.of(
                        node("push", SocketType.PUSH, produce(10, 0)).withEndpoint(inproc("work")),
                        node("slow", SocketType.PULL, new Behavior.Consume(List.of(""), Limits.MAX_MILLIS))),
                link("slow", "push"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(10), x -> node(x, "slow").received() >= 1);
            assertEquals(1, node(s, "slow").received());
            assertStopsAtOnce(run);
        }
    }

    @Test
    void aRequestWaitsTheLongestTimeoutWithoutGivingUpEarly() {
        Topology t = topology(List.of(
                        node("client", SocketType.REQ, new Behavior.Request(1, 0, "hi", Limits.MAX_MILLIS, 3)),
                        node("server", SocketType.REP, new Behavior.Reply("{request}", Limits.MAX_MILLIS))
                                .withEndpoint(inproc("timeout"))),
                link("client", "server"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(10), x -> node(x, "server").received() >= 1);
            s = awaitSnapshot(run, Duration.ofMillis(1500), x -> node(x, "client").sent() > 1);
            assertEquals(1, node(s, "client").sent(), "no resend within the timeout");
            assertEquals(0, node(s, "client").errors());
            assertEquals(NodeState.WAITING_FOR_REPLY, node(s, "client").state());
            assertStopsAtOnce(run);
        }
    }

    @Test
    void theLargestMessageInTheMostPartsArrivesWhole() {
        Behavior.Produce big = new Behavior.Produce(2, 0, "x", Limits.MAX_MESSAGE_BYTES, 1, List.of());
        Behavior.Produce parted = new Behavior.Produce(3, 0, "part", 0, Limits.MAX_PARTS, List.of());
        Topology t = topology(List.of(
                        node("big", SocketType.PUSH, big).withEndpoint(inproc("big")),
                        node("big-sink", SocketType.PULL, consume()),
                        node("parted", SocketType.PUSH, parted).withEndpoint(inproc("parts")),
                        node("parts-sink", SocketType.PULL, consume())),
                link("big-sink", "big"), link("parts-sink", "parted"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(30));
            assertEquals(2, node(s, "big-sink").received());
            assertEquals(2L * Limits.MAX_MESSAGE_BYTES, s.flow("big", "big-sink").orElseThrow().bytes());
            assertEquals(3, node(s, "parts-sink").received(), "every part of a message arrives with it");
            assertEquals(3L * Limits.MAX_PARTS * "part".length(), s.flow("parted", "parts-sink").orElseThrow().bytes());
        }
    }

    private static void assertStopsAtOnce(RunHandle run) {
        long began = System.nanoTime();
        run.stop();
        double seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(seconds < 1.5, "stop took " + seconds + " s");
    }
}
