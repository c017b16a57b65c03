package org.zmqstudio.ui.monitor;

/** One point of a latency chart: percentiles over one snapshot interval, in microseconds. */
public record LatencyPoint(long elapsedMillis, double p50Micros, double p99Micros) {
}
