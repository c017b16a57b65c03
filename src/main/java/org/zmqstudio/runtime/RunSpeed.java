package org.zmqstudio.runtime;

/**
 * How fast a run goes, as a factor of real time from {@link #MIN} to {@link #MAX}: a learner's slow
 * motion that slows the run itself, not only its drawing. At speed {@code s} a paced sender sends at
 * {@code rate × s}, simulated work per message takes {@code workMillis / s} and a request waits
 * {@code timeoutMillis / s} for its reply, so the counts come out as at 1×, only later. A flat-out
 * sender (rate 0) has no pace to scale: at 1× it stays flat out; below 1× it is paced at
 * {@link #SLOWED_FLAT_OUT_RATE}{@code × s} messages a second (10/s at 0.01×), slow enough to follow.
 * Start delays ({@code startAfterMillis}) are not scaled.
 * <p>
 * Written by any thread (the handle), read by the node threads at their next message. Thread-safe.
 */
public final class RunSpeed {

    public static final double MIN = 0.01;
    public static final double MAX = 1.0;
    /** What a flat-out sender sends per second at speed 1 once the run is slowed at all, msgs/s. */
    public static final double SLOWED_FLAT_OUT_RATE = 1000;

    private volatile double value = MAX;

    /** The factor now, {@link #MIN} to {@link #MAX}. */
    public double get() {
        return value;
    }

    /** Sets the factor, clamped to {@link #MIN}–{@link #MAX} (NaN counts as {@link #MAX}). */
    public void set(double speed) {
        value = clamp(speed);
    }

    public static double clamp(double speed) {
        return Double.isNaN(speed) ? MAX : Math.max(MIN, Math.min(MAX, speed));
    }

    /** The sender's rate at this speed, msgs/s; 0 for flat out. */
    static double rate(double configuredRate, double speed) {
        if (configuredRate > 0) {
            return configuredRate * speed;
        }
        return speed < MAX ? SLOWED_FLAT_OUT_RATE * speed : 0;
    }

    /** A duration of the run's own (work, a timeout) as it lasts at the speed now, in the same unit. */
    long stretch(long duration) {
        double speed = value;
        return speed >= MAX ? duration : (long) Math.min(Long.MAX_VALUE / 2, duration / speed);
    }
}
