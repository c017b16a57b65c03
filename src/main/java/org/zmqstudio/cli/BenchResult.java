package org.zmqstudio.cli;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.zmqstudio.metrics.LatencySummary;

/** The timed samples of one shape, raw and engine, and their medians. */
record BenchResult(List<BenchSample> raw, List<BenchSample> engine) {

    BenchResult {
        raw = List.copyOf(raw);
        engine = List.copyOf(engine);
    }

    static double median(List<BenchSample> samples, ToDoubleFunction<BenchSample> value) {
        double[] sorted = samples.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    double rawPerSecond() {
        return median(raw, BenchSample::messagesPerSecond);
    }

    double enginePerSecond() {
        return median(engine, BenchSample::messagesPerSecond);
    }

    /** Median over the samples of each sample's round-trip p50, µs. */
    static double p50(List<BenchSample> samples) {
        return median(samples, s -> s.roundTrip().p50Micros());
    }

    /** Median over the samples of each sample's round-trip p99, µs. */
    static double p99(List<BenchSample> samples) {
        return median(samples, s -> s.roundTrip().p99Micros());
    }

    boolean hasRoundTrips() {
        return raw.stream().map(BenchSample::roundTrip).noneMatch(LatencySummary::isEmpty);
    }
}
