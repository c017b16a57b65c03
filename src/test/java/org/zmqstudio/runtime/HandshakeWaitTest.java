package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqstudio.Eventually;

@Timeout(20)
class HandshakeWaitTest {

    /** Long enough for a stuck connection to be made afresh twice: at 1 and at 3 retry delays. */
    private static final long BOUND_MILLIS = 4 * HandshakeWait.FIRST_RETRY_MILLIS;

    @Test
    void everyTcpHandshakeIsAwaitedAndCounted() {
        try (ZContext zmq = new ZContext()) {
            List<String> endpoints = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ZMQ.Socket pull = zmq.createSocket(SocketType.PULL);
                pull.bind("tcp://127.0.0.1:*");
                endpoints.add(pull.getLastEndpoint());
            }
            zmq.createSocket(SocketType.PULL).bind("inproc://handshake-wait-test");
            endpoints.add("inproc://handshake-wait-test");
            ZMQ.Socket push = zmq.createSocket(SocketType.PUSH);
            assertEquals(2, new HandshakeWait(zmq, () -> false, push).connectAndWait(endpoints, 5000));
        }
    }

    /**
     * A peer that accepts the connection and never answers the greeting stands for JeroMQ's stuck
     * handshake: the endpoint is connected again, and the wait gives up at its bound. Nothing else
     * can end it here (it is never asked to stop, the handshake never comes), so returning, with no
     * handshake done and not before the bound, is ending at the bound; a wait for JeroMQ's own
     * handshake interval (30 s) would outlast the class's timeout.
     */
    @Test
    void aConnectionWhoseHandshakeNeverComesIsMadeAfreshUntilTheWaitGivesUpAtItsBound() throws Exception {
        try (SilentPeer silent = new SilentPeer(); ZContext zmq = new ZContext()) {
            ZMQ.Socket push = zmq.createSocket(SocketType.PUSH);
            push.setLinger(0);
            long start = System.nanoTime();
            int done = new HandshakeWait(zmq, () -> false, push).connectAndWait(List.of(silent.endpoint()), BOUND_MILLIS);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, done, "no handshake came");
            assertTrue(tookMillis >= BOUND_MILLIS, "gave up before its bound, after " + tookMillis + " ms");
            assertTrue(Eventually.await(Duration.ofSeconds(5), () -> silent.accepted() >= 3),
                    "connected at 0, 1 and 3 retry delays: " + silent.accepted() + " connections");
        }
    }

    /** A peer handshaking with the socket's own bind is no handshake of the endpoint it waits for. */
    @Test
    void aPeerConnectingToTheSocketsOwnBindDoesNotCountForTheEndpoint() throws Exception {
        try (SilentPeer silent = new SilentPeer(); ZContext zmq = new ZContext()) {
            ZMQ.Socket pull = zmq.createSocket(SocketType.PULL);
            pull.setLinger(0);
            pull.bind("tcp://127.0.0.1:*");
            String ownBind = pull.getLastEndpoint();
            Thread peer = new Thread(() -> {
                ZMQ.Socket push = zmq.createSocket(SocketType.PUSH);
                push.setLinger(0);
                push.connect(ownBind);
            }, "peer-of-the-bind");
            peer.start();
            int done = new HandshakeWait(zmq, () -> false, pull).connectAndWait(List.of(silent.endpoint()), BOUND_MILLIS);
            peer.join();
            assertEquals(0, done);
            assertTrue(Eventually.await(Duration.ofSeconds(5), () -> silent.accepted() >= 3),
                    "the silent endpoint was retried: " + silent.accepted() + " connections");
        }
    }

    @Test
    void endpointsAreNamedAsJeroMqNamesThemInItsEvents() {
        assertEquals("tcp://127.0.0.1:5555", HandshakeWait.eventAddress("tcp://localhost:5555"));
        assertEquals("tcp://127.0.0.1:5555", HandshakeWait.eventAddress("tcp://127.0.0.1:5555"));
        assertEquals("tcp://[0:0:0:0:0:0:0:1]:5555", HandshakeWait.eventAddress("tcp://[::1]:5555"));
        assertEquals("ipc://studio", HandshakeWait.eventAddress("ipc://studio"));
    }

    /** A tcp server on loopback that accepts connections and never says a word: a handshake that never comes. */
    private static final class SilentPeer implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final AtomicInteger accepted = new AtomicInteger();

        SilentPeer() throws IOException {
            Thread acceptor = new Thread(this::acceptQuietly, "silent-peer");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String endpoint() {
            return "tcp://127.0.0.1:" + server.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        /** Accepts and holds connections until the server socket closes. */
        private void acceptQuietly() {
            List<Socket> held = new ArrayList<>();
            try {
                while (true) {
                    held.add(server.accept());
                    accepted.incrementAndGet();
                }
            } catch (IOException closed) {
                held.forEach(s -> {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // closing a connection nobody reads any more
                    }
                });
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
