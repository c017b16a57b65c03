package org.zmqstudio.bench;

import org.zmqstudio.metrics.LatencySummary;

/**
 * One timed run of a bench shape, raw or engine.
 *
 * @param messages     messages the shape's origin sent and every receiver got (round trips for REQ→REP)
 * @param elapsedNanos from the release of the senders to the last message received
 * @param roundTrip    round-trip latency for REQ→REP, else {@link LatencySummary#EMPTY}
 */
record BenchSample(long messages, long elapsedNanos, LatencySummary roundTrip) {

    double messagesPerSecond() {
        return messages * 1e9 / Math.max(1, elapsedNanos);
    }
}
