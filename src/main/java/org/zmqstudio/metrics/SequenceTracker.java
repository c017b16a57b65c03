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

    /** @param topicSlots per origin node index, how many topic sequences it numbers (0: not tracked) */
    public SequenceTracker(int[] topicSlots) {
        this.topicSlots = topicSlots.clone();
        this.lastSeen = new AtomicReferenceArray<>(topicSlots.length);
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
        return seq - last - 1;
    }

    /** The last sequence seen of (origin, topic), or -1. */
    long lastSeen(int origin, int topic) {
        AtomicLongArray seen = lastSeen.get(origin);
        return seen == null ? -1 : seen.get(topic);
    }
}
