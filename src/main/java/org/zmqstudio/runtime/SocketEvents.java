package org.zmqstudio.runtime;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The monitor events of one socket while a run starts (and, for a socket an external node connects
 * to, for the whole run: {@link PeerCounts}), read on a PAIR socket by the socket's own
 * thread: which connected endpoints have finished their handshake, and how many connections peers
 * made to the socket's bind are up (accepted, not yet disconnected). One monitor per socket serves
 * both, since JeroMQ keeps only the last one set. Events name the endpoint: the bound one for
 * connections peers made, the connected one for the socket's own.
 */
final class SocketEvents implements AutoCloseable {

    private static final AtomicLong MONITORS = new AtomicLong();
    private static final int EVENTS = ZMQ.EVENT_HANDSHAKE_PROTOCOL | ZMQ.EVENT_ACCEPTED | ZMQ.EVENT_DISCONNECTED;

    private final ZContext zmq;
    private final ZMQ.Socket socket;
    private final ZMQ.Socket events;
    private final Set<String> handshaken = new HashSet<>();
    private int accepted;
    private int disconnected;

    /** Starts watching {@code socket}, before it binds or connects, so that no event is missed. */
    SocketEvents(ZContext zmq, ZMQ.Socket socket) {
        this.zmq = zmq;
        this.socket = socket;
        String address = "inproc://zmqstudio-monitor-" + MONITORS.incrementAndGet();
        socket.monitor(address, EVENTS);
        events = zmq.createSocket(org.zeromq.SocketType.PAIR);
        events.connect(address);
    }

    /** Takes the events that have come, waiting up to {@code waitMillis} for the first. */
    void read(int waitMillis) {
        events.setReceiveTimeOut(waitMillis);
        ZMQ.Event event = ZMQ.Event.recv(events);
        while (event != null) {
            switch (event.getEvent()) {
                case ZMQ.EVENT_HANDSHAKE_PROTOCOL -> handshaken.add(event.getAddress());
                case ZMQ.EVENT_ACCEPTED -> accepted++;
                case ZMQ.EVENT_DISCONNECTED -> disconnected++;
                default -> { }
            }
            event = ZMQ.Event.recv(events, ZMQ.DONTWAIT);
        }
    }

    /** Whether a handshake on {@code eventAddress} (as {@link HandshakeWait#eventAddress} names it) has come. */
    boolean handshaken(String eventAddress) {
        return handshaken.contains(eventAddress);
    }

    /** Forgets the handshakes seen on {@code eventAddress}: the socket connects there afresh. */
    void forget(String eventAddress) {
        handshaken.remove(eventAddress);
    }

    /**
     * Connections that peers made to this socket's bind and that are up: accepted and not yet
     * disconnected (a peer that gave up on a stuck connection and made a new one leaves one).
     */
    int inboundConnections() {
        return accepted - disconnected;
    }

    /** Connections that peers made to this socket's bind since it was watched, up or not. */
    int acceptedConnections() {
        return accepted;
    }

    /** Stops the monitor and closes the PAIR socket. */
    @Override
    public void close() {
        socket.monitor(null, 0);
        events.setLinger(0);
        zmq.destroySocket(events);
    }
}
