package org.zmqstudio.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One flow's running totals (messages node {@code from} sent that node {@code to} received). Written
 * by the receiving node's thread only (plain reads of its own totals, release stores), read by any
 * thread with acquire loads.
 */
public final class FlowCounters {

    private static final VarHandle MESSAGES = handle("messages");
    private static final VarHandle BYTES = handle("bytes");
    private static final VarHandle LOST = handle("lost");

    private final int from;
    private final int to;
    private final String linkId;
    private final LatencyRecorder hopLatency = new LatencyRecorder();
    /** How the flow's count grew; sampled and read under the {@link RunMetrics} lock only. */
    final FlowHistory history = new FlowHistory();
    private long messages;
    private long bytes;
    private long lost;

    FlowCounters(int from, int to, String linkId) {
        this.from = from;
        this.to = to;
        this.linkId = linkId;
    }

    /** Counts {@code count} received messages of {@code payloadBytes} bytes in all (every frame, trace excluded). */
    public void received(long count, long payloadBytes) {
        MESSAGES.setRelease(this, messages + count);
        BYTES.setRelease(this, bytes + payloadBytes);
    }

    public void addLost(long n) {
        LOST.setRelease(this, lost + n);
    }

    /** Records one hop latency sample, ns. */
    public void hopLatency(long nanos) {
        hopLatency.record(nanos);
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    String linkId() {
        return linkId;
    }

    long messages() {
        return (long) MESSAGES.getAcquire(this);
    }

    long bytes() {
        return (long) BYTES.getAcquire(this);
    }

    long lost() {
        return (long) LOST.getAcquire(this);
    }

    LatencyRecorder latency() {
        return hopLatency;
    }

    private static VarHandle handle(String field) {
        try {
            return MethodHandles.lookup().findVarHandle(FlowCounters.class, field, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
