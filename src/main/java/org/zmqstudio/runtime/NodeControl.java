package org.zmqstudio.runtime;

/**
 * What the user asked of one node while it runs; written by any thread (the handle), read by the
 * node's thread at its next poll.
 */
final class NodeControl {

    /** Work per message set live, ms, or -1 to use the behaviour's own {@code workMillis}. */
    volatile long workMillis = -1;
    volatile boolean paused;
    volatile boolean killed;

    long workMillis(long behaviourDefault) {
        long live = workMillis;
        return live >= 0 ? live : behaviourDefault;
    }
}
