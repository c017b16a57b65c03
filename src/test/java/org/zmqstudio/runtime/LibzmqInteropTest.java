package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.awaitSnapshot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.zmqstudio.Eventually;
import org.zmqstudio.export.Python;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * The studio against another ZeroMQ implementation: real peers outside the JVM, libzmq through
 * python3-zmq, stand for the external nodes. Every frame a peer receives is compared byte for byte,
 * so one byte of trace or padding too many fails the test. Each test uses its own free ports and its
 * own peer process with a timeout, so that the tests may run in parallel.
 */
@Execution(ExecutionMode.CONCURRENT)
@Timeout(60)
class LibzmqInteropTest {

    private static final Behavior EXTERNAL = Behavior.External.INSTANCE;
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Longest a peer process may take, s; its own sockets give up after 10 s. */
    private static final long PEER_SECONDS = 30;

    private static String python;

    @BeforeAll
    static void findPython() {
        Optional<String> found = Python.withZmq();
        assumeTrue(found.isPresent(), "python3 with pyzmq (Debian: python3-zmq) is not installed");
        python = found.get();
    }

    private static String tcp(int port) {
        return "tcp://127.0.0.1:" + port;
    }

    private static RunHandle start(Topology topology) {
        RunHandle run = Engine.start(topology, RunOptions.DEFAULTS);
        assertEquals(RunPhase.RUNNING, run.phase(), () -> "the run did not start: " + run.failure());
        return run;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertFrames(List<String> expected, List<byte[]> actual) {
        assertEquals(expected.size(), actual.size(), () -> "frames: " + actual.stream().map(PythonPeer::text).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(bytes(expected.get(i)), actual.get(i), "frame " + i + ": " + PythonPeer.text(actual.get(i)));
        }
    }

    private static FlowSnapshot flow(RunSnapshot snapshot, String from, String to) {
        return snapshot.flow(from, to).orElseThrow(() -> new AssertionError("no flow " + from + "->" + to + " in " + snapshot));
    }

    @Test
    void anExternalReqGetsExactlyWorldFromAStudioRep() throws Exception {
        int port = PythonPeer.freePort();
        Topology topology = topology(List.of(node("client", SocketType.REQ, EXTERNAL),
                        node("server", SocketType.REP, new Behavior.Reply("World", 0)).withEndpoint(tcp(port))),
                link("client", "server"));
        RunHandle run = start(topology);
        try (PythonPeer peer = PythonPeer.start(python, """
                s = ctx.socket(zmq.REQ)
                s.setsockopt(zmq.RCVTIMEO, 10000)
                s.setsockopt(zmq.LINGER, 0)
                s.connect(sys.argv[1])
                for i in range(5):
                    s.send(b"Hello")
                    show(s.recv_multipart())
                """, tcp(port))) {
            List<List<byte[]>> replies = peer.finish(PEER_SECONDS);

            assertEquals(5, replies.size());
            replies.forEach(reply -> assertFrames(List.of("World"), reply));
            RunSnapshot snapshot = awaitSnapshot(run, WAIT, s -> s.node("server").orElseThrow().sent() == 5);
            assertEquals(5, snapshot.node("server").orElseThrow().received());
            assertEquals(NodeState.EXTERNAL, snapshot.node("client").orElseThrow().state(), "never opened by the studio");
            assertEquals(25, flow(snapshot, "client", "server").bytes(), "5 requests of 5 bytes, untraced, whole");
            assertNull(flow(snapshot, "client", "server").sent(), "the studio cannot know what the outside sent");
            FlowSnapshot replies5 = flow(snapshot, "server", "client");
            assertEquals(5, replies5.messages());
            assertEquals(0, replies5.inFlight(), "what went to the outside is never left in flight");
            assertTrue(Eventually.await(WAIT, () -> "0 peers connected (1 connection accepted in all)"
                    .equals(run.peersConnected().get("server"))), () -> "peers: " + run.peersConnected());
        } finally {
            run.stop();
        }
    }

    @Test
    void anExternalSubGetsExactlyThePublishersPayloadsWithTheirTopic() throws Exception {
        int port = PythonPeer.freePort();
        List<String> topics = List.of("alpha.", "beta.");
        Topology topology = topology(List.of(node("sub", SocketType.SUB, EXTERNAL),
                        node("pub", SocketType.PUB, new Behavior.Produce(0, 200, "tick {n}", 0, 1, topics))
                                .withEndpoint(tcp(port))),
                link("sub", "pub"));
        RunHandle run = start(topology);
        try (PythonPeer peer = PythonPeer.start(python, """
                s = ctx.socket(zmq.SUB)
                s.setsockopt(zmq.RCVTIMEO, 10000)
                s.setsockopt(zmq.LINGER, 0)
                s.setsockopt(zmq.SUBSCRIBE, b"")
                s.connect(sys.argv[1])
                for i in range(20):
                    show(s.recv_multipart())
                """, tcp(port))) {
            List<List<byte[]>> messages = peer.finish(PEER_SECONDS);

            assertEquals(20, messages.size());
            long previous = 0;
            for (List<byte[]> message : messages) {
                assertEquals(1, message.size());
                String text = PythonPeer.text(message.get(0));
                long n = Long.parseLong(text.substring(text.indexOf("tick ") + "tick ".length()));
                assertFrames(List.of(topics.get((int) ((n - 1) % 2)) + "tick " + n), message);
                assertTrue(n > previous, "in order");
                previous = n;
            }
        } finally {
            run.stop();
        }
    }

    @Test
    void anExternalPushFeedsAStudioPipelineWhoseSinkCountsEveryMessage() throws Exception {
        int port = PythonPeer.freePort();
        Topology topology = topology(List.of(node("feeder", SocketType.PUSH, EXTERNAL),
                        node("w-in", SocketType.PULL, new Behavior.Relay("w-out", 0)).withEndpoint(tcp(port)),
                        node("w-out", SocketType.PUSH),
                        node("sink", SocketType.PULL, Behavior.Consume.DEFAULT)),
                link("feeder", "w-in"), link("w-out", "sink"));
        RunHandle run = start(topology);
        try (PythonPeer peer = PythonPeer.start(python, """
                s = ctx.socket(zmq.PUSH)
                s.setsockopt(zmq.LINGER, 10000)
                s.connect(sys.argv[1])
                for i in range(1, 201):
                    s.send(b"job %d" % i)
                s.close()
                ctx.term()
                """, tcp(port))) {
            peer.finish(PEER_SECONDS);

            RunSnapshot snapshot = awaitSnapshot(run, WAIT, s -> s.node("sink").orElseThrow().received() == 200);
            assertEquals(200, snapshot.node("sink").orElseThrow().received());
            long bytes = 0;
            for (int i = 1; i <= 200; i++) {
                bytes += ("job " + i).length();
            }
            FlowSnapshot in = flow(snapshot, "feeder", "w-in");
            assertEquals(200, in.messages());
            assertEquals(bytes, in.bytes(), "the outside's messages are counted whole");
            assertTrue(in.latency().isEmpty(), "an untraced message has no latency to report");
            FlowSnapshot out = flow(snapshot, "w-out", "sink");
            assertEquals(200, out.messages());
            assertEquals(bytes, out.bytes(), "the trace added from the first studio node on is not payload");
            assertTrue(out.latency().count() > 0, "traced from the first studio node onward");
        } finally {
            run.stop();
        }
    }

    @Test
    void aStudioReqGetsAnswersFromAnExternalRepAndReportsTheirRoundTrip() throws Exception {
        int port = PythonPeer.freePort();
        try (PythonPeer peer = PythonPeer.start(python, """
                s = ctx.socket(zmq.REP)
                s.setsockopt(zmq.RCVTIMEO, 10000)
                s.setsockopt(zmq.LINGER, 1000)
                s.bind(sys.argv[1])
                for i in range(5):
                    show(s.recv_multipart())
                    s.send(b"World")
                """, tcp(port))) {
            Topology topology = topology(List.of(
                            node("client", SocketType.REQ, new Behavior.Request(5, 0, "Hello {n}", 5000, 3)),
                            node("server", SocketType.REP, EXTERNAL).withEndpoint(tcp(port))),
                    link("client", "server"));
            RunHandle run = start(topology);
            try {
                List<List<byte[]>> requests = peer.finish(PEER_SECONDS);

                assertEquals(5, requests.size());
                for (int i = 0; i < 5; i++) {
                    assertFrames(List.of("Hello " + (i + 1)), requests.get(i));
                }
                RunSnapshot snapshot = awaitSnapshot(run, WAIT, s -> s.node("client").orElseThrow().state() == NodeState.DONE);
                NodeSnapshot client = snapshot.node("client").orElseThrow();
                assertEquals(5, client.received());
                assertEquals(5, client.endToEnd().count(), "every round trip measured by the requester itself");
                assertTrue(client.endToEnd().p50Micros() > 0);
                assertEquals(5, flow(snapshot, "server", "client").messages());
                assertEquals(5 * "World".length(), flow(snapshot, "server", "client").bytes());
                assertEquals(0, snapshot.inFlight());
            } finally {
                run.stop();
            }
        }
    }

    @Test
    void aStudioRouterAnswersAnExternalDealerWithTheEnvelopeIntact() throws Exception {
        int port = PythonPeer.freePort();
        Topology topology = topology(List.of(node("client", SocketType.DEALER, EXTERNAL),
                        node("server", SocketType.ROUTER, new Behavior.Reply("World", 0)).withEndpoint(tcp(port))),
                link("client", "server"));
        // The peer comes first and keeps trying to connect until the studio binds.
        try (PythonPeer peer = PythonPeer.start(python, """
                s = ctx.socket(zmq.DEALER)
                s.setsockopt(zmq.RCVTIMEO, 10000)
                s.setsockopt(zmq.LINGER, 0)
                s.connect(sys.argv[1])
                s.send_multipart([b"", b"Hello"])
                show(s.recv_multipart())
                s.send_multipart([b"hop-1", b"", b"Hello"])
                show(s.recv_multipart())
                """, tcp(port))) {
            RunHandle run = start(topology);
            try {
                List<List<byte[]>> replies = peer.finish(PEER_SECONDS);

                assertEquals(2, replies.size());
                assertFrames(List.of("", "World"), replies.get(0));
                assertFrames(List.of("hop-1", "", "World"), replies.get(1));
            } finally {
                run.stop();
            }
        }
    }

    @Test
    void framesTheStudioDoesNotExpectAreCountedAndCrashNoNode() throws Exception {
        int routerPort = PythonPeer.freePort();
        int sinkPort = PythonPeer.freePort();
        Topology topology = topology(List.of(node("client", SocketType.DEALER, EXTERNAL),
                        node("server", SocketType.ROUTER, new Behavior.Reply("World", 0)).withEndpoint(tcp(routerPort)),
                        node("pusher", SocketType.PUSH, EXTERNAL),
                        node("sink", SocketType.PULL, Behavior.Consume.DEFAULT).withEndpoint(tcp(sinkPort))),
                link("client", "server"), link("pusher", "sink"));
        RunHandle run = start(topology);
        try (PythonPeer peer = PythonPeer.start(python, """
                big = b"x" * (10 * 1024 * 1024)
                # ends like a stamped trace of node 0: must still be taken as the outside's bytes
                lookalike = bytes(29) + b"\\xd1"
                d = ctx.socket(zmq.DEALER)
                d.setsockopt(zmq.RCVTIMEO, 10000)
                d.setsockopt(zmq.LINGER, 0)
                d.connect(sys.argv[1])
                for frames in ([b"Hello"], [b""], [big], [lookalike]):
                    d.send_multipart(frames)
                    show(d.recv_multipart())
                p = ctx.socket(zmq.PUSH)
                p.setsockopt(zmq.LINGER, 10000)
                p.connect(sys.argv[2])
                for frames in ([b""], [big], [b"a", b"", b"c"], [lookalike]):
                    p.send_multipart(frames)
                p.close()
                d.close()
                ctx.term()
                """, tcp(routerPort), tcp(sinkPort))) {
            List<List<byte[]>> replies = peer.finish(PEER_SECONDS);

            assertEquals(4, replies.size());
            replies.forEach(reply -> assertFrames(List.of("World"), reply));
            RunSnapshot snapshot = awaitSnapshot(run, WAIT, s -> s.node("sink").orElseThrow().received() == 4);
            NodeSnapshot sink = snapshot.node("sink").orElseThrow();
            NodeSnapshot server = snapshot.node("server").orElseThrow();
            assertEquals(4, sink.received(), snapshot::toString);
            assertEquals(4, server.received());
            assertEquals(4, flow(snapshot, "pusher", "sink").messages());
            assertEquals(10 * 1024 * 1024 + 2 + 30, flow(snapshot, "pusher", "sink").bytes());
            for (NodeSnapshot node : List.of(sink, server)) {
                assertNotEquals(NodeState.FAILED, node.state(), node.nodeId());
                assertEquals(0, node.errors(), node.nodeId());
            }
            assertEquals(Optional.empty(), run.failure());
        } finally {
            run.stop();
        }
    }
}
