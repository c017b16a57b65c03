package org.zmqstudio.runtime;

import org.zmqstudio.metrics.PublishedCounts;

/**
 * The originating side of one node: numbers its messages (per topic for a publisher), decides which
 * ones carry timestamps, and writes their trace. One thread only.
 */
final class Outbound {

    /** Every this-many messages one is stamped, whatever the rate. */
    private static final int STAMP_EVERY = 16;
    /** At low rates every message at least this far apart is stamped, ns. */
    private static final long STAMP_INTERVAL_NANOS = 1_000_000;

    private final int node;
    private final long[] nextSeq;
    private final PublishedCounts published;
    private long originated;
    private long lastStampNanos;

    /** @param published the publisher's counts, or {@code null} when the node is not a tracked publisher */
    Outbound(int node, int topicSlots, PublishedCounts published) {
        this.node = node;
        this.nextSeq = new long[Math.max(1, topicSlots)];
        this.published = published;
    }

    /** Whether the next message should be stamped; {@code now} is a fresh nanoTime, or 0 when the caller has none. */
    boolean stampNext(long now) {
        if ((originated & (STAMP_EVERY - 1)) == 0) {
            return true;
        }
        return now != 0 && now - lastStampNanos >= STAMP_INTERVAL_NANOS;
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
        TraceCodec.write(frame, node, node, slot, seq, stamped, now, now);
        return seq;
    }

    /** The message sealed last went out: advance its topic's sequence. */
    void sent(int topic, boolean stamped, long now) {
        int slot = slot(topic);
        nextSeq[slot]++;
        originated++;
        if (stamped) {
            lastStampNanos = now;
        }
        if (published != null) {
            published.published(slot);
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
