package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zmqstudio.metrics.EventRing;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;

/**
 * The one thread of a unit (a node, plus the node its relay or proxy drives): creates, binds and
 * connects their sockets in the start order, runs the behaviour, follows the user's controls (pause,
 * kill, restart) and closes the sockets when the run stops. No other thread touches these sockets.
 */
final class UnitThread implements Runnable, UnitSockets {

    /**
     * A node that binds late gives its peers this long to connect (and subscribe) before it starts,
     * as the start gate does for everyone else, ms.
     */
    private static final long LATE_BINDER_SETTLE_MILLIS = 100;

    private final RunContext run;
    private final RunPlan.Unit unit;
    private final int[] nodes;
    private final ZMQ.Socket[] sockets;
    /** Per node, its socket's monitor while the run starts, when it binds over tcp or ipc; else {@code null}. */
    private final SocketEvents[] startEvents;
    private final SocketOpener opener;
    private final EventRing events;
    private final long startAfterMillis;
    /** Per node, links to late binders not connected yet. */
    private final List<List<RunPlan.Connection>> lateLinks = new ArrayList<>();
    private NodeLoop loop;
    private boolean open;
    private boolean wasPaused;
    private boolean hasLateLinks;
    private boolean reportedBound;
    private boolean reportedReady;
    private boolean reportedSettled;

    UnitThread(RunContext run, RunPlan.Unit unit) {
        this.run = run;
        this.unit = unit;
        this.nodes = unit.driven() < 0 ? new int[] {unit.primary()} : new int[] {unit.primary(), unit.driven()};
        this.sockets = new ZMQ.Socket[run.plan.size()];
        this.startEvents = new SocketEvents[run.plan.size()];
        this.opener = new SocketOpener(run);
        this.events = run.metrics.newEventRing();
        this.startAfterMillis = run.plan.node(unit.primary()).startAfterMillis();
        for (int i = 0; i < nodes.length; i++) {
            lateLinks.add(new ArrayList<>());
        }
    }

    @Override
    public void run() {
        try {
            if (startUp()) {
                loop = createLoop();
                runLoop();
            }
        } catch (RuntimeException e) {
            String why = e instanceof ZMQException z ? SocketOpener.reason(z) : String.valueOf(e.getMessage());
            String sentence = "node " + run.plan.node(unit.primary()).id() + " failed: " + why;
            // After the stop, the context may close under a thread the machine's load kept from its
            // socket for the whole of the stop's join (a ClosedChannelException, ETERM): the run ends,
            // the node did not fail.
            if (!run.stopping()) {
                for (int node : nodes) {
                    run.metrics.node(node).state(NodeState.FAILED);
                    run.metrics.node(node).error(sentence);
                }
            }
            if (!reportedBound) {
                run.start.bound(sentence);
            }
            if (!reportedReady) {
                run.start.ready(List.of());
            }
            if (!reportedSettled) {
                run.start.settled();
            }
        } finally {
            if (loop != null) {
                loop.close();
            }
            closeAll();
        }
    }

    /** Binds, connects and passes the start gate; false when the run stopped or failed meanwhile. */
    private boolean startUp() {
        boolean delayed = startAfterMillis > 0;
        String failure = delayed ? null : openAndBind(true);
        reportedBound = true;
        run.start.bound(failure);
        if (failure != null || !run.start.awaitConnectPhase()) {
            return false;
        }
        List<String> notHandshaken = delayed ? List.of() : connectAll(true);
        reportedReady = true;
        run.start.ready(notHandshaken);
        boolean settling = run.start.awaitSettlePhase();
        if (settling) {
            settleBinds();
        }
        closeStartEvents(false);
        reportedSettled = true;
        run.start.settled();
        if (!settling) {
            return false;
        }
        if (delayed) {
            if (!run.start.awaitGate()) {
                return false;
            }
            Work.spend(startAfterMillis, run);
            if (run.stopping() || !reopenAll(true)) {
                return false;
            }
            if (run.plan.topology().isBound(run.plan.node(unit.primary()).id())) {
                Work.spend(LATE_BINDER_SETTLE_MILLIS, run);
            }
            return !run.stopping();
        }
        return run.plan.isSender(unit.primary()) ? run.start.awaitGate() : true;
    }

    private void runLoop() {
        int seenControls = -1;
        boolean killed = false;
        boolean paused = false;
        while (!run.stopping()) {
            int version = run.controlsVersion();
            if (version != seenControls) {
                seenControls = version;
                killed = killed();
                paused = paused();
            }
            if (killed) {
                if (open) {
                    closeAll();
                }
                setState(NodeState.DEAD);
                Work.idle();
            } else if (!open) {
                if (!reopenAll(false)) {
                    Work.idle();
                }
            } else if (paused) {
                for (int node : nodes) {
                    if (run.controls[node].paused) {
                        run.metrics.node(node).state(NodeState.PAUSED);
                    }
                }
                wasPaused = true;
                Work.idle();
            } else {
                if (hasLateLinks) {
                    connectLate();
                }
                if (wasPaused) {
                    wasPaused = false;
                    loop.resumed();
                }
                countPeers();
                loop.step();
            }
        }
    }

    /**
     * Waits, bounded by the start deadline, until each tcp or ipc bind holds exactly one connection per
     * peer that connects to it. A peer that made a stuck connection afresh ({@link HandshakeWait})
     * leaves the old one here until its close arrives; a message sent meanwhile could go down the old
     * connection and be lost with it.
     */
    private void settleBinds() {
        for (int node : nodes) {
            SocketEvents events = startEvents[node];
            if (events == null) {
                continue;
            }
            int peers = run.plan.startingPeers(node);
            events.read(0);
            // Outside processes may connect at any time: count only up to the studio's own peers there.
            boolean outside = run.peers.watched(node);
            while ((outside ? events.inboundConnections() < peers : events.inboundConnections() != peers) && !run.stopping()
                    && System.nanoTime() - run.startDeadlineNanos < 0) {
                events.read(RunContext.POLL_MILLIS);
            }
        }
    }

    /** @param all false to keep the monitors whose peers are counted for the whole run ({@link PeerCounts}) */
    private void closeStartEvents(boolean all) {
        for (int node : nodes) {
            if (startEvents[node] != null && (all || !run.peers.watched(node))) {
                startEvents[node].close();
                startEvents[node] = null;
            }
        }
    }

    /** Reads the monitors kept for {@link PeerCounts}, without waiting. */
    private void countPeers() {
        for (int node : nodes) {
            if (startEvents[node] != null) {
                startEvents[node].read(0);
                run.peers.update(node, startEvents[node]);
            }
        }
    }

    private NodeLoop createLoop() {
        int node = unit.primary();
        Behavior behavior = run.plan.behavior(node);
        setState(NodeState.RUNNING);
        return switch (behavior.kind()) {
            case PRODUCE -> new ProduceLoop(run, this, node, (Behavior.Produce) behavior);
            case CONSUME -> new ConsumeLoop(run, this, node, (Behavior.Consume) behavior, inbound(node));
            case RELAY -> new RelayLoop(run, this, node, (Behavior.Relay) behavior, inbound(node));
            case REPLY -> new ReplyLoop(run, this, node, (Behavior.Reply) behavior, inbound(node));
            case REQUEST -> new RequestLoop(run, this, node, (Behavior.Request) behavior, inbound(node));
            case PROXY -> new ProxyLoop(run, this, node, unit.driven(), inbound(node), inbound(unit.driven()));
            case EXTERNAL -> throw new IllegalStateException("an external node has no unit: " + node);
        };
    }

    private Inbound inbound(int node) {
        return new Inbound(run, node, events);
    }

    /**
     * Creates and binds the unit's sockets; the failure sentence, or {@code null}. A failure at the
     * start (also a delayed one) is an error; a failure on a restart (the port not yet released) is
     * retried and only noted.
     */
    private String openAndBind(boolean atStart) {
        open = true;
        for (int node : nodes) {
            sockets[node] = opener.create(node);
            String endpoint = run.plan.bindEndpoint(node);
            if (atStart && startAfterMillis == 0 && endpoint != null && !endpoint.startsWith("inproc://")) {
                startEvents[node] = new SocketEvents(run.zmq, sockets[node]);
            }
            String failure = opener.bind(sockets[node], node);
            if (failure != null) {
                run.metrics.node(node).state(NodeState.FAILED);
                if (atStart) {
                    run.metrics.node(node).error(failure);
                } else {
                    run.metrics.node(node).note(failure);
                }
                return failure;
            }
        }
        return null;
    }

    /**
     * Opens, binds and connects every socket of the unit again, at its delayed start or on a restart;
     * false (sockets closed) when a bind failed.
     */
    private boolean reopenAll(boolean atStart) {
        closeAll();
        String failure = openAndBind(atStart);
        if (failure != null) {
            closeAll();
            return false;
        }
        connectAll(false);
        setState(NodeState.RUNNING);
        return true;
    }

    /** Connects every socket of the unit; the ids of the links whose handshake did not come in the wait. */
    private List<String> connectAll(boolean waitForHandshakes) {
        List<String> notHandshaken = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            SocketOpener.Connected connected = opener.connect(sockets[nodes[i]], nodes[i], waitForHandshakes,
                    startEvents[nodes[i]]);
            lateLinks.set(i, connected.later());
            notHandshaken.addAll(connected.notHandshaken());
        }
        noteLateLinks();
        return notHandshaken;
    }

    /**
     * Notes whether links to late binders are still to connect. A node with such links looks for
     * their binds every {@link RunContext#POLL_MILLIS} ms (its receive waits that long only), so that
     * it connects within a few ms of the bind, before the binder's first messages.
     */
    private void noteLateLinks() {
        for (int i = 0; i < nodes.length; i++) {
            ZMQ.Socket socket = sockets[nodes[i]];
            if (socket != null && !(run.plan.behavior(nodes[i]) instanceof Behavior.Request)) {
                socket.setReceiveTimeOut(lateLinks.get(i).isEmpty() ? RunContext.RECEIVE_MILLIS : RunContext.POLL_MILLIS);
            }
        }
        hasLateLinks = lateLinks.stream().anyMatch(l -> !l.isEmpty());
    }

    /** Connects links to late binders that have bound since. */
    private void connectLate() {
        for (int i = 0; i < nodes.length; i++) {
            if (!lateLinks.get(i).isEmpty()) {
                opener.connectLate(sockets[nodes[i]], lateLinks.get(i));
            }
        }
        noteLateLinks();
    }

    @Override
    public ZMQ.Socket socket(int node) {
        return sockets[node];
    }

    @Override
    public ZMQ.Socket reopen(int node) {
        opener.close(sockets[node]);
        sockets[node] = opener.create(node);
        String failure = opener.bind(sockets[node], node);
        if (failure != null) {
            run.metrics.node(node).note(failure);
        }
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] == node) {
                lateLinks.set(i, opener.connect(sockets[node], node, false, null).later());
            }
        }
        noteLateLinks();
        return sockets[node];
    }

    @Override
    public boolean interrupted() {
        return run.stopping() || killed();
    }

    private boolean killed() {
        for (int node : nodes) {
            if (run.controls[node].killed) {
                return true;
            }
        }
        return false;
    }

    private boolean paused() {
        for (int node : nodes) {
            if (run.controls[node].paused) {
                return true;
            }
        }
        return false;
    }

    private void setState(NodeState state) {
        for (int node : nodes) {
            run.metrics.node(node).state(state);
        }
    }

    private void closeAll() {
        closeStartEvents(true);
        if (loop != null && open) {
            loop.socketsClosed();
        }
        for (int node : nodes) {
            opener.close(sockets[node]);
            sockets[node] = null;
        }
        open = false;
    }
}
