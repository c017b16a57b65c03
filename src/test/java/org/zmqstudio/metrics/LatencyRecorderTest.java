package org.zmqstudio.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void theWholeRunHasAHistogramOfDoublingRangesThatHoldsEverySample() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (long nanos : new long[] {500, 700, 900, 3_000, 3_500, 100_000}) {
            recorder.record(nanos);
        }
        recorder.roll(true);
        List<LatencyBucket> histogram = recorder.total().histogram();
        assertEquals(List.of(1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0),
                histogram.stream().map(b -> (double) Math.round(b.upToMicros())).toList());
        assertEquals(List.of(3L, 0L, 2L, 0L, 0L, 0L, 0L, 1L), histogram.stream().map(LatencyBucket::count).toList());
    }

    @Test
    void eachRangeHoldsItsUpperBound() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (long nanos : new long[] {1_000, 2_000, 4_000, 4_100}) {
            recorder.record(nanos);
        }
        recorder.roll(true);
        assertEquals(List.of(1L, 1L, 1L, 1L), recorder.total().histogram().stream().map(LatencyBucket::count).toList());
    }

    @Test
    void laterSamplesAddToTheWholeRunWhileTheIntervalHasNoHistogram() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(1_500);
        recorder.roll(true);
        recorder.record(1_600);
        recorder.roll(true);
        assertEquals(2, recorder.total().histogram().stream().mapToLong(LatencyBucket::count).sum());
        assertEquals(1, recorder.recent().count());
        assertTrue(recorder.recent().histogram().isEmpty());
    }
}
