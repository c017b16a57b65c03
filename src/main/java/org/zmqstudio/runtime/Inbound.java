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
 * {@link #receive} the frames and the trace stay readable until the next call. A message without a
 * trace (from an external node, or a studio node that sends clean) is counted at the node and on the
 * flow from {@link RunPlan#untracedSource}, with its whole size and no latency; where every sender
 * is untraced ({@link RunPlan#untracedOnly}) no trace is looked for, so that an outside peer's bytes
 * are never taken for one. One thread only.
 */
final class Inbound {

    private static final int PREVIEW_CHARS = 64;
    /** Untraced messages make a sampled event for the window at most this often, ns. */
    private static final long UNTRACED_EVENT_NANOS = 1_000_000;

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
    private final String[] linkIdsBySender;
    private boolean consumer;
    /** The node untraced messages are counted from, or -1; and whether no sender traces at all. */
    private final int untracedSource;
    private final boolean untracedOnly;
    private long untracedCount;
    private long lastUntracedEventNanos;
    /**
     * The last frame read when it was a shared one: the very same array again carries the same
     * trace (shared frames never change), which {@link #trace} still holds. A relay fed by one sender
     * gets its shared frame message after message and need not decode it each time.
     */
    private byte[] lastShared;
    /** Whether the message received last has a sampled event still to publish, and when it arrived (ns). */
    private boolean eventDue;
    private long eventNanos;
    /** Per sending node, messages and payload bytes counted in this batch and not published yet. */
    private final long[] batchMessages;
    private final long[] batchBytes;
    /** The sending nodes with counts in this batch, the first {@link #batchHopCount}. */
    private final int[] batchHops;
    private int batchHopCount;

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
        this.linkIdsBySender = new String[run.plan.size()];
        this.batchMessages = new long[run.plan.size()];
        this.batchBytes = new long[run.plan.size()];
        this.batchHops = new int[run.plan.size()];
        this.untracedSource = run.plan.untracedSource(node);
        this.untracedOnly = run.plan.untracedOnly(node);
        this.lastUntracedEventNanos = System.nanoTime() - UNTRACED_EVENT_NANOS;
    }

    /** The node this receives for. */
    int node() {
        return node;
    }

    /** This node is where messages end: record their end-to-end latency. */
    Inbound consumer() {
        consumer = true;
        return this;
    }

    /**
     * Receives and accounts one message. The sampled event of the message before, when it has one
     * still to publish ({@link #publishEvent()}), is published first.
     *
     * @param flags 0 to wait up to the receive timeout, {@link ZMQ#DONTWAIT} not to wait
     * @return false when nothing arrived
     */
    boolean receive(ZMQ.Socket socket, int flags) {
        publishEvent();
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
     * consumer). A message of one frame with a plain trace (not stamped), at a node that tracks no
     * gaps, is only counted: the shared frame read last once more (the very same array) and a fresh
     * frame alike. The counts of such messages are published together at the end of the batch, so
     * that taking a flat-out stream costs little more per message than ZeroMQ's own receive; readers
     * see the counts exact between batches. The frames and the trace are those of the last message
     * accounted in full.
     */
    void receiveBatch(ZMQ.Socket socket, int max) {
        publishEvent();
        int flags = 0;
        try {
            for (int i = 0; i < max; i++) {
                zmq.Msg first = socket.recvMsg(flags);
                if (first == null) {
                    return;
                }
                flags = ZMQ.DONTWAIT;
                byte[] data = first.data();
                if (tracker != null || first.hasMore() || !countOnly(data)) {
                    account(first, data, socket);
                    publishEvent();
                }
            }
        } finally {
            publishBatch();
        }
    }

    /**
     * Counts a message of one frame into the batch when it needs nothing else: the shared frame
     * {@link #trace} describes once more, or a frame with a plain trace from a node of this run.
     *
     * @return false when the message must be accounted in full
     */
    private boolean countOnly(byte[] data) {
        int hop;
        int payload;
        if (untracedOnly) {
            if (events.hasRoom()) {
                return false;
            }
            hop = untracedSource;
            payload = data.length;
        } else if (data == lastShared) {
            hop = trace.hop;
            payload = data.length - trace.length;
        } else {
            hop = TraceCodec.plainHop(data, flowsBySender.length);
            if (hop < 0) {
                return false;
            }
            payload = data.length - TraceCodec.PLAIN_LENGTH;
        }
        if (batchMessages[hop] == 0) {
            batchHops[batchHopCount++] = hop;
        }
        batchMessages[hop]++;
        batchBytes[hop] += payload;
        return true;
    }

    /** Publishes the counts of the messages {@link #countOnly} counted, node and flows. */
    private void publishBatch() {
        long received = 0;
        for (int i = 0; i < batchHopCount; i++) {
            int hop = batchHops[i];
            received += batchMessages[hop];
            flow(hop).received(batchMessages[hop], batchBytes[hop]);
            batchMessages[hop] = 0;
            batchBytes[hop] = 0;
        }
        batchHopCount = 0;
        if (received > 0) {
            counters.addReceived(received);
        }
    }

    /**
     * Takes the rest of the message that begins with {@code first} and accounts it. A sampled event
     * for the window is not built here, inside whatever the caller is timing, but marked for
     * {@link #publishEvent()}.
     *
     * @param firstData {@code first.data()}, taken once (for a large message it is a copy)
     */
    private void account(zmq.Msg first, byte[] firstData, ZMQ.Socket socket) {
        frames.receiveRest(first, firstData, socket);
        byte[] last = frames.last();
        if (last != lastShared) {
            if (untracedOnly || !TraceCodec.read(last, trace) || !ofThisRun(trace)) {
                trace.clear();
                lastShared = null;
                untraced();
                counters.addReceived(1);
                return;
            }
            lastShared = trace.shared ? last : null;
        }
        FlowCounters flow = flow(trace.hop);
        flow.received(1, frames.bytes() - trace.length);
        // After the flow's count, as publishBatch does: a snapshot reads the node's first (RunMetrics.read).
        counters.addReceived(1);
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
            eventDue = true;
            eventNanos = now;
        }
    }

    /**
     * Counts the untraced message just received on the flow from {@link #untracedSource}, whole, and
     * marks an event for it now and then: the trace then names that node as origin and last hop.
     */
    private void untraced() {
        if (untracedSource < 0) {
            return;
        }
        flow(untracedSource).received(1, frames.bytes());
        untracedCount++;
        if (events.hasRoom()) {
            long now = System.nanoTime();
            if (now - lastUntracedEventNanos >= UNTRACED_EVENT_NANOS) {
                lastUntracedEventNanos = now;
                trace.origin = untracedSource;
                trace.hop = untracedSource;
                trace.topic = 0;
                trace.seq = untracedCount;
                trace.hopNanos = now;
                eventDue = true;
                eventNanos = now;
            }
        }
    }

    /**
     * Builds and offers the sampled event of the message received last, when it is stamped and not
     * published yet, and the ring has room (a ring nobody drains fills once and then costs nothing).
     * Loops call it once their timed work on the message is done (a reply sent, a round trip
     * recorded); {@link #receive} calls it before the next message in any case. The frames and trace
     * must still be those of that message.
     */
    void publishEvent() {
        if (eventDue) {
            eventDue = false;
            if (events.hasRoom()) {
                events.offer(event(eventNanos));
            }
        }
    }

    /** Whether the trace names studio nodes of this run (a peer outside the run may send anything). */
    private boolean ofThisRun(Trace read) {
        return read.origin < flowsBySender.length && read.hop < flowsBySender.length
                && !run.plan.isExternal(read.origin) && !run.plan.isExternal(read.hop);
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

    /** The id of the link messages from {@code sender} come over, looked up once per sender. */
    private String linkFrom(int sender) {
        String id = linkIdsBySender[sender];
        if (id == null) {
            id = run.plan.linkId(sender, node);
            linkIdsBySender[sender] = id;
        }
        return id;
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
                linkFrom(trace.hop), trace.hopNanos, now, topic(), printable(first, firstLength),
                frames.count() - start, envelope, start, EventFrames.copy(frames, trace.length), null);
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
