package org.zmqstudio.metrics;

import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * One node's running totals. Written by the node's own thread only (single writer: plain read,
 * ordered write, no lock), read by any thread.
 */
public final class NodeCounters {

    private static final AtomicLongFieldUpdater<NodeCounters> SENT =
            AtomicLongFieldUpdater.newUpdater(NodeCounters.class, "sent");
    private static final AtomicLongFieldUpdater<NodeCounters> RECEIVED =
            AtomicLongFieldUpdater.newUpdater(NodeCounters.class, "received");
    private static final AtomicLongFieldUpdater<NodeCounters> LOST =
            AtomicLongFieldUpdater.newUpdater(NodeCounters.class, "lost");
    private static final AtomicLongFieldUpdater<NodeCounters> ERRORS =
            AtomicLongFieldUpdater.newUpdater(NodeCounters.class, "errors");

    private volatile long sent;
    private volatile long received;
    private volatile long lost;
    private volatile long errors;
    private volatile NodeState state = NodeState.STARTING;
    private volatile String lastError;

    public void addSent(long n) {
        SENT.lazySet(this, sent + n);
    }

    public void addReceived(long n) {
        RECEIVED.lazySet(this, received + n);
    }

    public void addLost(long n) {
        LOST.lazySet(this, lost + n);
    }

    /** Counts one failed operation and remembers why, in one plain sentence. */
    public void error(String sentence) {
        ERRORS.lazySet(this, errors + 1);
        lastError = sentence;
    }

    /** Remembers a sentence about something that went wrong without counting it as an error (a retry). */
    public void note(String sentence) {
        lastError = sentence;
    }

    public void state(NodeState value) {
        if (state != value) {
            state = value;
        }
    }

    public long sent() {
        return sent;
    }

    public long received() {
        return received;
    }

    public long lost() {
        return lost;
    }

    public long errors() {
        return errors;
    }

    public NodeState state() {
        return state;
    }

    public String lastError() {
        return lastError;
    }
}
