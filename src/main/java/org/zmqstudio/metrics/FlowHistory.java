package org.zmqstudio.metrics;

import java.util.Arrays;

/**
 * How one flow's received count grew over the run, sampled a few times a second: when it last
 * moved, and its steady rate. Bounded: past {@value #CAPACITY} samples every other one is dropped and
 * samples come half as often, so an hour's run holds as much as a minute's. Used under the lock of
 * its {@link RunMetrics} only.
 */
final class FlowHistory {

    /** Samples kept at most. */
    private static final int CAPACITY = 256;
    /** Closest two kept samples may be at first, ns. */
    private static final long FIRST_SPACING_NANOS = 100_000_000;

    private long[] nanos = new long[CAPACITY];
    private long[] counts = new long[CAPACITY];
    private int size;
    private long spacingNanos = FIRST_SPACING_NANOS;
    private long lastCount;
    private long lastSampleNanos;
    private double lastRate;
    private long lastMovedNanos;

    /**
     * Notes the flow's count at {@code now} (ns since the start gate).
     * When it moved since the last call, the last message is placed where the rate before says the
     * messages of this interval ended, within the interval (to within the sampling interval when the
     * rate was not known).
     */
    void sample(long now, long count) {
        if (count != lastCount) {
            long moved = count - lastCount;
            long interval = now - lastSampleNanos;
            long at = now;
            if (lastRate > 0) {
                at = Math.min(now, lastSampleNanos + (long) (moved / lastRate * 1e9));
            }
            lastRate = interval > 0 ? moved * 1e9 / interval : 0;
            lastMovedNanos = at;
            lastCount = count;
        } else {
            lastRate = 0;
        }
        lastSampleNanos = now;
        if (size == 0 || now - nanos[size - 1] >= spacingNanos) {
            if (size == CAPACITY) {
                compact();
            }
            nanos[size] = now;
            counts[size] = count;
            size++;
        }
    }

    /** Time from the start gate to the last message this flow received, ns; 0 before the first. */
    long activeNanos() {
        return lastCount == 0 ? 0 : lastMovedNanos;
    }

    /**
     * The median of the rates between kept samples in the second half of the flow's active time,
     * msgs/s: what the flow carried once warm, a cold start's slow first seconds left out. The
     * average over the active time when that half holds fewer than two intervals; 0 without messages.
     */
    double steadyPerSecond() {
        long active = activeNanos();
        if (active <= 0) {
            return 0;
        }
        double[] rates = new double[size];
        int n = 0;
        for (int i = 1; i < size; i++) {
            if (nanos[i - 1] >= active / 2 && nanos[i] <= active && nanos[i] > nanos[i - 1]) {
                rates[n++] = (counts[i] - counts[i - 1]) * 1e9 / (nanos[i] - nanos[i - 1]);
            }
        }
        if (n < 2) {
            return lastCount * 1e9 / active;
        }
        Arrays.sort(rates, 0, n);
        return n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
    }

    /** Keeps every other sample, the first always, and samples half as often from now on. */
    private void compact() {
        int kept = 0;
        for (int i = 0; i < size; i += 2) {
            nanos[kept] = nanos[i];
            counts[kept] = counts[i];
            kept++;
        }
        size = kept;
        spacingNanos *= 2;
    }
}
