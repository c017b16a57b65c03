package org.zmqstudio.runtime;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqstudio.model.Endpoint;

/**
 * Connects a socket and waits, bounded, until its tcp and ipc handshakes are done, watching the
 * socket's monitor events on a PAIR socket of the same thread. Each handshake event is matched to
 * its endpoint by address; events of peers that connected to the socket's own bind match none.
 * <p>
 * A connection whose handshake has not come after {@link #FIRST_RETRY_MILLIS} is made afresh, and
 * again after twice as long, and so on. JeroMQ 0.6.0 now and then leaves a new tcp connection
 * without its handshake (a race in its I/O thread's poller, jeromq pull request 1022: about 1 in 20
 * connections on a busy machine) until the handshake interval runs out, and the link would be
 * silent until then.
 */
final class HandshakeWait {

    /** A handshake over loopback takes a few ms; one not done by then is taken to be stuck, ms. */
    private static final long FIRST_RETRY_MILLIS = 250;
    /** How long one wait for a monitor event blocks, ms: the retries are timed to this. */
    private static final int EVENT_WAIT_MILLIS = 10;
    private static final AtomicLong MONITORS = new AtomicLong();

    private final ZContext zmq;
    private final BooleanSupplier stopping;
    private final ZMQ.Socket socket;

    /**
     * @param zmq      the context of {@code socket}, for the monitor's PAIR socket
     * @param stopping ends the wait early when it turns true
     */
    HandshakeWait(ZContext zmq, BooleanSupplier stopping, ZMQ.Socket socket) {
        this.zmq = zmq;
        this.stopping = stopping;
        this.socket = socket;
    }

    /**
     * Connects every endpoint; waits for the handshake of each one that is not inproc, until all are
     * done or {@code maxMillis} have passed.
     *
     * @return how many of those handshakes were done
     */
    int connectAndWait(List<String> endpoints, long maxMillis) {
        String address = "inproc://zmqstudio-monitor-" + MONITORS.incrementAndGet();
        socket.monitor(address, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
        ZMQ.Socket events = zmq.createSocket(org.zeromq.SocketType.PAIR);
        try {
            events.setReceiveTimeOut(EVENT_WAIT_MILLIS);
            events.connect(address);
            List<Pending> pending = new ArrayList<>();
            for (String endpoint : endpoints) {
                socket.connect(endpoint);
                if (!endpoint.startsWith("inproc://")) {
                    pending.add(new Pending(endpoint));
                }
            }
            int remote = pending.size();
            long deadline = System.nanoTime() + maxMillis * 1_000_000;
            while (!pending.isEmpty() && System.nanoTime() - deadline < 0 && !stopping.getAsBoolean()) {
                ZMQ.Event event = ZMQ.Event.recv(events);
                if (event != null) {
                    pending.removeIf(p -> p.eventAddress.equals(event.getAddress()));
                }
                pending.forEach(Pending::retryIfStuck);
            }
            return remote - pending.size();
        } finally {
            socket.monitor(null, 0);
            events.setLinger(0);
            zmq.destroySocket(events);
        }
    }

    /** An endpoint connected and not yet handshaken. */
    private final class Pending {

        final String endpoint;
        /** The endpoint as JeroMQ names it in its events: tcp hosts resolved to their address. */
        final String eventAddress;
        private long retryNanos = FIRST_RETRY_MILLIS * 1_000_000;
        private long retryAt = System.nanoTime() + retryNanos;

        Pending(String endpoint) {
            this.endpoint = endpoint;
            this.eventAddress = eventAddress(endpoint);
        }

        void retryIfStuck() {
            if (System.nanoTime() - retryAt >= 0) {
                socket.disconnect(endpoint);
                socket.connect(endpoint);
                retryNanos *= 2;
                retryAt = System.nanoTime() + retryNanos;
            }
        }
    }

    /**
     * How JeroMQ names a connected endpoint in its monitor events: {@code tcp://} with the host
     * resolved to its address ({@code [...]} for IPv6), anything else as it was given.
     */
    static String eventAddress(String endpoint) {
        if (!endpoint.startsWith("tcp://")) {
            return endpoint;
        }
        try {
            Endpoint parsed = Endpoint.parse(endpoint);
            InetAddress resolved = InetAddress.getByName(parsed.host());
            String ip = resolved instanceof Inet6Address ? "[" + resolved.getHostAddress() + "]" : resolved.getHostAddress();
            return "tcp://" + ip + ":" + parsed.port();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return endpoint;
        }
    }
}
