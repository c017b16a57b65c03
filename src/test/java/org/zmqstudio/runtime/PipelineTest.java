package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.*;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

@Timeout(20)
class PipelineTest {

    /** A ventilator, {@code workers} relaying workers (PULL in, PUSH out) and a sink. */
    private static Topology pipeline(Behavior.Produce tasks, int workers, long workMillis, String endpoint) {
        List<Node> nodes = new ArrayList<>(List.of(
                node("ventilator", SocketType.PUSH, tasks).withEndpoint(endpoint),
                node("sink", SocketType.PULL, consume()).withEndpoint("inproc://sink-" + System.nanoTime())));
        List<Link> links = new ArrayList<>();
        for (int w = 1; w <= workers; w++) {
            nodes.add(node("w" + w + "-in", SocketType.PULL, new Behavior.Relay("w" + w + "-out", workMillis)));
            nodes.add(node("w" + w + "-out", SocketType.PUSH));
            links.add(link("w" + w + "-in", "ventilator"));
            links.add(link("w" + w + "-out", "sink"));
        }
        return topology(nodes, links.toArray(Link[]::new));
    }

    @Test
    void theStartGateSpreadsTasksFairlyFromTheFirstOne() {
        try (RunHandle run = start(pipeline(produce(300, 0), 3, 0, "tcp://127.0.0.1:*"))) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(300, node(s, "sink").received());
            for (int w = 1; w <= 3; w++) {
                long got = node(s, "w" + w + "-in").received();
                assertTrue(got >= 80, "worker " + w + " got " + got);
                assertEquals(got, node(s, "w" + w + "-out").sent(), "a relay sends what it receives");
                assertEquals(got, s.flow("ventilator", "w" + w + "-in").orElseThrow().messages());
            }
            assertEquals(0, s.flows().stream().mapToLong(f -> f.lost()).sum(), "round-robin gaps are not losses");
        }
    }

    /** One shared constant frame, or a fresh frame per message that the sink only counts (a plain trace). */
    @ParameterizedTest
    @ValueSource(strings = {"task", "task {n}"})
    void relaysForwardingAFlatOutStreamStillTellTheSinkWhichWorkerSentEachMessage(String payload) {
        Behavior.Produce tasks = new Behavior.Produce(3000, 0, payload, 64, 1, List.of());
        try (RunHandle run = start(pipeline(tasks, 3, 0, "inproc://tasks-" + System.nanoTime()))) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(3000, node(s, "sink").received());
            long total = 0;
            for (int w = 1; w <= 3; w++) {
                long relayed = node(s, "w" + w + "-out").sent();
                assertEquals(relayed, s.flow("w" + w + "-out", "sink").orElseThrow().messages(), "worker " + w);
                assertEquals(relayed * 64, s.flow("w" + w + "-out", "sink").orElseThrow().bytes(), "trace stripped");
                total += relayed;
            }
            assertEquals(3000, total);
            assertEquals(3000, node(s, "ventilator").sent());
            assertTrue(node(s, "sink").endToEnd().count() >= 3000 / 1024,
                    "the stamped messages, fresh frames among the shared ones, are timed (one in 16 to 1024)");
        }
    }

    @Test
    void aRelayPassesOnAFrameFromOutsideTheRunThatLooksTraced() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String endpoint = "tcp://127.0.0.1:" + port;
        Topology relay = topology(List.of(
                node("relay-in", SocketType.PULL, new Behavior.Relay("relay-out", 0)).withEndpoint(endpoint),
                node("relay-out", SocketType.PUSH).withEndpoint("inproc://out-" + System.nanoTime()),
                node("sink", SocketType.PULL, consume())), link("sink", "relay-out"));
        byte[] foreign = new byte[20];
        Arrays.fill(foreign, (byte) 0x7F);
        foreign[foreign.length - 1] = (byte) 0xD2;
        try (RunHandle run = start(relay); ZContext outside = new ZContext()) {
            ZMQ.Socket push = outside.createSocket(org.zeromq.SocketType.PUSH);
            push.setLinger(0);
            assertEquals(1, new HandshakeWait(outside, () -> false, push).connectAndWait(List.of(endpoint), 5000),
                    "connected to the relay");
            push.send(foreign, 0);
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(5), x -> node(x, "sink").received() == 1);
            assertEquals(1, node(s, "sink").received());
            assertEquals(NodeState.RUNNING, node(s, "relay-in").state());
            assertEquals(0, node(s, "relay-in").errors());
        }
    }

    @Test
    void aKilledWorkerIsRoutedAroundAndWorksAgainAfterARestart() {
        try (RunHandle run = start(pipeline(produce(0, 400), 2, 0, "inproc://tasks-" + System.nanoTime()))) {
            awaitSnapshot(run, Duration.ofSeconds(5), s -> node(s, "w1-in").received() > 20);
            run.kill("w1-in");
            RunSnapshot dead = awaitSnapshot(run, Duration.ofSeconds(3), s -> node(s, "w1-out").state() == NodeState.DEAD);
            assertEquals(NodeState.DEAD, node(dead, "w1-in").state());
            long w1 = node(dead, "w1-in").received();
            long w2 = node(dead, "w2-in").received();
            RunSnapshot later = awaitSnapshot(run, Duration.ofSeconds(3), s -> node(s, "w2-in").received() > w2 + 100);
            assertEquals(w1, node(later, "w1-in").received(), "a dead worker receives nothing");
            assertTrue(node(later, "w2-in").received() > w2 + 100, "the ventilator goes on with the live worker");
            run.restart("w1-in");
            RunSnapshot back = awaitSnapshot(run, Duration.ofSeconds(5), s -> node(s, "w1-in").received() > w1 + 20);
            assertTrue(node(back, "w1-in").received() > w1 + 20, "the restarted worker gets tasks again");
            assertEquals(NodeState.RUNNING, node(back, "w1-in").state());
        }
    }

    @Test
    void multipartMessagesArriveWholeThroughARelay() {
        Topology t = topology(List.of(
                        node("sender", SocketType.PUSH, new Behavior.Produce(50, 500, "part of {n}", 40, 3, List.of()))
                                .withEndpoint("inproc://frames-" + System.nanoTime()),
                        node("relay-in", SocketType.PULL, new Behavior.Relay("relay-out", 0)),
                        node("relay-out", SocketType.PUSH),
                        node("receiver", SocketType.PULL, consume()).withEndpoint("tcp://127.0.0.1:*")),
                link("relay-in", "sender"), link("relay-out", "receiver"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(50, node(s, "receiver").received(), "messages are counted, never frames");
            List<MessageEvent> arrived = run.drainEvents(1000).stream().filter(e -> e.to().equals("receiver")).toList();
            assertTrue(arrived.size() >= 40, "sampled at 500/s: " + arrived.size());
            assertTrue(arrived.stream().allMatch(e -> e.frames() == 3));
            long bytesPerMessage = s.flow("relay-out", "receiver").orElseThrow().bytes() / 50;
            assertTrue(bytesPerMessage >= 40, "padded to at least 40 bytes: " + bytesPerMessage);
        }
    }

    @Test
    void pairSocketsRelayASignalDownAChain() {
        Topology t = topology(List.of(
                        node("step1", SocketType.PAIR, new Behavior.Produce(30, 1000, "ready {n}", 0, 1, List.of())),
                        node("step2-in", SocketType.PAIR, new Behavior.Relay("step2-out", 0)).withEndpoint("inproc://s2-" + System.nanoTime()),
                        node("step2-out", SocketType.PAIR),
                        node("step3", SocketType.PAIR, consume()).withEndpoint("tcp://127.0.0.1:*")),
                link("step1", "step2-in"), link("step2-out", "step3"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(30, node(s, "step3").received());
            assertEquals(30, s.flow("step2-out", "step3").orElseThrow().messages());
            assertTrue(node(s, "step3").endToEnd().count() > 0);
        }
    }

    @Test
    void pausingAConsumerFillsItsQueueAndBlocksThePusher() {
        Topology t = topology(List.of(
                        node("push", SocketType.PUSH, produce(0, 0)).withEndpoint("inproc://p-" + System.nanoTime()),
                        node("pull", SocketType.PULL, consume())),
                link("pull", "push"));
        try (RunHandle run = start(t)) {
            run.pause("pull");
            // Over inproc the queue holds both high-water marks; the pusher's view of what was read
            // lags by up to half of that, and its count by up to one batch: more than one mark waits.
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(3), x -> node(x, "push").state() == NodeState.BLOCKED
                    && node(x, "pull").state() == NodeState.PAUSED
                    && node(x, "push").sent() - node(x, "pull").received() >= SocketOptions.DEFAULT_HWM / 2);
            assertEquals(NodeState.BLOCKED, node(s, "push").state());
            assertEquals(NodeState.PAUSED, node(s, "pull").state());
            long received = node(s, "pull").received();
            assertTrue(node(s, "push").sent() - received >= SocketOptions.DEFAULT_HWM / 2,
                    "the queue filled: " + node(s, "push").sent() + " sent, " + received + " received");
            run.resume("pull");
            awaitSnapshot(run, Duration.ofSeconds(3), x -> node(x, "pull").received() > received + 1000);
            assertTrue(node(run.snapshot(), "pull").received() > received + 1000);
        }
    }

    @Test
    void workSetWhileRunningSlowsTheConsumerDown() {
        Topology t = topology(List.of(
                        node("push", SocketType.PUSH, produce(0, 0)).withEndpoint("inproc://w-" + System.nanoTime()),
                        node("pull", SocketType.PULL, consume())),
                link("pull", "push"));
        try (RunHandle run = start(t)) {
            awaitSnapshot(run, Duration.ofSeconds(3), s -> node(s, "pull").received() > 1000);
            run.setWorkMillis("pull", 20);
            long set = System.nanoTime();
            long before = node(run.snapshot(), "pull").received();
            // The batch under way goes on without the work (one batch at most, counted or not yet);
            // after it every message costs 20 ms, and is counted as it arrives, before its work.
            long target = before + NodeLoop.BATCH + 5;
            RunSnapshot after = awaitSnapshot(run, Duration.ofSeconds(10), s -> node(s, "pull").received() >= target);
            long millis = (System.nanoTime() - set) / 1_000_000;
            assertTrue(node(after, "pull").received() >= target, "the consumer goes on, slowly");
            assertTrue(millis >= 4 * 20, (target - before) + " messages came within " + millis + " ms of the work being set");
        }
    }

    @ParameterizedTest(name = "payload \"{0}\"")
    @ValueSource(strings = {"msg {n}", "constant"})
    void stepModeLetsOneMessageGoPerStepFromAFlatOutSender(String payload) {
        Behavior.Produce flatOut = new Behavior.Produce(0, 0, payload, 0, 1, List.of());
        try (RunHandle run = start(pipeline(flatOut, 1, 0, "inproc://st-" + System.nanoTime()))) {
            run.setStepMode(true);
            awaitSnapshot(run, Duration.ofSeconds(5), x -> node(x, "ventilator").state() == NodeState.HELD);
            long before = node(run.snapshot(), "ventilator").sent();
            for (int i = 1; i <= 3; i++) {
                run.step();
                long expected = before + i;
                RunSnapshot held = awaitSnapshot(run, Duration.ofSeconds(5), x -> node(x, "ventilator").state() == NodeState.HELD
                        && node(x, "ventilator").sent() == expected);
                assertEquals(NodeState.HELD, node(held, "ventilator").state(), "held again after the step's message");
                assertEquals(expected, node(held, "ventilator").sent(), "one message per step");
            }
            RunSnapshot through = awaitSnapshot(run, Duration.ofSeconds(2), x -> node(x, "sink").received() == before + 3);
            assertEquals(before + 3, node(through, "sink").received(), "relays still forward at once");
        }
    }
}
