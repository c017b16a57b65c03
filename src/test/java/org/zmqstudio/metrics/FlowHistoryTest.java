package org.zmqstudio.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FlowHistoryTest {

    private static final long MS = 1_000_000;

    @Test
    void aColdStartIsLeftOutOfTheSteadyRateAndTheLastMessageIsPlacedByTheRateBefore() {
        FlowHistory history = new FlowHistory();
        long count = 0;
        // One second at 1,000/s, then one at 10,000/s, sampled every 50 ms; the last 250 messages of the
        // last interval arrive in its first 25 ms, then nothing more moves.
        for (long t = 50; t <= 2000; t += 50) {
            count += t <= 1000 ? 50 : 500;
            history.sample(t * MS, count);
        }
        history.sample(2050 * MS, count + 250);
        history.sample(2100 * MS, count + 250);

        assertEquals(2025, history.activeNanos() / MS);
        assertEquals(10_000, history.steadyPerSecond(), 1);
    }

    @Test
    void aShortFlowGetsItsAverageAndAFlowWithoutMessagesNothing() {
        FlowHistory history = new FlowHistory();
        assertEquals(0, history.steadyPerSecond());
        history.sample(40 * MS, 80);
        history.sample(90 * MS, 80);

        assertEquals(40, history.activeNanos() / MS);
        assertEquals(2000, history.steadyPerSecond(), 1e-6);
    }

    @Test
    void anHourOfSamplesKeepsTheSteadyRateInBoundedSpace() {
        FlowHistory history = new FlowHistory();
        for (long t = 50; t <= 3_600_000; t += 50) {
            history.sample(t * MS, t * 3);
        }
        assertEquals(3000, history.steadyPerSecond(), 1e-6);
        assertEquals(3_600_000, history.activeNanos() / MS);
    }
}
