package org.zmqstudio.runtime;

import java.util.function.LongSupplier;
import org.zmqstudio.metrics.PublishedCounts;

/**
 * The originating side of one node: numbers its messages (per topic for a publisher), decides which
 * ones carry timestamps, and writes their trace. A <em>clean</em> node (one linked to an external node,
 * {@link RunPlan#sendsClean}) writes no trace at all: its messages carry exactly their behaviour's
 * frames, and {@link #traceLength} is 0. One thread only.
 */
final class Outbound {

    /** One message in this many is stamped at first and whenever stamps come far apart. */
    private static final int MIN_STAMP_STRIDE = 16;
    /** The fewest messages stamped: at least one in this many, however fast the sender. */
    private static final int MAX_STAMP_STRIDE = 1024;
    /**
     * The stride doubles while stamps come closer together than this, ns, and shrinks once they are
     * four times as far apart. A fast sender then stamps some tens of thousands of messages a second,
     * plenty for honest percentiles, instead of one in sixteen of millions: each stamp costs the
     * clock, a fresh frame, and a latency record at every receiver on its way.
     */
    private static final long STAMP_GAP_NANOS = 50_000;
    /** At low rates every message at least this far apart is stamped, ns. */
    private static final long STAMP_INTERVAL_NANOS = 1_000_000;
    /**
     * A caller without a clock reading of its own (a flat-out sender) has the clock read for it once
     * in this many messages, so that a sender that slowed down is stamped again within this many.
     */
    static final int CLOCK_CHECK_EVERY = 64;

    private final int node;
    private final long[] nextSeq;
    private final PublishedCounts published;
    private final LongSupplier clock;
    private final boolean clean;
    private long originated;
    private long lastStampNanos;
    /** A power of two: the messages numbered a multiple of it are stamped. */
    private int stampStride = MIN_STAMP_STRIDE;

    /** @param published the publisher's counts, or {@code null} when the node is not a tracked publisher */
    Outbound(int node, int topicSlots, PublishedCounts published) {
        this(node, topicSlots, published, false);
    }

    /** @param clean whether the node sends without a trace ({@link RunPlan#sendsClean}) */
    Outbound(int node, int topicSlots, PublishedCounts published, boolean clean) {
        this(node, topicSlots, published, clean, System::nanoTime);
    }

    /** @param clock nanoTime, or a stand-in for it in tests */
    Outbound(int node, int topicSlots, PublishedCounts published, LongSupplier clock) {
        this(node, topicSlots, published, false, clock);
    }

    private Outbound(int node, int topicSlots, PublishedCounts published, boolean clean, LongSupplier clock) {
        this.node = node;
        this.nextSeq = new long[Math.max(1, topicSlots)];
        this.published = published;
        this.clean = clean;
        this.clock = clock;
    }

    /** Bytes of room a message needs after its payload for its trace: 0 for a clean node. */
    int traceLength(boolean stamped) {
        return clean ? 0 : TraceCodec.length(stamped);
    }

    /**
     * Whether the next message should be stamped: one in every {@link #stampStride}, counted, so that
     * each message is as likely to be a sample as another; and at low rates every message at least
     * {@link #STAMP_INTERVAL_NANOS} after the last stamp. {@code now} is a fresh nanoTime, or 0 when
     * the caller has none (the clock is then read once in {@link #CLOCK_CHECK_EVERY} messages).
     */
    boolean stampNext(long now) {
        if (clean) {
            return false;
        }
        if ((originated & (stampStride - 1)) == 0) {
            return true;
        }
        if (now == 0) {
            if ((originated & (CLOCK_CHECK_EVERY - 1)) != 0) {
                return false;
            }
            now = clock.getAsLong();
        }
        return now - lastStampNanos >= STAMP_INTERVAL_NANOS;
    }

    /**
     * Writes the trace of a new message into the last bytes of {@code frame} (room made by the caller,
     * {@link TraceCodec#length}) and counts it as originated.
     *
     * @param now a fresh nanoTime when stamped
     * @return the sequence number given
     */
    long seal(byte[] frame, int topic, boolean stamped, long now) {
        int slot = slot(topic);
        long seq = nextSeq[slot];
        if (!clean) {
            TraceCodec.write(frame, node, node, slot, seq, stamped, now, now);
        }
        return seq;
    }

    /**
     * For a flat-out sender (no clock reading of its own): 0 when the next message is to be stamped,
     * as {@link #stampNext(long) stampNext(0)} decides; otherwise how many messages in a row, from
     * the next one on, go unstamped: up to the next one that is a multiple of the stride or due for a
     * clock check.
     */
    int unstampedAhead() {
        if (stampNext(0)) {
            return 0;
        }
        int period = Math.min(stampStride, CLOCK_CHECK_EVERY);
        return period - (int) (originated & (period - 1));
    }

    /**
     * Writes the plain trace of the unstamped message {@code ahead} places after the next one of a
     * topic into the last {@link TraceCodec#PLAIN_LENGTH} bytes of {@code frame}: a sender in bursts
     * seals each message of the burst with its own sequence, then calls {@link #sentUnstamped} once.
     */
    void sealAhead(byte[] frame, int topic, int ahead) {
        if (!clean) {
            int slot = slot(topic);
            TraceCodec.write(frame, node, node, slot, nextSeq[slot] + ahead, false, 0, 0);
        }
    }

    /**
     * Writes the shared trailer of a topic's frame sent again and again ({@link TraceCodec#writeShared})
     * into its last {@link #traceLength traceLength(false)} bytes; nothing for a clean node.
     */
    void sealShared(byte[] frame, int topic) {
        if (!clean) {
            TraceCodec.writeShared(frame, node, topic);
        }
    }

    /**
     * {@code count} unstamped messages of a topic went out (the next ones, sealed by
     * {@link #sealAhead}, or shared frames), as if {@link #sent} had been told of each.
     */
    void sentUnstamped(int topic, int count) {
        int slot = slot(topic);
        nextSeq[slot] += count;
        originated += count;
        if (published != null) {
            for (int i = 0; i < count; i++) {
                published.published(slot);
            }
        }
    }

    /** The message sealed last went out: advance its topic's sequence. */
    void sent(int topic, boolean stamped, long now) {
        int slot = slot(topic);
        nextSeq[slot]++;
        originated++;
        if (stamped) {
            adaptStampStride(now - lastStampNanos);
            lastStampNanos = now;
        }
        if (published != null) {
            published.published(slot);
        }
    }

    /**
     * Doubles the stride while stamps come too close together; once they come too far apart, scales
     * it down at once to what would have put them {@link #STAMP_GAP_NANOS} apart.
     */
    private void adaptStampStride(long gapNanos) {
        if (gapNanos < STAMP_GAP_NANOS && stampStride < MAX_STAMP_STRIDE) {
            stampStride <<= 1;
        } else if (gapNanos > 4 * STAMP_GAP_NANOS && stampStride > MIN_STAMP_STRIDE) {
            long fitting = stampStride * STAMP_GAP_NANOS / gapNanos;
            stampStride = (int) Math.max(MIN_STAMP_STRIDE, Long.highestOneBit(fitting));
        }
    }

    /**
     * Whether every message must carry its own sequence: a publisher's subscribers find ZeroMQ's
     * silent drops from gaps in it. Other senders' messages need no sequence unless stamped.
     */
    boolean sequencesEveryMessage() {
        return published != null;
    }

    /** The sequence slot of a topic: its own, or shared modulo the slots beyond them (no division on the common path). */
    private int slot(int topic) {
        return topic < nextSeq.length ? topic : topic % nextSeq.length;
    }

    /** The sequence number the next message (of a node without topics) gets. */
    long nextSeq() {
        return nextSeq[0];
    }
}
