package org.zmqstudio.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;
import org.zmqstudio.metrics.EventRing;
import org.zmqstudio.metrics.FlowCounters;
import org.zmqstudio.metrics.LatencyRecorder;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.SequenceTracker;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;

/**
 * The receiving side of one node: takes whole messages off its socket, reads and accounts their
 * trace (node and flow counts, gaps, hop and end-to-end latency, sampled events). After
 * {@link #receive} the frames and the trace stay readable until the next call. One thread only.
 */
final class Inbound {

    private static final int PREVIEW_CHARS = 64;

    final Frames frames = new Frames();
    final Trace trace = new Trace();
    private final RunContext run;
    private final int node;
    private final boolean fromRouter;
    private final boolean shared;
    private final NodeCounters counters;
    private final SequenceTracker tracker;
    private final LatencyRecorder endToEnd;
    private final EventRing events;
    private final FlowCounters[] flowsBySender;
    private boolean consumer;
    /**
     * The last frame read when it was a shared one: the very same array again carries the same
     * trace (shared frames never change), which {@link #trace} still holds. A relay fed by one sender
     * gets its shared frame message after message and need not decode it each time.
     */
    private byte[] lastShared;

    Inbound(RunContext run, int node, EventRing events) {
        this.run = run;
        this.node = node;
        this.fromRouter = run.plan.node(node).socket() == SocketType.ROUTER;
        this.shared = run.plan.node(node).socket().subscribes();
        this.counters = run.metrics.node(node);
        this.tracker = run.metrics.tracker(node);
        this.endToEnd = run.metrics.endToEnd(node);
        this.events = events;
        this.flowsBySender = new FlowCounters[run.plan.size()];
    }

    /** This node is where messages end: record their end-to-end latency. */
    Inbound consumer() {
        consumer = true;
        return this;
    }

    /**
     * Receives and accounts one message.
     *
     * @param flags 0 to wait up to the receive timeout, {@link ZMQ#DONTWAIT} not to wait
     * @return false when nothing arrived
     */
    boolean receive(ZMQ.Socket socket, int flags) {
        zmq.Msg first = socket.recvMsg(flags);
        if (first == null) {
            return false;
        }
        account(first, first.data(), socket);
        return true;
    }

    /**
     * Receives up to {@code max} messages, waiting up to the receive timeout for the first only, and
     * accounts each as {@link #receive} does; for a loop that needs no more than the counts (a
     * consumer). A message that is the shared frame read last once more (one frame, the very same
     * array) is only counted, and such messages are published together: taking a flat-out stream
     * then costs little more per message than ZeroMQ's own receive. The frames and the trace are
     * those of the last message accounted in full.
     */
    void receiveBatch(ZMQ.Socket socket, int max) {
        int flags = 0;
        int repeats = 0;
        try {
            for (int i = 0; i < max; i++) {
                zmq.Msg first = socket.recvMsg(flags);
                if (first == null) {
                    return;
                }
                flags = ZMQ.DONTWAIT;
                byte[] data = first.data();
                if (data == lastShared && tracker == null && !first.hasMore()) {
                    repeats++;
                } else {
                    int counted = repeats;
                    repeats = 0;
                    countRepeats(counted);
                    account(first, data, socket);
                }
            }
        } finally {
            countRepeats(repeats);
        }
    }

    /** Counts {@code repeats} more arrivals of the shared frame {@link #trace} describes. */
    private void countRepeats(int repeats) {
        if (repeats > 0) {
            counters.addReceived(repeats);
            flow(trace.hop).received(repeats, (long) repeats * (lastShared.length - trace.length));
        }
    }

    /**
     * Takes the rest of the message that begins with {@code first} and accounts it.
     *
     * @param firstData {@code first.data()}, taken once (for a large message it is a copy)
     */
    private void account(zmq.Msg first, byte[] firstData, ZMQ.Socket socket) {
        frames.receiveRest(first, firstData, socket);
        counters.addReceived(1);
        byte[] last = frames.last();
        if (last != lastShared) {
            if (!TraceCodec.read(last, trace) || !ofThisRun(trace)) {
                trace.clear();
                lastShared = null;
                return;
            }
            lastShared = trace.shared ? last : null;
        }
        FlowCounters flow = flow(trace.hop);
        flow.received(1, frames.bytes() - trace.length);
        if (tracker != null) {
            long lost = tracker.arrived(trace.origin, trace.topic, trace.seq);
            if (lost > 0) {
                counters.addLost(lost);
                flow.addLost(lost);
            }
        }
        if (trace.stamped) {
            long now = System.nanoTime();
            flow.hopLatency(now - trace.hopNanos);
            if (consumer) {
                endToEnd.record(now - trace.originNanos);
            }
            if (events.hasRoom()) {
                events.offer(event(now));
            }
        }
    }

    /** Whether the trace names nodes of this run (a peer outside the run may send anything). */
    private boolean ofThisRun(Trace read) {
        return read.origin < flowsBySender.length && read.hop < flowsBySender.length;
    }

    /**
     * Whether other receivers may hold the very same frame arrays: a publisher hands one message to
     * every subscriber, and over inproc they all get the same bytes. Such frames are copied before
     * they are changed.
     */
    boolean shared() {
        return shared;
    }

    /** The length of the payload in the last frame, trace excluded. */
    int lastPayloadLength() {
        return frames.last().length - trace.length;
    }

    /** Index of the first frame after the routing envelope. */
    int payloadStart() {
        return frames.payloadStart(fromRouter);
    }

    private FlowCounters flow(int sender) {
        FlowCounters flow = flowsBySender[sender];
        if (flow == null) {
            flow = run.metrics.flow(sender, node, run.plan.linkId(sender, node));
            flowsBySender[sender] = flow;
        }
        return flow;
    }

    private MessageEvent event(long now) {
        int start = payloadStart();
        List<String> envelope = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            if (frames.get(i).length > 0) {
                envelope.add(printable(frames.get(i), frames.get(i).length));
            }
        }
        byte[] first = frames.get(start);
        int firstLength = start == frames.count() - 1 ? first.length - trace.length : first.length;
        String id = run.plan.node(node).id();
        return new MessageEvent(trace.messageId(), run.plan.node(trace.origin).id(), run.plan.node(trace.hop).id(), id,
                run.plan.linkId(trace.hop, node), trace.hopNanos, now, topic(), printable(first, firstLength),
                frames.count() - start, envelope);
    }

    private String topic() {
        if (run.plan.behavior(trace.origin) instanceof Behavior.Produce p && !p.topics().isEmpty()) {
            return p.topics().get(trace.topic % p.topics().size());
        }
        return null;
    }

    /** Text as far as it is printable, at most {@value #PREVIEW_CHARS} characters; other bytes as {@code ·}. */
    private static String printable(byte[] bytes, int length) {
        String text = new String(bytes, 0, Math.max(0, Math.min(length, PREVIEW_CHARS * 4)), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < PREVIEW_CHARS; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\uFFFD' ? '·' : c);
        }
        return out.toString();
    }
}
