package org.zmqstudio.runtime;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Connects a socket and waits, bounded, until its tcp and ipc handshakes are done, watching the
 * socket's monitor events on a PAIR socket of the same thread. Endpoints are connected one at a
 * time, so that each handshake is known to be that endpoint's.
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
    /** How long one wait for a monitor event blocks, ms: the retry is timed to this. */
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
     * done or {@code maxMillis} (for them all together) have passed.
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
            long deadline = System.nanoTime() + maxMillis * 1_000_000;
            int done = 0;
            for (String endpoint : endpoints) {
                socket.connect(endpoint);
                if (!endpoint.startsWith("inproc://") && awaitHandshake(endpoint, events, deadline)) {
                    done++;
                }
            }
            return done;
        } finally {
            socket.monitor(null, 0);
            events.setLinger(0);
            zmq.destroySocket(events);
        }
    }

    /** Waits for the handshake of the endpoint just connected, connecting it afresh when it seems stuck. */
    private boolean awaitHandshake(String endpoint, ZMQ.Socket events, long deadline) {
        long retryNanos = FIRST_RETRY_MILLIS * 1_000_000;
        long retryAt = System.nanoTime() + retryNanos;
        while (System.nanoTime() - deadline < 0 && !stopping.getAsBoolean()) {
            if (ZMQ.Event.recv(events) != null) {
                return true;
            }
            if (System.nanoTime() - retryAt >= 0) {
                socket.disconnect(endpoint);
                socket.connect(endpoint);
                retryNanos *= 2;
                retryAt = System.nanoTime() + retryNanos;
            }
        }
        return false;
    }
}
