package org.zmqstudio.runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;

/**
 * Step mode: each sender needs a permit per message it originates; {@link #step()} grants one to the
 * sender that has waited longest. Senders only check, never wait, so their loops keep polling.
 * <p>
 * A sender shows {@link NodeState#HELD} from its second refused check on, and {@link NodeState#RUNNING}
 * when it takes a permit. Not from the first: a loop publishes what it sent once per step, after the
 * check that ended the step, so a sender seen held has published everything it sent.
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

    /**
     * Whether the node may originate one message now (always outside step mode); takes its permit.
     * Call from the node's own thread only, with its counters: the gate shows there whether it holds
     * the node (see the class comment).
     */
    boolean mayOriginate(int node, NodeCounters counters) {
        if (!enabled) {
            return true;
        }
        if (permits.get(node) > 0) {
            permits.decrementAndGet(node);
            counters.state(NodeState.RUNNING);
            return true;
        }
        if (queued.compareAndSet(node, 0, 1)) {
            waiting.add(node);
        } else {
            counters.state(NodeState.HELD);
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
