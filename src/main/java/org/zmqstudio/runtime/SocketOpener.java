package org.zmqstudio.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;

/** Creates, binds, connects and closes node sockets. Called only on the thread that owns the socket. */
final class SocketOpener {

    /**
     * Longest a unit waits for its tcp connections to finish their handshake before the gate, ms; less
     * when the run's start deadline comes first. On a loaded machine with hundreds of connections a
     * handshake can take seconds.
     */
    static final long HANDSHAKE_WAIT_MILLIS = 8000;
    /**
     * A connection whose handshake is not done by then is dropped and made again, ms (ZeroMQ's default
     * is 30 s). JeroMQ reconnects by itself when a peer restarts, and a fresh connection may get stuck
     * before its handshake ({@link HandshakeWait}); the link is then silent until this runs out.
     */
    static final int HANDSHAKE_IVL_MILLIS = 3000;

    private static final int MIN_BACKLOG = 100;

    private final RunContext run;

    SocketOpener(RunContext run) {
        this.run = run;
    }

    /** A new socket for the node with its options, short timeouts, and ROUTER_MANDATORY on a ROUTER. */
    ZMQ.Socket create(int node) {
        Node n = run.plan.node(node);
        ZMQ.Socket socket = run.zmq.createSocket(org.zeromq.SocketType.valueOf(n.socket().name()));
        SocketOptions o = n.options();
        socket.setLinger(o.linger() == null ? 0 : o.linger());
        socket.setSndHWM(o.effectiveSndhwm());
        socket.setRcvHWM(o.effectiveRcvhwm());
        if (o.identity() != null) {
            socket.setIdentity(o.identity().getBytes(StandardCharsets.UTF_8));
        }
        if (o.maxMsgSize() != null) {
            socket.setMaxMsgSize(o.maxMsgSize());
        }
        socket.setReceiveTimeOut(run.plan.behavior(node) instanceof Behavior.Request ? RunContext.POLL_MILLIS : RunContext.RECEIVE_MILLIS);
        socket.setSendTimeOut(RunContext.POLL_MILLIS);
        socket.setHandshakeIvl(HANDSHAKE_IVL_MILLIS);
        // Room in the listen queue for every peer that connects at the start: past JeroMQ's default
        // of 100 the kernel drops the others' first attempts, and they come back a second later.
        socket.setBacklog(Math.max(MIN_BACKLOG, run.plan.startingPeers(node)));
        if (n.socket() == SocketType.ROUTER) {
            socket.setRouterMandatory(true);
        }
        if (usesIpv6(run.plan.bindEndpoint(node)) || run.plan.connections(node).stream()
                .anyMatch(c -> usesIpv6(run.plan.bindEndpoint(c.bindNode())))) {
            socket.setIPv6(true);
        }
        if (n.socket() == SocketType.SUB) {
            for (String prefix : subscriptions(node)) {
                socket.subscribe(prefix.getBytes(StandardCharsets.UTF_8));
            }
        }
        return socket;
    }

    /**
     * Binds the node's endpoint, if it has one, and publishes the address actually bound.
     *
     * @return {@code null}, or why the bind failed in one sentence naming node and endpoint
     */
    String bind(ZMQ.Socket socket, int node) {
        String endpoint = run.boundEndpoints.get(node);
        if (endpoint == null) {
            endpoint = run.plan.bindEndpoint(node);
        }
        if (endpoint == null) {
            return null;
        }
        try {
            socket.bind(endpoint);
        } catch (ZMQException e) {
            return "node " + run.plan.node(node).id() + " cannot bind " + endpoint + ": " + reason(e);
        }
        String actual = endpoint.startsWith("tcp://") ? socket.getLastEndpoint() : endpoint;
        run.boundEndpoints.set(node, actual);
        return null;
    }

    /**
     * What {@link #connect} did.
     *
     * @param later         the links left unconnected, to retry once their binder is there
     * @param notHandshaken the ids of the links connected whose handshake had not come when the wait ended
     */
    record Connected(List<RunPlan.Connection> later, List<String> notHandshaken) {
    }

    /**
     * Connects every link of the node whose binder has bound; on tcp or ipc waits, bounded by
     * {@link #HANDSHAKE_WAIT_MILLIS} and the run's start deadline, until the handshakes are done
     * (not for external binders: their process may not be there yet, and need not be). A
     * link to a node that starts late is left for {@link #connectLate}: JeroMQ would not carry
     * subscriptions over an inproc connection made before the bind.
     *
     * @param events the socket's monitor when it has one already (it binds too), or {@code null}
     */
    Connected connect(ZMQ.Socket socket, int node, boolean waitForHandshakes, SocketEvents events) {
        List<String> endpoints = new ArrayList<>();
        List<String> linkIds = new ArrayList<>();
        List<RunPlan.Connection> later = new ArrayList<>();
        for (RunPlan.Connection c : run.plan.connections(node)) {
            String endpoint = run.boundEndpoints.get(c.bindNode());
            if (run.plan.isExternal(c.bindNode())) {
                // A process outside binds there whenever it likes: ZeroMQ connects once it is up.
                socket.connect(run.plan.bindEndpoint(c.bindNode()));
            } else if (endpoint == null && run.plan.node(c.bindNode()).startAfterMillis() > 0) {
                later.add(c);
            } else {
                endpoints.add(endpoint != null ? endpoint : run.plan.bindEndpoint(c.bindNode()));
                linkIds.add(c.linkId());
            }
        }
        long remote = endpoints.stream().filter(e -> !e.startsWith("inproc://")).count();
        List<String> notHandshaken = new ArrayList<>();
        if (!waitForHandshakes || remote == 0) {
            endpoints.forEach(socket::connect);
        } else {
            long untilDeadline = (run.startDeadlineNanos - System.nanoTime()) / 1_000_000;
            HandshakeWait wait = new HandshakeWait(run.zmq, run::stopping, socket, events);
            wait.connectAndWait(endpoints, Math.max(0, Math.min(HANDSHAKE_WAIT_MILLIS, untilDeadline)));
            for (String stuck : wait.notHandshaken()) {
                notHandshaken.add(linkIds.get(endpoints.indexOf(stuck)));
            }
        }
        sendXsubSubscriptions(socket, node);
        return new Connected(later, notHandshaken);
    }


    /** Connects those of the links left by {@link #connect} whose binder has bound by now; removes them from the list. */
    void connectLate(ZMQ.Socket socket, List<RunPlan.Connection> later) {
        later.removeIf(c -> {
            String endpoint = run.boundEndpoints.get(c.bindNode());
            if (endpoint != null) {
                socket.connect(endpoint);
            }
            return endpoint != null;
        });
    }

    /** Closes the socket at once, dropping what it still holds. */
    void close(ZMQ.Socket socket) {
        if (socket != null) {
            socket.setLinger(0);
            run.zmq.destroySocket(socket);
        }
    }

    private void sendXsubSubscriptions(ZMQ.Socket socket, int node) {
        if (run.plan.node(node).socket() != SocketType.XSUB || !(run.plan.behavior(node) instanceof Behavior.Consume)) {
            return;
        }
        for (String prefix : subscriptions(node)) {
            byte[] topic = prefix.getBytes(StandardCharsets.UTF_8);
            byte[] frame = new byte[topic.length + 1];
            frame[0] = 1;
            System.arraycopy(topic, 0, frame, 1, topic.length);
            socket.send(frame, 0);
        }
    }

    /** What a SUB or consuming XSUB subscribes to: its consume prefixes, else everything. */
    private List<String> subscriptions(int node) {
        return run.plan.behavior(node) instanceof Behavior.Consume c ? c.subscribe() : List.of("");
    }

    private static boolean usesIpv6(String endpoint) {
        return endpoint != null && endpoint.startsWith("tcp://[");
    }

    /** What went wrong, in a few plain words. */
    static String reason(ZMQException e) {
        int code = e.getErrorCode();
        if (code == ZMQ.Error.EADDRINUSE.getCode()) {
            return "the address is already in use";
        }
        if (code == ZMQ.Error.EADDRNOTAVAIL.getCode()) {
            return "the address is not available on this machine";
        }
        for (ZMQ.Error error : ZMQ.Error.values()) {
            if (error.getCode() == code) {
                return error.getMessage();
            }
        }
        return "socket error " + code;
    }
}
