package org.zmqstudio.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.zmqstudio.metrics.LatencySummary;

/** Prints {@code bench}'s results: a throughput row per flat-out shape, then each REQ->REP shape's round-trip latency. */
final class BenchTable {

    private static final String ROW = "%-22s %10s %14s %14s %11s %12s";

    private BenchTable() {
    }

    /** @param messages {@code --messages}, from which each shape's count follows */
    static void print(Map<BenchShape, BenchResult> results, int messages, PrintWriter out) {
        row(out, "shape", "messages", "raw msgs/s", "engine msgs/s", "engine/raw", "middle half");
        results.forEach((shape, result) -> {
            if (!shape.paced()) {
                row(out, shape.title(), shape.messagesFor(messages), rate(result.rawPerSecond()),
                        rate(result.enginePerSecond()), ratio(result.enginePerSecond(), result.rawPerSecond()),
                        range(result.pairedRatioMiddleHalf()));
            }
        });
        results.forEach((shape, result) -> {
            if (result.hasRoundTrips()) {
                out.println();
                row(out, shape.title(), shape.messagesFor(messages), "raw us", "engine us", "engine/raw", "middle half");
                latencyRow(out, "  p50", result, LatencySummary::p50Micros);
                latencyRow(out, "  p90", result, LatencySummary::p90Micros);
                latencyRow(out, "  p99", result, LatencySummary::p99Micros);
            }
        });
        out.println();
        out.println("msgs/s and us: medians over the samples; pub-sub counts messages published (each reaches");
        out.println("4 subscribers), req-rep counts round trips; engine/raw above 1 means the engine is faster");
        out.println("(throughput) or slower (latency). middle half: the middle 50 % of the pairs' own ratios,");
        out.println("each engine sample over the raw sample just before it; a wide range means a noisy machine.");
        out.println("msg {n}: every message a fresh 64 B rendered from the default template (raw: a fresh");
        out.println("byte[64] with the number in); the others send the same 64 B again and again.");
        out.flush();
    }

    private static void latencyRow(PrintWriter out, String label, BenchResult result,
                                   ToDoubleFunction<LatencySummary> percentile) {
        double raw = BenchResult.latency(result.raw(), percentile);
        double engine = BenchResult.latency(result.engine(), percentile);
        row(out, label, "", String.format(Locale.ROOT, "%.1f", raw), String.format(Locale.ROOT, "%.1f", engine),
                ratio(engine, raw), range(result.pairedLatencyMiddleHalf(percentile)));
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    /** One line of the table, without the blanks of empty last columns. */
    private static void row(PrintWriter out, Object... columns) {
        out.println(String.format(Locale.ROOT, ROW, columns).stripTrailing());
    }

    private static String range(double[] lowAndHigh) {
        return String.format(Locale.ROOT, "%.2f-%.2f", lowAndHigh[0], lowAndHigh[1]);
    }

    private static String ratio(double engine, double raw) {
        return raw > 0 ? String.format(Locale.ROOT, "%.2f", engine / raw) : "-";
    }
}
