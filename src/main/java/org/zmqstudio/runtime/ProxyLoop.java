package org.zmqstudio.runtime;

import org.zeromq.ZMQ;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.SocketType;

/**
 * {@code proxy}: forwards both ways between this node's socket and its peer's, like
 * {@code zmq_proxy}, envelopes intact. What an XPUB receives are subscriptions: they go upstream as
 * they are and are not counted as messages.
 */
final class ProxyLoop implements NodeLoop {

    private final RunContext run;
    private final UnitSockets sockets;
    private final int[] side = new int[2];
    private final Inbound[] inbound = new Inbound[2];
    private final Forwarder forwarder;
    private ZMQ.Poller poller;

    ProxyLoop(RunContext run, UnitSockets sockets, int node, int peer, Inbound nodeInbound, Inbound peerInbound) {
        this.run = run;
        this.sockets = sockets;
        side[0] = node;
        side[1] = peer;
        inbound[0] = nodeInbound;
        inbound[1] = peerInbound;
        this.forwarder = new Forwarder(run, sockets);
    }

    @Override
    public void socketsClosed() {
        closePoller();
    }

    @Override
    public void step() {
        if (poller == null) {
            poller = run.zmq.createPoller(2);
            poller.register(sockets.socket(side[0]), ZMQ.Poller.POLLIN);
            poller.register(sockets.socket(side[1]), ZMQ.Poller.POLLIN);
        }
        for (int s : side) {
            run.metrics.node(s).state(NodeState.RUNNING);
        }
        if (poller.poll(RunContext.RECEIVE_MILLIS) <= 0) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            if (poller.pollin(i)) {
                pass(i);
            }
        }
    }

    /** Forwards what is waiting on side {@code from} to the other side, a bounded batch. */
    private void pass(int from) {
        int to = 1 - from;
        NodeCounters out = run.metrics.node(side[to]);
        boolean subscriptions = run.plan.node(side[from]).socket() == SocketType.XPUB;
        for (int batch = 0; batch < 256; batch++) {
            Inbound in = inbound[from];
            if (subscriptions) {
                if (!in.frames.receive(sockets.socket(side[from]), ZMQ.DONTWAIT)) {
                    return;
                }
                sockets.socket(side[to]).send(in.frames.last(), 0);
            } else {
                if (!in.receive(sockets.socket(side[from]), ZMQ.DONTWAIT)) {
                    return;
                }
                if (!forwarder.forward(in, side[to], out)) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closePoller();
    }

    private void closePoller() {
        if (poller != null) {
            poller.close();
            poller = null;
        }
    }
}
