package org.zmqstudio.runtime;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The start order of DESIGN.md §5: every unit binds, then every unit connects and waits for its
 * connections, then the gate opens and the senders start together. Waits are in short slices so a
 * stop is never missed.
 */
final class StartSequence {

    private final CountDownLatch bound;
    private final CountDownLatch connect = new CountDownLatch(1);
    private final CountDownLatch ready;
    private final CountDownLatch gate = new CountDownLatch(1);
    private volatile String failure;

    StartSequence(int units) {
        bound = new CountDownLatch(units);
        ready = new CountDownLatch(units);
    }

    /** A unit has bound (or failed to, saying why in a sentence). */
    void bound(String failureOrNull) {
        if (failureOrNull != null && failure == null) {
            failure = failureOrNull;
        }
        bound.countDown();
    }

    String failure() {
        return failure;
    }

    void ready() {
        ready.countDown();
    }

    void openConnectPhase() {
        connect.countDown();
    }

    void openGate() {
        gate.countDown();
    }

    boolean awaitBound(long millis) {
        return await(bound, millis, () -> false);
    }

    boolean awaitReady(long millis) {
        return await(ready, millis, () -> false);
    }

    /** Waits until connectors may connect; false when the run stopped first. */
    boolean awaitConnectPhase(BooleanSupplier stopping) {
        return await(connect, Long.MAX_VALUE, stopping);
    }

    /** Waits for the start gate; false when the run stopped first. */
    boolean awaitGate(BooleanSupplier stopping) {
        return await(gate, Long.MAX_VALUE, stopping);
    }

    private static boolean await(CountDownLatch latch, long millis, BooleanSupplier stopping) {
        long deadline = millis == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + millis * 1_000_000;
        try {
            while (!stopping.getAsBoolean()) {
                if (latch.await(RunContext.POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
                if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                    return false;
                }
            }
            return false;
        } catch (InterruptedException e) {
            // Socket threads wait here, and JeroMQ is not interrupt-safe: the flag stays clear so that
            // the thread can still close its sockets; the interrupt ends the wait as a stop would.
            return false;
        }
    }
}
