package org.zmqstudio.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One node's running totals. Written by the node's own thread only (single writer: it reads its
 * own totals plainly and publishes them with a release store, no lock), read by any thread with an
 * acquire load.
 * <p>
 * The counters of all nodes are created together, so they sit next to each other in memory; the
 * unused padding fields keep each node's hot totals on cache lines of their own, so that two node
 * threads counting every message do not keep taking the same line from each other (false sharing).
 * Fields of one size are laid out in declaration order.
 */
public final class NodeCounters {

    private static final VarHandle SENT = handle("sent");
    private static final VarHandle RECEIVED = handle("received");
    private static final VarHandle LOST = handle("lost");
    private static final VarHandle ERRORS = handle("errors");

    @SuppressWarnings("unused")
    private long padBefore1, padBefore2, padBefore3, padBefore4, padBefore5, padBefore6, padBefore7, padBefore8;
    private long sent;
    private long received;
    private long lost;
    private long errors;
    @SuppressWarnings("unused")
    private long padAfter1, padAfter2, padAfter3, padAfter4, padAfter5, padAfter6, padAfter7, padAfter8;
    private volatile NodeState state = NodeState.STARTING;
    private volatile String lastError;

    public void addSent(long n) {
        SENT.setRelease(this, sent + n);
    }

    public void addReceived(long n) {
        RECEIVED.setRelease(this, received + n);
    }

    public void addLost(long n) {
        LOST.setRelease(this, lost + n);
    }

    /** Counts one failed operation and remembers why, in one plain sentence. */
    public void error(String sentence) {
        ERRORS.setRelease(this, errors + 1);
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
        return (long) SENT.getAcquire(this);
    }

    public long received() {
        return (long) RECEIVED.getAcquire(this);
    }

    public long lost() {
        return (long) LOST.getAcquire(this);
    }

    public long errors() {
        return (long) ERRORS.getAcquire(this);
    }

    public NodeState state() {
        return state;
    }

    public String lastError() {
        return lastError;
    }

    private static VarHandle handle(String field) {
        try {
            return MethodHandles.lookup().findVarHandle(NodeCounters.class, field, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
