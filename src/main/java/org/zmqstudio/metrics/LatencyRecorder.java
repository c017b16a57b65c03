package org.zmqstudio.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * Latency samples: one writer thread (always the same one) records wait-free; one reader (the
 * snapshot taker, under its lock) swaps out the interval histogram and adds it to the run's total.
 * A recorder that took no sample since the reader's last look costs the reader nothing: with a
 * thousand nodes, most of them idle between two snapshots, swapping and clearing every histogram
 * was most of a snapshot's time.
 */
public final class LatencyRecorder {

    private static final int SIGNIFICANT_DIGITS = 3;
    private static final double NANOS_PER_MICRO = 1000.0;
    private static final long FIRST_BUCKET_NANOS = 1000;
    private static final VarHandle RECORDED;

    static {
        try {
            RECORDED = MethodHandles.lookup().findVarHandle(LatencyRecorder.class, "recorded", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SingleWriterRecorder recorder = new SingleWriterRecorder(SIGNIFICANT_DIGITS);
    private final Histogram total = new Histogram(SIGNIFICANT_DIGITS);
    private final Histogram window = new Histogram(SIGNIFICANT_DIGITS);
    /** Samples of the whole run per doubling range of latency ({@link #doublingRange}), kept as they roll in. */
    private final long[] doublingCounts = new long[64];
    private Histogram interval;
    /** Samples recorded so far: written by the writer after each sample (release), read by the reader. */
    private long recorded;
    /** {@link #recorded} as of the reader's last roll. Reader only. */
    private long rolled;
    private LatencySummary recent = LatencySummary.EMPTY;
    private LatencySummary totalSummary = LatencySummary.EMPTY;

    /** Records one sample, ns; negative values (clock skew between cores) count as 0. Writer thread only. */
    public void record(long nanos) {
        recorder.recordValue(Math.max(0, nanos));
        RECORDED.setRelease(this, recorded + 1);
    }

    /**
     * Moves the samples recorded since the last call into the total and the current window; with
     * {@code closeWindow}, the window becomes {@link #recent()} and a new one begins. Reader only.
     */
    void roll(boolean closeWindow) {
        long nowRecorded = (long) RECORDED.getAcquire(this);
        if (nowRecorded != rolled) {
            // Every sample counted in nowRecorded is in the recorder already: the count follows it.
            rolled = nowRecorded;
            interval = recorder.getIntervalHistogram(interval);
            if (interval.getTotalCount() > 0) {
                total.add(interval);
                window.add(interval);
                addToDoublingCounts(interval);
                totalSummary = summarize(total, histogram());
            }
        }
        if (closeWindow) {
            recent = summarize(window, List.of());
            if (window.getTotalCount() > 0) {
                window.reset();
            }
        }
    }

    /** Every sample since the run started, as of the last {@link #roll()}, with its histogram. */
    LatencySummary total() {
        return totalSummary;
    }

    /** The samples of the last window closed. */
    LatencySummary recent() {
        return recent;
    }

    private static LatencySummary summarize(Histogram h, List<LatencyBucket> histogram) {
        if (h.getTotalCount() == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(h.getTotalCount(),
                h.getValueAtPercentile(50) / NANOS_PER_MICRO,
                h.getValueAtPercentile(90) / NANOS_PER_MICRO,
                h.getValueAtPercentile(99) / NANOS_PER_MICRO,
                h.getMaxValue() / NANOS_PER_MICRO,
                histogram);
    }

    /** Adds each recorded value of the interval to its doubling range (a step per value recorded, not per possible value). */
    private void addToDoublingCounts(Histogram recorded) {
        for (HistogramIterationValue value : recorded.recordedValues()) {
            long nanos = recorded.lowestEquivalentValue(value.getValueIteratedTo());
            doublingCounts[doublingRange(nanos)] += value.getCountAtValueIteratedTo();
        }
    }

    /** The index of the range holding {@code nanos}: 0 up to 1 µs, k up to 2^k µs. */
    private static int doublingRange(long nanos) {
        return nanos <= FIRST_BUCKET_NANOS ? 0 : 64 - Long.numberOfLeadingZeros((nanos - 1) / FIRST_BUCKET_NANOS);
    }

    /** The doubling ranges from the first to the last that holds a sample. */
    private List<LatencyBucket> histogram() {
        int last = doublingCounts.length - 1;
        while (last > 0 && doublingCounts[last] == 0) {
            last--;
        }
        List<LatencyBucket> buckets = new ArrayList<>(last + 1);
        for (int range = 0; range <= last; range++) {
            buckets.add(new LatencyBucket(Math.scalb(1.0, range), doublingCounts[range]));
        }
        return buckets;
    }
}
