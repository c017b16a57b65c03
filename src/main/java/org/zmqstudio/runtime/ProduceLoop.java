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
    private final OutsideFlows outside;
    private final PayloadTemplate template;
    private final byte[][] topics;
    private final Pacer pacer;
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
        this.outbound = new Outbound(node, LossPlan.topicSlots(behavior), run.metrics.published(node),
                run.plan.sendsClean(node));
        this.outside = new OutsideFlows(run, node);
        this.template = new PayloadTemplate(behavior.payload(), run.plan.node(node).id());
        List<String> names = behavior.topics();
        this.topics = new byte[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            topics[i] = names.get(i).getBytes(StandardCharsets.UTF_8);
        }
        this.pacer = new Pacer(behavior.rate(), run.speed);
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
        int sent = flatOut() ? sendBursts() : sendBatch();
        if (sent > 0) {
            counters.addSent(sent);
            outside.publish();
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
     * Whether messages may go out with nothing to wait for and nothing to build but their one frame:
     * one frame per message, no rate to keep and no step mode. Then a batch costs little more than
     * ZeroMQ's own sends and the payload's rendering, which is what a flat-out sender is measured by.
     */
    private boolean flatOut() {
        return behavior.parts() <= 1 && !pacer.paced() && !run.step.enabled() && !outside.any();
    }

    /**
     * {@link #sendBatch()} for {@link #flatOut()}: the messages to stamp still take the full path;
     * between them the unstamped ones go out in bursts with nothing else per message (the shared
     * frame itself, or a frame rendered straight from the template with its trace), and their
     * sequences and counts follow once per burst. A switch to step mode ends the batch after the burst.
     */
    private int sendBursts() {
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
            int topic = topicOf(produced);
            // Topics take turns message by message: with more than one, a burst is a single message.
            int burst = topics.length > 1 ? 1 : Math.min(BATCH - sent, unstamped);
            if (behavior.count() > 0) {
                burst = (int) Math.min(burst, behavior.count() - produced);
            }
            int out = sharedLast != null ? sendBurst(socket, sharedLast[topic], burst) : sendFreshBurst(socket, topic, burst);
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

    /**
     * Sends the next {@code count} messages of a topic, unstamped, each in a fresh frame with its own
     * sequence, while the socket takes them; how many it took. A message the socket did not take is
     * rendered again next time, the same.
     */
    private int sendFreshBurst(ZMQ.Socket socket, int topic, int count) {
        int out = 0;
        while (out < count) {
            byte[] frame = lastFrame(topic, produced + 1 + out, outbound.traceLength(false));
            outbound.sealAhead(frame, topic, out);
            if (!socket.send(frame, 0)) {
                break;
            }
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
        outside.add(pending);
        outbound.sent(pendingTopic, pendingStamped, pendingNanos);
        produced++;
        pacer.sent();
        counters.state(NodeState.RUNNING);
        return true;
    }

    private void build(long now) {
        int topic = topicOf(produced);
        boolean stamped = outbound.stampNext(now);
        if (stamped && now == 0) {
            now = System.nanoTime();
        }
        pending.clear();
        if (sharedLast != null && !stamped) {
            addConstantLeadingFrames(topic);
            pending.add(sharedLast[topic]);
        } else {
            int trace = outbound.traceLength(stamped);
            if (constant != null) {
                addConstantLeadingFrames(topic);
                pending.add(lastFrame(topic, produced + 1, trace));
            } else {
                render(topic, produced + 1, trace);
            }
            outbound.seal(pending.last(), topic, stamped, now);
        }
        hasPending = true;
        pendingTopic = topic;
        pendingStamped = stamped;
        pendingNanos = now;
    }

    private int topicOf(long message) {
        return topics.length == 0 ? 0 : (int) (message % topics.length);
    }

    /**
     * A fresh last frame for message {@code n} of a topic, with {@code trace} bytes of room after the
     * payload: the constant one copied, or the template rendered straight into it (one frame only).
     */
    private byte[] lastFrame(int topic, long n, int trace) {
        if (constant != null) {
            byte[] last = constant[topic][constant[topic].length - 1];
            return Arrays.copyOf(last, last.length + trace);
        }
        byte[] topicBytes = topics.length == 0 ? null : topics[topic];
        return renderFrame(n, topicBytes, topicBytes, behavior.size(), trace);
    }

    /** Renders the frames of message {@code n} into {@link #pending}, the last with {@code trace} bytes of room. */
    private void render(int topic, long n, int trace) {
        byte[] topicBytes = topics.length == 0 ? null : topics[topic];
        int parts = Math.max(1, behavior.parts());
        int before = 0;
        for (int part = 0; part < parts; part++) {
            boolean last = part == parts - 1;
            byte[] frame = renderFrame(n, part == 0 ? topicBytes : null, topicBytes,
                    last ? behavior.size() - before : 0, last ? trace : 0);
            pending.add(frame);
            before += frame.length;
        }
    }

    /**
     * One frame rendered straight into its array: {@code lead} (the topic, in the first frame), the
     * template, dots up to {@code size} bytes, then {@code trace} bytes of room for the trace.
     */
    private byte[] renderFrame(long n, byte[] lead, byte[] topicBytes, int size, int trace) {
        int head = lead == null ? 0 : lead.length;
        int payload = Math.max(head + template.length(n, topicBytes, null, 0), size);
        byte[] frame = new byte[payload + trace];
        if (lead != null) {
            System.arraycopy(lead, 0, frame, 0, head);
        }
        int end = template.render(frame, head, n, topicBytes, null, 0);
        PayloadTemplate.pad(frame, end, payload);
        return frame;
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
            render(t, 1, 0);
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
            frames[t] = Arrays.copyOf(last, last.length + outbound.traceLength(false));
            outbound.sealShared(frames[t], t);
        }
        return frames;
    }
}
