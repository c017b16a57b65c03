package org.zmqstudio.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    private final byte[][][] constant;
    private final byte[][] sharedLast;
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
        this.constant = renderConstant();
        this.sharedLast = sharedLastFrames();
    }

    @Override
    public boolean done() {
        return behavior.count() > 0 && produced >= behavior.count();
    }

    @Override
    public void resumed() {
        pacer.restart(System.nanoTime());
    }

    /**
     * Sends up to {@link NodeLoop#BATCH} messages. The node's sent count is published once per step,
     * not per message: readers see it exact between steps, at most one batch behind meanwhile.
     */
    @Override
    public void step() {
        int sent = streamsSharedFrames() ? sendSharedBatch() : sendBatch();
        if (sent > 0) {
            counters.addSent(sent);
        }
        if (done()) {
            counters.state(NodeState.DONE);
            Work.idle();
        }
    }

    private int sendBatch() {
        int sent = 0;
        while (sent < BATCH && !done() && sendOne()) {
            sent++;
        }
        return sent;
    }

    /**
     * Whether messages go out as the shared frame itself, with nothing to build or wait for: one
     * frame per message, shared frames, no rate to keep and no step mode. Then a batch costs little
     * more than ZeroMQ's own sends, which is what a flat-out sender is measured by.
     */
    private boolean streamsSharedFrames() {
        return sharedLast != null && constant[0].length == 1 && !pacer.paced() && !run.step.enabled();
    }

    /**
     * {@link #sendBatch()} for {@link #streamsSharedFrames()}: the messages to stamp still take the
     * full path; between them the shared frame goes out in bursts with nothing else per message, and
     * the counts follow once per burst. A switch to step mode ends the batch after the burst.
     */
    private int sendSharedBatch() {
        ZMQ.Socket socket = sockets.socket(node);
        int sent = 0;
        while (sent < BATCH && !done() && !run.step.enabled()) {
            int unstamped = hasPending ? 0 : outbound.unstampedAhead();
            if (unstamped == 0) {
                if (!sendOne()) {
                    return sent;
                }
                sent++;
                continue;
            }
            int topic = topics.length == 0 ? 0 : (int) (produced % topics.length);
            // Topics take turns message by message: with more than one, a burst is a single message.
            int burst = topics.length > 1 ? 1 : Math.min(BATCH - sent, unstamped);
            if (behavior.count() > 0) {
                burst = (int) Math.min(burst, behavior.count() - produced);
            }
            int out = sendBurst(socket, sharedLast[topic], burst);
            outbound.sentUnstamped(topic, out);
            produced += out;
            sent += out;
            if (out < burst) {
                counters.state(NodeState.BLOCKED);
                return sent;
            }
        }
        counters.state(NodeState.RUNNING);
        return sent;
    }

    /** Sends {@code frame} as {@code count} messages while the socket takes them; how many it took. */
    private static int sendBurst(ZMQ.Socket socket, byte[] frame, int count) {
        int out = 0;
        while (out < count && socket.send(frame, 0)) {
            out++;
        }
        return out;
    }

    /** Sends the next message if it is due and may go; false when it is not (the caller stops its batch). */
    private boolean sendOne() {
        if (!hasPending) {
            long now = pacer.paced() ? System.nanoTime() : 0;
            if (!pacer.due(now)) {
                return false;
            }
            if (!run.step.mayOriginate(node, counters)) {
                Work.idle();
                return false;
            }
            build(now);
        }
        if (!pending.send(sockets.socket(node))) {
            counters.state(NodeState.BLOCKED);
            return false;
        }
        hasPending = false;
        outbound.sent(pendingTopic, pendingStamped, pendingNanos);
        produced++;
        pacer.sent();
        counters.state(NodeState.RUNNING);
        return true;
    }

    private void build(long now) {
        int topic = topics.length == 0 ? 0 : (int) (produced % topics.length);
        byte[] topicBytes = topics.length == 0 ? null : topics[topic];
        boolean stamped = outbound.stampNext(now);
        if (stamped && now == 0) {
            now = System.nanoTime();
        }
        pending.clear();
        if (sharedLast != null && !stamped) {
            addConstantLeadingFrames(topic);
            pending.add(sharedLast[topic]);
        } else {
            int trace = TraceCodec.length(stamped);
            if (constant != null) {
                addConstantLeadingFrames(topic);
                byte[] last = constant[topic][constant[topic].length - 1];
                pending.add(Arrays.copyOf(last, last.length + trace));
            } else {
                render(topic, topicBytes, trace);
            }
            outbound.seal(pending.last(), topic, stamped, now);
        }
        hasPending = true;
        pendingTopic = topic;
        pendingStamped = stamped;
        pendingNanos = now;
    }

    /** Renders the frames of the next message into {@link #pending}, the last with {@code trace} bytes of room. */
    private void render(int topic, byte[] topicBytes, int trace) {
        int parts = Math.max(1, behavior.parts());
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
            pending.add(sink.toArray(last ? trace : 0));
        }
    }

    /**
     * The frames of every topic's message rendered once, when the template does not change from one
     * message to the next; {@code null} otherwise. Frames other than the last are sent as they are
     * (ZeroMQ never changes them), the last is copied with room for the trace, or sent shared.
     */
    private byte[][][] renderConstant() {
        if (!template.isConstant()) {
            return null;
        }
        int count = Math.max(1, topics.length);
        byte[][][] frames = new byte[count][][];
        for (int t = 0; t < count; t++) {
            pending.clear();
            render(t, topics.length == 0 ? null : topics[t], 0);
            frames[t] = new byte[pending.count()][];
            for (int f = 0; f < pending.count(); f++) {
                frames[t][f] = pending.get(f);
            }
        }
        pending.clear();
        return frames;
    }

    /** Every frame but the last of the topic's constant message. */
    private void addConstantLeadingFrames(int topic) {
        byte[][] frames = constant[topic];
        for (int part = 0; part < frames.length - 1; part++) {
            pending.add(frames[part]);
        }
    }

    /**
     * Every topic's last frame with a trailer that carries no sequence, sent as it is again and
     * again, when neither the payload nor the receivers need a fresh frame per message (a constant
     * template, and not a publisher whose subscribers count gaps); {@code null} otherwise. Over inproc
     * every receiver then gets this very array: relays change a copy ({@link Trace#shared}).
     */
    private byte[][] sharedLastFrames() {
        if (constant == null || outbound.sequencesEveryMessage()) {
            return null;
        }
        byte[][] frames = new byte[constant.length][];
        for (int t = 0; t < constant.length; t++) {
            byte[] last = constant[t][constant[t].length - 1];
            frames[t] = Arrays.copyOf(last, last.length + TraceCodec.PLAIN_LENGTH);
            TraceCodec.writeShared(frames[t], node, t);
        }
        return frames;
    }

    private int bytesSoFar() {
        return (int) pending.bytes();
    }
}
