package org.zmqstudio.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.LatencySummary;

class BenchResultTest {

    private static final double EXACT = 1e-9;
    private static final long MESSAGES = 1_000_000;

    @Test
    void theMediansAreTheMiddleSampleOrTheMeanOfTheTwoMiddleOnes() {
        BenchResult odd = new BenchResult(perSecond(1, 4, 2), perSecond(1, 1, 1));
        BenchResult even = new BenchResult(perSecond(1, 4, 2, 8), perSecond(1, 1, 1, 1));

        assertEquals(2.0, odd.rawPerSecond(), EXACT, "1, 2 and 4 msgs/s");
        assertEquals((2 + 4) / 2.0, even.rawPerSecond(), EXACT, "1, 2, 4 and 8 msgs/s");
    }

    @Test
    void theRatiosArePairedWithTheRawSampleTakenJustBeforeEachEngineSample() {
        // the machine was busy during the second and fourth pair, slowing both sides tenfold: every
        // pair says 0.5, and so does the middle half, however far apart the pairs are
        BenchResult result = new BenchResult(perSecond(10, 1, 10, 1), perSecond(5, 0.5, 5, 0.5));

        assertArrayEquals(new double[] {0.5, 0.5}, result.pairedRatioMiddleHalf(), EXACT);
    }

    @Test
    void theMiddleHalfLeavesOutTheLowestAndHighestQuarterOfTheRatios() {
        // ratios 0.5 to 0.9 in a shuffled order: sorted, the quartiles are the second and the fourth
        BenchResult result = new BenchResult(perSecond(1, 1, 1, 1, 1), perSecond(0.9, 0.5, 0.7, 0.6, 0.8));

        assertArrayEquals(new double[] {0.6, 0.8}, result.pairedRatioMiddleHalf(), EXACT);
    }

    @Test
    void aSingleSampleIsItsOwnRange() {
        BenchResult result = new BenchResult(perSecond(2), perSecond(1));

        assertArrayEquals(new double[] {0.5, 0.5}, result.pairedRatioMiddleHalf(), EXACT);
    }

    @Test
    void roundTripPercentilesArePairedAndTheirMediansTakenPerPercentile() {
        // raw p90s 100, 200 (a busy moment), 100; the engine's 110, 220, 130: pairs 1.1, 1.1 and 1.3
        BenchResult result = new BenchResult(roundTrips(new double[] {50, 100}, new double[] {90, 200}, new double[] {50, 100}),
                roundTrips(new double[] {55, 110}, new double[] {99, 220}, new double[] {60, 130}));

        assertEquals(100, BenchResult.latency(result.raw(), LatencySummary::p90Micros), EXACT);
        assertEquals(130, BenchResult.latency(result.engine(), LatencySummary::p90Micros), EXACT);
        assertEquals(60, BenchResult.latency(result.engine(), LatencySummary::p50Micros), EXACT);
        assertArrayEquals(new double[] {1.1, 1.2}, result.pairedLatencyMiddleHalf(LatencySummary::p90Micros), EXACT);
        assertArrayEquals(new double[] {1.1, 1.15}, result.pairedLatencyMiddleHalf(LatencySummary::p50Micros), EXACT);
    }

    @Test
    void samplesThatCannotBePairedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BenchResult(perSecond(1, 2), perSecond(1)));
        assertThrows(IllegalArgumentException.class, () -> new BenchResult(List.of(), List.of()));
    }

    /** Round-trip samples with these {p50, p90} in µs (p99 and max as p90). */
    private static List<BenchSample> roundTrips(double[]... p50AndP90) {
        return java.util.Arrays.stream(p50AndP90)
                .map(p -> new BenchSample(100, 1_000_000_000L, new LatencySummary(100, p[0], p[1], p[1], p[1])))
                .toList();
    }

    /** Samples at these rates, msgs/s: a million messages each, in the time that rate takes. */
    private static List<BenchSample> perSecond(double... rates) {
        return DoubleStream.of(rates)
                .mapToObj(rate -> new BenchSample(MESSAGES, Math.round(MESSAGES / rate * 1e9), LatencySummary.EMPTY))
                .toList();
    }
}
