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
            LockSupport.parkNanos(Math.min(left, RunContext.POLL_MILLIS * 1_000_000L));
        }
    }

    /**
     * Spends the work a node does on each message it receives: {@code configuredMillis} from its
     * behaviour, unless the user changed it while running. Returns whether any time was spent.
     */
    static boolean perMessage(RunContext run, int node, long configuredMillis) {
        long millis = run.controls[node].workMillis(configuredMillis);
        if (millis <= 0) {
            return false;
        }
        spend(millis, run);
        return true;
    }

    /** Waits one poll interval: for a thread with nothing to do right now. */
    static void idle() {
        LockSupport.parkNanos(RunContext.POLL_MILLIS * 1_000_000L);
    }
}
