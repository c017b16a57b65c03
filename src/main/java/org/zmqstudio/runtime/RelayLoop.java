package org.zmqstudio.runtime;

import org.zeromq.ZMQ;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;

/** {@code relay}: receives on this node's socket, works, sends each message on node {@code to}'s socket. */
final class RelayLoop implements NodeLoop {

    private final RunContext run;
    private final UnitSockets sockets;
    private final int node;
    private final int to;
    private final Behavior.Relay behavior;
    private final Inbound inbound;
    private final Forwarder forwarder;
    private final NodeCounters counters;
    private final NodeCounters toCounters;

    RelayLoop(RunContext run, UnitSockets sockets, int node, Behavior.Relay behavior, Inbound inbound) {
        this.run = run;
        this.sockets = sockets;
        this.node = node;
        this.to = run.plan.index(behavior.to());
        this.behavior = behavior;
        this.inbound = inbound;
        this.forwarder = new Forwarder(run, sockets);
        this.counters = run.metrics.node(node);
        this.toCounters = run.metrics.node(to);
    }

    /**
     * Relays up to {@link NodeLoop#BATCH} messages: waits for the first, takes the others only if
     * they are there already, and goes back to the controls after a message that took work time.
     */
    @Override
    public void step() {
        counters.state(NodeState.RUNNING);
        ZMQ.Socket socket = sockets.socket(node);
        long workMillis = Work.millisPerMessage(run, node, behavior.workMillis());
        int flags = 0;
        for (int i = 0; i < BATCH && inbound.receive(socket, flags); i++) {
            if (workMillis > 0) {
                Work.spend(workMillis, run);
            }
            boolean forwarded = forwarder.forward(inbound, to, toCounters);
            inbound.publishEvent();
            if (!forwarded || workMillis > 0) {
                return;
            }
            flags = ZMQ.DONTWAIT;
        }
    }
}
