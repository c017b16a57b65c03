package org.zmqstudio.runtime;

import org.zeromq.ZMQ;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;

/** {@code consume}: receives and counts every message, spending {@code workMillis} on each. */
final class ConsumeLoop implements NodeLoop {

    private final RunContext run;
    private final UnitSockets sockets;
    private final int node;
    private final Behavior.Consume behavior;
    private final Inbound inbound;
    private final NodeCounters counters;

    ConsumeLoop(RunContext run, UnitSockets sockets, int node, Behavior.Consume behavior, Inbound inbound) {
        this.run = run;
        this.sockets = sockets;
        this.node = node;
        this.behavior = behavior;
        this.inbound = inbound.consumer();
        this.counters = run.metrics.node(node);
    }

    @Override
    public void step() {
        counters.state(NodeState.RUNNING);
        ZMQ.Socket socket = sockets.socket(node);
        long workMillis = Work.millisPerMessage(run, node, behavior.workMillis());
        if (workMillis == 0) {
            inbound.receiveBatch(socket, BATCH);
        } else if (inbound.receive(socket, 0)) {
            Work.spend(workMillis, run);
        }
    }
}
