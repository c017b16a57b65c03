package org.zmqstudio.runtime;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqstudio.model.Endpoint;

/**
 * Connects a socket and waits, bounded, until its tcp and ipc handshakes are done, watching the
 * socket's monitor events ({@link SocketEvents}). Each handshake event is matched to its endpoint by
 * address; events of peers that connected to the socket's own bind match none.
 * <p>
 * A connection whose handshake has not come after {@link #FIRST_RETRY_MILLIS} is made afresh, and
 * again after twice as long, and so on. JeroMQ 0.6.0 now and then leaves a new tcp connection
 * without its handshake (a race in its I/O thread's poller, jeromq pull request 1022: about 1 in 20
 * connections on a busy machine) until the handshake interval runs out, and the link would be
 * silent until then.
 */
final class HandshakeWait {

    /**
     * A handshake over loopback takes a few ms, and hundreds on a loaded machine; one not done by then
     * is taken to be stuck, ms.
     */
    static final long FIRST_RETRY_MILLIS = 500;
    /** How long one wait for a monitor event blocks, ms: the retries are timed to this. */
    private static final int EVENT_WAIT_MILLIS = 10;

    private final ZContext zmq;
    private final BooleanSupplier stopping;
    private final ZMQ.Socket socket;
    private final SocketEvents sharedEvents;
    private final List<String> notHandshaken = new ArrayList<>();

    /**
     * @param zmq      the context of {@code socket}, for the monitor's PAIR socket
     * @param stopping ends the wait early when it turns true
     */
    HandshakeWait(ZContext zmq, BooleanSupplier stopping, ZMQ.Socket socket) {
        this(zmq, stopping, socket, null);
    }

    /**
     * @param events the socket's monitor when it already has one (it binds too), or {@code null}: the
     *               wait then watches the socket itself for its duration
     */
    HandshakeWait(ZContext zmq, BooleanSupplier stopping, ZMQ.Socket socket, SocketEvents events) {
        this.zmq = zmq;
        this.stopping = stopping;
        this.socket = socket;
        this.sharedEvents = events;
    }

    /**
     * Connects every endpoint; waits for the handshake of each one that is not inproc, until all are
     * done or {@code maxMillis} have passed.
     *
     * @return how many of those handshakes were done
     */
    int connectAndWait(List<String> endpoints, long maxMillis) {
        notHandshaken.clear();
        SocketEvents events = sharedEvents != null ? sharedEvents : new SocketEvents(zmq, socket);
        try {
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
                events.read(EVENT_WAIT_MILLIS);
                pending.removeIf(p -> events.handshaken(p.eventAddress));
                pending.forEach(p -> p.retryIfStuck(events));
            }
            pending.forEach(p -> notHandshaken.add(p.endpoint));
            return remote - pending.size();
        } finally {
            if (events != sharedEvents) {
                events.close();
            }
        }
    }

    /** The endpoints whose handshake had not come when the last {@link #connectAndWait} returned. */
    List<String> notHandshaken() {
        return List.copyOf(notHandshaken);
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

        void retryIfStuck(SocketEvents events) {
            if (System.nanoTime() - retryAt >= 0) {
                events.forget(eventAddress);
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
