package org.zmqstudio.metrics;

/**
 * Percentiles of a set of latency samples, in microseconds.
 *
 * @param count how many samples the percentiles stand on (0: no sample, every value is 0)
 */
public record LatencySummary(long count, double p50Micros, double p90Micros, double p99Micros, double maxMicros) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return count == 0;
    }
}
