package org.zmqstudio.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces a sender on an absolute schedule: message k is due at start + k / rate, so the average rate
 * stays exact at any rate (a late message is followed by a burst, not by drift). The rate follows the
 * run's {@link RunSpeed}: a change of speed starts a new schedule whose next message is one new period
 * away. Rate 0 at full speed: no pacing. One sender's thread only.
 */
final class Pacer {

    private final double rate;
    private final RunSpeed speed;
    private double scheduledSpeed;
    private double periodNanos;
    private long start;
    private long sent;

    /** @param rate messages per second at speed 1; 0 or less for as fast as possible */
    Pacer(double rate, RunSpeed speed) {
        this.rate = rate;
        this.speed = speed;
        schedule(speed.get());
    }

    /** Whether messages wait for their time: a rate, or a run slowed below full speed. */
    boolean paced() {
        return rate > 0 || speed.get() < RunSpeed.MAX;
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
        double current = speed.get();
        if (current != scheduledSpeed) {
            schedule(current);
            start = now;
            sent = 1;
        }
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

    private void schedule(double at) {
        scheduledSpeed = at;
        double paced = RunSpeed.rate(rate, at);
        periodNanos = paced > 0 ? 1e9 / paced : 0;
    }
}
