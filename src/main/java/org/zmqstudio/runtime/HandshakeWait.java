package org.zmqstudio.runtime;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.ZMQ;

/**
 * Connects a socket and waits, bounded, until its tcp handshakes are done, watching the socket's
 * monitor events on a PAIR socket of the same thread.
 */
final class HandshakeWait {

    private static final AtomicLong MONITORS = new AtomicLong();

    private final RunContext run;
    private final ZMQ.Socket socket;

    HandshakeWait(RunContext run, ZMQ.Socket socket) {
        this.run = run;
        this.socket = socket;
    }

    void connectAndWait(List<String> endpoints, int expected, long maxMillis) {
        String address = "inproc://zmqstudio-monitor-" + MONITORS.incrementAndGet();
        socket.monitor(address, ZMQ.EVENT_HANDSHAKE_PROTOCOL);
        ZMQ.Socket events = run.zmq.createSocket(org.zeromq.SocketType.PAIR);
        try {
            events.setReceiveTimeOut(RunContext.POLL_MILLIS);
            events.connect(address);
            endpoints.forEach(socket::connect);
            long deadline = System.nanoTime() + maxMillis * 1_000_000;
            int done = 0;
            while (done < expected && System.nanoTime() - deadline < 0 && !run.stopping()) {
                if (ZMQ.Event.recv(events) != null) {
                    done++;
                }
            }
        } finally {
            socket.monitor(null, 0);
            events.setLinger(0);
            run.zmq.destroySocket(events);
        }
    }
}
