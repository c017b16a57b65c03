package org.zmqstudio.runtime;

import java.util.concurrent.locks.LockSupport;

/** Simulated work and idling, in slices short enough that a stop is seen at once. */
final class Work {

    private Work() {
    }

    /** Spends {@code millis} ms, or less when the run stops meanwhile. */
    static void spend(long millis, RunContext run) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long left;
        while ((left = deadline - System.nanoTime()) > 0 && !run.stopping()) {
            LockSupport.parkNanos(Math.min(left, RunContext.PARK_MILLIS * 1_000_000L));
        }
    }

    /**
     * The work a node does on each message it receives, ms: {@code configuredMillis} from its
     * behaviour, unless the user changed it while running, stretched by the run's speed
     * ({@link RunSpeed}). The receiving loops read it once per step.
     */
    static long millisPerMessage(RunContext run, int node, long configuredMillis) {
        return run.speed.stretch(run.controls[node].workMillis(configuredMillis));
    }

    /** Waits one poll interval: for a thread with nothing to do right now. */
    static void idle() {
        LockSupport.parkNanos(RunContext.PARK_MILLIS * 1_000_000L);
    }
}
