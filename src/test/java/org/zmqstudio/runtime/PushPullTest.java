package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

@Timeout(20)
class PushPullTest {

    private static Topology pushPull(String endpoint, long count) {
        return pushPull(endpoint, produce(count, 0));
    }

    private static Topology pushPull(String endpoint, Behavior.Produce produce) {
        return topology(List.of(
                        node("push", SocketType.PUSH, produce).withEndpoint(endpoint),
                        node("pull", SocketType.PULL, consume())),
                link("pull", "push"));
    }

    /** 20,000 flat-out messages of 64 payload bytes each arrived, counted once each on the node and the flow. */
    private static FlowSnapshot assertTwentyThousandOf64Bytes(RunSnapshot s) {
        assertEquals(20_000, node(s, "push").sent());
        assertEquals(20_000, node(s, "pull").received());
        FlowSnapshot flow = s.flow("push", "pull").orElseThrow();
        assertEquals(20_000, flow.messages());
        assertEquals(20_000 * 64, flow.bytes(), "64 payload bytes each, the trace left out");
        return flow;
    }

    @Test
    void everyMessagePushedOverInprocIsCountedOnceAtThePuller() {
        try (RunHandle run = start(pushPull("inproc://pp-" + System.nanoTime(), 5000))) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(RunPhase.DRAINED, run.phase());
            assertEquals(5000, node(s, "push").sent());
            assertEquals(5000, node(s, "pull").received());
            FlowSnapshot flow = s.flow("push", "pull").orElseThrow();
            assertEquals(5000, flow.messages());
            assertEquals("pull->push", flow.linkId());
            assertEquals(0, flow.lost());
            assertTrue(flow.latency().count() > 0, "some messages carry timestamps");
            assertTrue(node(s, "pull").endToEnd().count() > 0);
        }
    }

    @Test
    void aFlatOutStreamOfOneSharedFrameIsCountedExactlyWithItsBytes() {
        Behavior.Produce constant = new Behavior.Produce(20_000, 0, "constant", 64, 1, List.of());
        try (RunHandle run = start(pushPull("inproc://pp-" + System.nanoTime(), constant))) {
            FlowSnapshot flow = assertTwentyThousandOf64Bytes(awaitDrained(run, Duration.ofSeconds(10)));
            assertTrue(flow.latency().count() >= 20_000 / 1024, "the stamped messages among the shared ones are timed");
        }
    }

    @Test
    void aFlatOutStreamOfNumberedMessagesIsCountedExactlyAndEachCarriesItsOwnNumberAndSequence() {
        Behavior.Produce numbered = new Behavior.Produce(20_000, 0, "msg {n}", 64, 1, List.of());
        try (RunHandle run = start(pushPull("inproc://pp-" + System.nanoTime(), numbered))) {
            assertTwentyThousandOf64Bytes(awaitDrained(run, Duration.ofSeconds(10)));
            List<MessageEvent> stamped = run.drainEvents(10_000);
            assertTrue(stamped.size() >= 20_000 / 1024, "the stamped messages are sampled: " + stamped.size());
            for (MessageEvent event : stamped) {
                long seq = event.messageId() & 0xFF_FFFF_FFFFL;
                assertTrue(event.preview().startsWith("msg " + (seq + 1) + "."),
                        "message " + (seq + 1) + " after bursts of unstamped ones: " + event.preview());
            }
        }
    }

    @Test
    void aHighRateIsKeptOnAnAbsoluteSchedule() {
        try (RunHandle run = start(pushPull("inproc://rate-" + System.nanoTime(), produce(20_000, 40_000)))) {
            long began = System.nanoTime();
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(5), x -> node(x, "push").state() == NodeState.DONE);
            double seconds = (System.nanoTime() - began) / 1e9;
            assertEquals(20_000, node(s, "push").sent());
            assertTrue(seconds > 0.45 && seconds < 0.8, "20,000 at 40,000/s took " + seconds + " s");
        }
    }

    @Test
    void everyMessagePushedOverTcpWithAnyPortArrives() {
        try (RunHandle run = start(pushPull("tcp://127.0.0.1:*", 3000))) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(3000, node(s, "pull").received());
            assertEquals("msg 1".length() * 9 + "msg 10".length() * 90 + "msg 100".length() * 900
                    + "msg 1000".length() * 2001, s.flow("push", "pull").orElseThrow().bytes());
        }
    }
}
