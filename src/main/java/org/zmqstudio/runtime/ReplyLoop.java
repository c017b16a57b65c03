package org.zmqstudio.runtime;

import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;

/**
 * {@code reply}: answers every request after {@code workMillis}. A REP's envelope is kept by ZeroMQ;
 * a ROUTER's or DEALER's envelope frames are sent back in front of the reply, so each reply finds its
 * way back to the client that asked.
 */
final class ReplyLoop implements NodeLoop {

    private final RunContext run;
    private final UnitSockets sockets;
    private final int node;
    private final Behavior.Reply behavior;
    private final Inbound inbound;
    private final Forwarder forwarder;
    private final NodeCounters counters;
    private final Outbound outbound;
    private final PayloadTemplate template;
    private final Frames reply = new Frames();

    ReplyLoop(RunContext run, UnitSockets sockets, int node, Behavior.Reply behavior, Inbound inbound) {
        this.run = run;
        this.sockets = sockets;
        this.node = node;
        this.behavior = behavior;
        this.inbound = inbound;
        this.forwarder = new Forwarder(run, sockets);
        this.counters = run.metrics.node(node);
        this.outbound = new Outbound(node, 1, null, run.plan.sendsClean(node));
        this.template = new PayloadTemplate(behavior.payload(), run.plan.node(node).id());
    }

    @Override
    public void step() {
        counters.state(NodeState.RUNNING);
        if (!inbound.receive(sockets.socket(node), 0)) {
            return;
        }
        long workMillis = Work.millisPerMessage(run, node, behavior.workMillis());
        if (workMillis > 0) {
            Work.spend(workMillis, run);
        }
        Frames request = inbound.frames;
        int start = inbound.payloadStart();
        reply.clear();
        for (int i = 0; i < start; i++) {
            reply.add(request.get(i));
        }
        byte[] asked = request.get(start);
        int askedLength = start == request.count() - 1 ? inbound.lastPayloadLength() : asked.length;
        long now = System.nanoTime();
        boolean stamped = outbound.stampNext(now);
        byte[] frame = template.frame(counters.sent() + 1, asked, askedLength, outbound.traceLength(stamped));
        outbound.seal(frame, 0, stamped, now);
        reply.add(frame);
        if (forwarder.sendWhole(reply, node, counters)) {
            outbound.sent(0, stamped, now);
        }
        inbound.publishEvent();
    }
}
