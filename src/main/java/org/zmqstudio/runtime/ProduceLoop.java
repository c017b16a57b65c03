package org.zmqstudio.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zeromq.ZMQ;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;

/**
 * {@code produce}: sends {@code count} messages (0 = forever) at {@code rate}, each rendered from the
 * template, topic first, padded to {@code size}, in {@code parts} frames sent as one message.
 */
final class ProduceLoop implements NodeLoop {

    private final RunContext run;
    private final UnitSockets sockets;
    private final int node;
    private final Behavior.Produce behavior;
    private final NodeCounters counters;
    private final Outbound outbound;
    private final PayloadTemplate template;
    private final byte[][] topics;
    private final Pacer pacer;
    private final ByteSink sink = new ByteSink();
    private final Frames pending = new Frames();
    private boolean hasPending;
    private int pendingTopic;
    private boolean pendingStamped;
    private long pendingNanos;
    private long produced;

    ProduceLoop(RunContext run, UnitSockets sockets, int node, Behavior.Produce behavior) {
        this.run = run;
        this.sockets = sockets;
        this.node = node;
        this.behavior = behavior;
        this.counters = run.metrics.node(node);
        this.outbound = new Outbound(node, LossPlan.topicSlots(behavior), run.metrics.published(node));
        this.template = new PayloadTemplate(behavior.payload(), run.plan.node(node).id());
        List<String> names = behavior.topics();
        this.topics = new byte[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            topics[i] = names.get(i).getBytes(StandardCharsets.UTF_8);
        }
        this.pacer = new Pacer(behavior.rate());
        pacer.restart(System.nanoTime());
    }

    @Override
    public boolean done() {
        return behavior.count() > 0 && produced >= behavior.count();
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
            return;
        }
        if (!hasPending) {
            long now = pacer.paced() ? System.nanoTime() : 0;
            if (!pacer.due(now)) {
                return;
            }
            if (!run.step.mayOriginate(node)) {
                Work.idle();
                return;
            }
            build(now);
        }
        ZMQ.Socket socket = sockets.socket(node);
        if (pending.send(socket)) {
            hasPending = false;
            outbound.sent(pendingTopic, pendingStamped, pendingNanos);
            produced++;
            pacer.sent();
            counters.addSent(1);
            counters.state(done() ? NodeState.DONE : NodeState.RUNNING);
        } else {
            counters.state(NodeState.BLOCKED);
        }
    }

    private void build(long now) {
        int topic = topics.length == 0 ? 0 : (int) (produced % topics.length);
        byte[] topicBytes = topics.length == 0 ? null : topics[topic];
        boolean stamped = outbound.stampNext(now);
        if (stamped && now == 0) {
            now = System.nanoTime();
        }
        int parts = Math.max(1, behavior.parts());
        pending.clear();
        for (int part = 0; part < parts; part++) {
            sink.clear();
            if (part == 0 && topicBytes != null) {
                sink.put(topicBytes);
            }
            template.render(sink, produced + 1, topicBytes, null, 0);
            boolean last = part == parts - 1;
            if (last) {
                sink.padTo(behavior.size() - bytesSoFar());
            }
            pending.add(sink.toArray(last ? TraceCodec.length(stamped) : 0));
        }
        outbound.seal(pending.last(), topic, stamped, now);
        hasPending = true;
        pendingTopic = topic;
        pendingStamped = stamped;
        pendingNanos = now;
    }

    private int bytesSoFar() {
        return (int) pending.bytes();
    }
}
