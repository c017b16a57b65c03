package org.zmqstudio.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces a sender on an absolute schedule: message k is due at start + k / rate, so the average rate
 * stays exact at any rate (a late message is followed by a burst, not by drift). Rate 0: no pacing.
 */
final class Pacer {

    private final double periodNanos;
    private long start;
    private long sent;

    /** @param rate messages per second; 0 or less for as fast as possible */
    Pacer(double rate) {
        this.periodNanos = rate > 0 ? 1e9 / rate : 0;
    }

    boolean paced() {
        return periodNanos > 0;
    }

    /** Starts the schedule again from now (after a pause or a restart, so there is no burst to catch up). */
    void restart(long now) {
        start = now;
        sent = 0;
    }

    /**
     * Whether the next message is due at {@code now}; if not, parks until it is, at most one poll
     * interval, and answers false so the caller looks at its controls first.
     */
    boolean due(long now) {
        if (periodNanos == 0) {
            return true;
        }
        long wait = start + (long) (sent * periodNanos) - now;
        if (wait <= 0) {
            return true;
        }
        LockSupport.parkNanos(Math.min(wait, RunContext.PARK_MILLIS * 1_000_000L));
        return false;
    }

    void sent() {
        sent++;
    }
}
