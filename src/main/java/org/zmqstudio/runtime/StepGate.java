package org.zmqstudio.runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Step mode: each sender needs a permit per message it originates; {@link #step()} grants one to the
 * sender that has waited longest. Senders only check, never wait, so their loops keep polling.
 */
final class StepGate {

    private volatile boolean enabled;
    private final ConcurrentLinkedQueue<Integer> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicIntegerArray queued;
    private final AtomicIntegerArray permits;

    StepGate(int nodes) {
        queued = new AtomicIntegerArray(nodes);
        permits = new AtomicIntegerArray(nodes);
    }

    boolean enabled() {
        return enabled;
    }

    void enabled(boolean value) {
        enabled = value;
        if (!value) {
            waiting.clear();
            for (int i = 0; i < queued.length(); i++) {
                queued.set(i, 0);
                permits.set(i, 0);
            }
        }
    }

    /** Whether the node may originate one message now (always outside step mode); takes its permit. */
    boolean mayOriginate(int node) {
        if (!enabled) {
            return true;
        }
        if (permits.get(node) > 0) {
            permits.decrementAndGet(node);
            return true;
        }
        if (queued.compareAndSet(node, 0, 1)) {
            waiting.add(node);
        }
        return false;
    }

    void step() {
        if (!enabled) {
            return;
        }
        Integer node = waiting.poll();
        if (node != null) {
            queued.set(node, 0);
            permits.incrementAndGet(node);
        }
    }
}
