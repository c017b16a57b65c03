package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.*;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.Eventually;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

@Timeout(30)
class LifecycleTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** A port that was free a moment ago. */
    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            return probe.getLocalPort();
        }
    }

    @Test
    void stopReturnsWithinASecondWithFullQueuesAndDeadPeers() {
        Topology t = topology(List.of(
                        node("push", SocketType.PUSH, produce(0, 0)).withEndpoint("tcp://127.0.0.1:*")
                                .withOptions(SocketOptions.NONE.withSndhwm(5).withLinger(5000)),
                        node("slow", SocketType.PULL, new Behavior.Consume(List.of(""), 400)),
                        node("gone", SocketType.PULL, consume()),
                        node("client", SocketType.REQ, new Behavior.Request(0, 0, "?", 60_000, 3)),
                        node("server", SocketType.REP, new Behavior.Reply("!", 800)).withEndpoint("inproc://srv-" + System.nanoTime())),
                link("slow", "push"), link("gone", "push"), link("client", "server"));
        RunHandle run = start(t);
        run.kill("gone");
        awaitSnapshot(run, Duration.ofSeconds(3), s -> node(s, "push").state() == NodeState.BLOCKED);
        long began = System.nanoTime();
        run.stop();
        long tookMillis = (System.nanoTime() - began) / 1_000_000;
        assertTrue(tookMillis < 1000, "stop took " + tookMillis + " ms");
        assertEquals(RunPhase.STOPPED, run.phase());
        run.stop();
        assertTrue(node(run.snapshot(), "push").sent() > 0, "the numbers outlive the run");
    }

    @Test
    void aPortInUseFailsTheRunNamingNodeAndEndpointWithEverySocketClosed() throws IOException {
        int other1 = freePort();
        int other2 = freePort();
        try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
            String endpoint = "tcp://127.0.0.1:" + taken.getLocalPort();
            Topology t = topology(List.of(
                            node("client", SocketType.REQ, Behavior.Request.DEFAULT).withEndpoint("tcp://127.0.0.1:" + other1),
                            node("frontend", SocketType.ROUTER, new Behavior.Proxy("backend")).withEndpoint(endpoint),
                            node("backend", SocketType.DEALER).withEndpoint("tcp://127.0.0.1:" + other2),
                            node("worker", SocketType.REP, Behavior.Reply.DEFAULT),
                            node("peer", SocketType.ROUTER, consume())),
                    link("client", "frontend"), link("worker", "backend"), link("peer", "client"));
            RunHandle run = start(t);
            assertEquals(RunPhase.FAILED, run.phase());
            assertEquals("node frontend cannot bind " + endpoint + ": the address is already in use", run.failure().orElseThrow());
            assertEquals(NodeState.FAILED, node(run.snapshot(), "frontend").state());
            for (int port : new int[] {other1, other2}) {
                try (ServerSocket again = new ServerSocket(port, 1, LOOPBACK)) {
                    assertEquals(port, again.getLocalPort(), "the other sockets were closed");
                }
            }
            run.stop();
            assertEquals(RunPhase.FAILED, run.phase());
        }
    }

    @Test
    void fiftyStartsAndStopsLeaveNoThreadBehind() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Topology t = topology(List.of(
                        node("push", SocketType.PUSH, produce(0, 0)).withEndpoint("tcp://127.0.0.1:*"),
                        node("pull", SocketType.PULL, consume()),
                        node("pub", SocketType.PUB, produce(0, 1000)).withEndpoint("inproc://c-" + System.nanoTime()),
                        node("sub", SocketType.SUB, consume())),
                link("pull", "push"), link("sub", "pub"));
        for (int i = 0; i < 50; i++) {
            start(t).stop();
        }
        Set<String> left = Eventually.await(Duration.ofSeconds(5), () -> Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.isAlive() && !before.contains(th))
                .map(Thread::getName)
                .filter(name -> name.startsWith("zmqstudio") || name.startsWith("reaper") || name.startsWith("iothread"))
                .collect(Collectors.toSet()), Set::isEmpty);
        assertEquals(Set.of(), left);
    }

    @Test
    void aTopologyWithErrorsIsRefusedBeforeAnythingStarts() {
        Topology t = topology(List.of(
                        node("a", SocketType.PULL, consume()).withEndpoint("tcp://127.0.0.1:*"),
                        node("b", SocketType.PULL, consume())),
                link("b", "a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> start(t));
        assertTrue(e.getMessage().contains("E_PAIR_TYPES"), e.getMessage());
    }

    @Test
    void networkEndpointsNeedTheUsersPermission() {
        Topology t = topology(List.of(
                        node("push", SocketType.PUSH, produce(3, 0)).withEndpoint("tcp://0.0.0.0:*"),
                        node("pull", SocketType.PULL, consume())),
                link("pull", "push"));
        assertThrows(IllegalArgumentException.class, () -> start(t));
    }

    @Test
    void ipcEndpointsWork() {
        Topology t = withFreePorts(topology(List.of(
                        node("push", SocketType.PUSH, produce(100, 0)).withEndpoint("ipc://engine-test"),
                        node("pull", SocketType.PULL, consume())),
                link("pull", "push")));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(100, node(s, "pull").received());
        }
    }

    /**
     * A peer that connects and never finishes its handshake is dropped after a few seconds, not
     * ZeroMQ's default 30: a connection JeroMQ left stuck after a reconnect is made again as soon.
     */
    @Test
    void aConnectionThatNeverHandshakesIsDroppedWithinTheHandshakeInterval() throws IOException {
        int port = freePort();
        Topology t = topology(List.of(
                        node("pull", SocketType.PULL, consume()).withEndpoint("tcp://127.0.0.1:" + port),
                        node("push", SocketType.PUSH, produce(0, 10))),
                link("push", "pull"));
        try (RunHandle run = start(t); Socket silent = new Socket(LOOPBACK, port)) {
            silent.setSoTimeout(SocketOpener.HANDSHAKE_IVL_MILLIS * 3);
            long start = System.nanoTime();
            InputStream in = silent.getInputStream();
            while (in.read() >= 0) {
                // the engine's greeting, then nothing until it gives up on us
            }
            long droppedAfterMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(droppedAfterMillis < SocketOpener.HANDSHAKE_IVL_MILLIS + 1000,
                    "dropped after " + droppedAfterMillis + " ms");
            assertEquals(0, node(run.snapshot(), "pull").errors());
        }
    }
}
