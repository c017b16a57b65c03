package org.zmqstudio.runtime;

import org.zeromq.ZMQ;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;

/**
 * {@code request}, the Lazy Pirate client: sends a request (a DEALER puts the empty delimiter a REQ
 * would), waits {@code timeoutMillis} for the reply, and on silence closes the socket, opens a fresh
 * one and sends again; after {@code retries} resends it gives up (one error) and is done. The round
 * trip is its end-to-end latency.
 */
final class RequestLoop implements NodeLoop {

    private static final byte[] DELIMITER = new byte[0];

    private final RunContext run;
    private final UnitSockets sockets;
    private final int node;
    private final Behavior.Request behavior;
    private final Inbound inbound;
    private final NodeCounters counters;
    private final Outbound outbound;
    private final OutsideFlows outside;
    private final PayloadTemplate template;
    private final Pacer pacer;
    private final boolean dealer;
    private final Frames request = new Frames();
    private final AbandonedRequests abandoned;
    private long answered;
    private boolean awaiting;
    private boolean unsent;
    private boolean stamped;
    private long sentAt;
    private long deadline;
    private int retriesLeft;
    private boolean gaveUp;

    RequestLoop(RunContext run, UnitSockets sockets, int node, Behavior.Request behavior, Inbound inbound) {
        this.run = run;
        this.sockets = sockets;
        this.node = node;
        this.behavior = behavior;
        this.inbound = inbound;
        this.counters = run.metrics.node(node);
        this.outbound = new Outbound(node, 1, null, run.plan.sendsClean(node));
        this.outside = new OutsideFlows(run, node);
        this.template = new PayloadTemplate(behavior.payload(), run.plan.node(node).id());
        this.pacer = new Pacer(behavior.rate(), run.speed);
        this.dealer = run.plan.node(node).socket() == SocketType.DEALER;
        this.abandoned = new AbandonedRequests(run, node);
        pacer.restart(System.nanoTime());
    }

    @Override
    public boolean done() {
        return gaveUp || behavior.count() > 0 && answered >= behavior.count();
    }

    @Override
    public void socketsClosed() {
        if (awaiting) {
            unsent = true;
        }
    }

    @Override
    public void resumed() {
        pacer.restart(System.nanoTime());
    }

    @Override
    public void step() {
        if (done()) {
            counters.state(NodeState.DONE);
            Work.idle();
        } else if (awaiting && !unsent) {
            awaitReply();
        } else if (awaiting || startNext()) {
            send();
        }
    }

    private boolean startNext() {
        long now = System.nanoTime();
        if (!pacer.due(now)) {
            return false;
        }
        if (!run.step.mayOriginate(node, counters)) {
            Work.idle();
            return false;
        }
        stamped = outbound.stampNext(now);
        byte[] frame = template.frame(answered + 1, null, 0, outbound.traceLength(stamped));
        outbound.seal(frame, 0, stamped, now);
        request.clear();
        if (dealer) {
            request.add(DELIMITER);
        }
        request.add(frame);
        awaiting = true;
        unsent = true;
        retriesLeft = behavior.retries();
        return true;
    }

    private void send() {
        ZMQ.Socket socket = sockets.socket(node);
        long now = System.nanoTime();
        if (stamped) {
            TraceCodec.write(request.last(), node, node, 0, outbound.nextSeq(), true, now, now);
        }
        if (!request.send(socket)) {
            counters.state(NodeState.BLOCKED);
            return;
        }
        unsent = false;
        sentAt = now;
        deadline = now + run.speed.stretch(behavior.timeoutMillis() * 1_000_000);
        counters.addSent(1);
        outside.handed(request);
        counters.state(NodeState.WAITING_FOR_REPLY);
    }

    private void awaitReply() {
        ZMQ.Socket socket = sockets.socket(node);
        if (inbound.receive(socket, 0)) {
            long now = System.nanoTime();
            run.metrics.endToEnd(node).record(now - sentAt);
            inbound.publishEvent();
            outbound.sent(0, stamped, sentAt);
            awaiting = false;
            answered++;
            pacer.sent();
            counters.state(done() ? NodeState.DONE : NodeState.RUNNING);
            return;
        }
        if (System.nanoTime() - deadline < 0) {
            return;
        }
        long number = answered + 1;
        abandoned.abandoned();
        if (retriesLeft == 0) {
            counters.error("no reply to request " + number + " after " + behavior.retries()
                    + " retries of " + behavior.timeoutMillis() + " ms; giving up");
            gaveUp = true;
            awaiting = false;
            counters.state(NodeState.DONE);
            return;
        }
        retriesLeft--;
        counters.note("no reply to request " + number + " within " + behavior.timeoutMillis()
                + " ms; reopening the socket and resending (retry " + (behavior.retries() - retriesLeft)
                + " of " + behavior.retries() + ")");
        sockets.reopen(node);
        request.setLast(request.last().clone());
        unsent = true;
    }
}
