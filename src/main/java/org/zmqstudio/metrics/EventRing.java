package org.zmqstudio.metrics;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded single-producer, single-consumer ring of sampled {@link MessageEvent}s: the node thread
 * offers (never waits, drops when full), the reader polls. No lock on either side.
 */
public final class EventRing {

    private final MessageEvent[] slots;
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();

    /** @param capacity rounded up to a power of two, at least 2; 0 or less keeps nothing (no reader) */
    public EventRing(int capacity) {
        int size = capacity <= 0 ? 0 : Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        slots = new MessageEvent[size];
        mask = size - 1;
    }

    /** Whether an offer would be kept now; lets the producer skip building an event that would be dropped. */
    public boolean hasRoom() {
        return tail.get() - head.get() < slots.length;
    }

    /** Adds the event, or drops it when the ring is full. Producer thread only. */
    public void offer(MessageEvent event) {
        long t = tail.get();
        if (t - head.get() >= slots.length) {
            return;
        }
        slots[(int) (t & mask)] = event;
        tail.lazySet(t + 1);
    }

    /** The oldest event without taking it, or {@code null}. Consumer only. */
    MessageEvent peek() {
        long h = head.get();
        return h == tail.get() ? null : slots[(int) (h & mask)];
    }

    /** Takes the oldest event, or {@code null}. Consumer only. */
    MessageEvent poll() {
        long h = head.get();
        if (h == tail.get()) {
            return null;
        }
        int index = (int) (h & mask);
        MessageEvent event = slots[index];
        slots[index] = null;
        head.lazySet(h + 1);
        return event;
    }
}
