package org.zmqstudio.metrics;

import java.util.List;

/**
 * Percentiles of a set of latency samples, in microseconds, and where it was asked for, their
 * histogram.
 *
 * @param count     how many samples the percentiles stand on (0: no sample, every value is 0)
 * @param histogram buckets of doubling width from the first up to the one holding the maximum, or
 *                  empty when not computed
 */
public record LatencySummary(long count, double p50Micros, double p90Micros, double p99Micros, double maxMicros,
                             List<LatencyBucket> histogram) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

    public LatencySummary {
        histogram = List.copyOf(histogram);
    }

    /** Percentiles without a histogram. */
    public LatencySummary(long count, double p50Micros, double p90Micros, double p99Micros, double maxMicros) {
        this(count, p50Micros, p90Micros, p99Micros, maxMicros, List.of());
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
