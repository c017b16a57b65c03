package org.zmqstudio.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.zmqstudio.metrics.LatencySummary;

/**
 * The timed samples of one shape, raw and engine, in the order they were taken (raw sample i just
 * before engine sample i), their medians and the spread of their ratios.
 */
record BenchResult(List<BenchSample> raw, List<BenchSample> engine) {

    BenchResult {
        raw = List.copyOf(raw);
        engine = List.copyOf(engine);
        if (raw.size() != engine.size() || raw.isEmpty()) {
            throw new IllegalArgumentException("a bench result needs as many raw as engine samples, at least one: "
                    + raw.size() + " raw, " + engine.size() + " engine");
        }
    }

    private static double median(List<BenchSample> samples, ToDoubleFunction<BenchSample> value) {
        return quantile(samples.stream().mapToDouble(value).sorted().toArray(), 0.5);
    }

    double rawPerSecond() {
        return median(raw, BenchSample::messagesPerSecond);
    }

    double enginePerSecond() {
        return median(engine, BenchSample::messagesPerSecond);
    }

    /**
     * The middle half of the pairs' throughput ratios (each engine sample over the raw sample taken
     * just before it, under the same load on the machine): {@code {25th, 75th percentile}}. How far
     * apart they are says how much to trust the ratio of the medians.
     */
    double[] pairedRatioMiddleHalf() {
        return pairedMiddleHalf(BenchSample::messagesPerSecond);
    }

    /** As {@link #pairedRatioMiddleHalf()}, for a round-trip percentile ({@link LatencySummary#p50Micros} …). */
    double[] pairedLatencyMiddleHalf(ToDoubleFunction<LatencySummary> percentile) {
        return pairedMiddleHalf(s -> percentile.applyAsDouble(s.roundTrip()));
    }

    /** Median over the samples of each sample's round-trip percentile, µs. */
    static double latency(List<BenchSample> samples, ToDoubleFunction<LatencySummary> percentile) {
        return median(samples, s -> percentile.applyAsDouble(s.roundTrip()));
    }

    private double[] pairedMiddleHalf(ToDoubleFunction<BenchSample> value) {
        double[] ratios = IntStream.range(0, raw.size())
                .mapToDouble(i -> value.applyAsDouble(engine.get(i)) / value.applyAsDouble(raw.get(i)))
                .sorted()
                .toArray();
        return new double[] {quantile(ratios, 0.25), quantile(ratios, 0.75)};
    }

    boolean hasRoundTrips() {
        return raw.stream().map(BenchSample::roundTrip).noneMatch(LatencySummary::isEmpty);
    }

    /** The {@code q} quantile (0 to 1) of sorted values, interpolated between the two nearest. */
    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
