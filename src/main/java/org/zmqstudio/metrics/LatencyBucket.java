package org.zmqstudio.metrics;

/**
 * One bar of a latency histogram: how many samples lay above the previous bucket's bound and at most
 * {@code upToMicros}. Buckets double in width: up to 1 µs, 2 µs, 4 µs, and so on.
 */
public record LatencyBucket(double upToMicros, long count) {
}
