package org.zmqstudio.metrics;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Finds silent drops at one receiving node: the last sequence number seen per (origin, topic) for
 * the origins whose every message this node should see (publishers), so a jump is a loss. Written by
 * the node's thread, read by the snapshot taker for losses at the tail.
 */
public final class SequenceTracker {

    private final int[] topicSlots;
    private final AtomicReferenceArray<AtomicLongArray> lastSeen;
    /** Per origin, the messages that went before the first one seen of each topic: the slow joiner's. */
    private final AtomicLongArray missedBeforeFirst;

    /** @param topicSlots per origin node index, how many topic sequences it numbers (0: not tracked) */
    public SequenceTracker(int[] topicSlots) {
        this.topicSlots = topicSlots.clone();
        this.lastSeen = new AtomicReferenceArray<>(topicSlots.length);
        this.missedBeforeFirst = new AtomicLongArray(topicSlots.length);
    }

    /**
     * Notes that sequence {@code seq} of (origin, topic) arrived and returns how many messages before
     * it never did (0 for untracked origins, repeats and the expected next one).
     */
    public long arrived(int origin, int topic, long seq) {
        if (origin >= topicSlots.length || topic >= topicSlots[origin]) {
            return 0;
        }
        AtomicLongArray seen = lastSeen.get(origin);
        if (seen == null) {
            seen = new AtomicLongArray(topicSlots[origin]);
            for (int i = 0; i < seen.length(); i++) {
                seen.lazySet(i, -1);
            }
            lastSeen.lazySet(origin, seen);
        }
        long last = seen.get(topic);
        if (seq <= last) {
            return 0;
        }
        seen.lazySet(topic, seq);
        if (last < 0 && seq > 0) {
            missedBeforeFirst.lazySet(origin, missedBeforeFirst.get(origin) + seq);
        }
        return seq - last - 1;
    }

    /**
     * Of the gaps from {@code origin}, the messages published before the first one this node saw of
     * each topic: sent before its subscription reached the publisher (a slow joiner), not dropped at
     * a high-water mark.
     */
    public long missedBeforeFirst(int origin) {
        return origin < topicSlots.length ? missedBeforeFirst.get(origin) : 0;
    }

    /** How many origins the tracker has a place for (the run's nodes). */
    public int origins() {
        return topicSlots.length;
    }

    /** Whether this node checks {@code origin}'s sequences (it is a publisher upstream of it). */
    public boolean tracks(int origin) {
        return origin < topicSlots.length && topicSlots[origin] > 0;
    }

    /** Whether any message of {@code origin} arrived here. */
    public boolean seenAny(int origin) {
        return origin < topicSlots.length && lastSeen.get(origin) != null;
    }

    /** The last sequence seen of (origin, topic), or -1. */
    long lastSeen(int origin, int topic) {
        AtomicLongArray seen = lastSeen.get(origin);
        return seen == null ? -1 : seen.get(topic);
    }
}
