package org.zmqstudio.runtime;

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

    RelayLoop(RunContext run, UnitSockets sockets, int node, Behavior.Relay behavior, Inbound inbound) {
        this.run = run;
        this.sockets = sockets;
        this.node = node;
        this.to = run.plan.index(behavior.to());
        this.behavior = behavior;
        this.inbound = inbound;
        this.forwarder = new Forwarder(run.plan, sockets);
        this.counters = run.metrics.node(node);
    }

    @Override
    public void step() {
        counters.state(NodeState.RUNNING);
        if (!inbound.receive(sockets.socket(node), 0)) {
            return;
        }
        Work.perMessage(run, node, behavior.workMillis());
        forwarder.forward(inbound, to, run.metrics.node(to));
    }
}
