package org.zmqstudio;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting on state in tests: reads until what is read satisfies a condition, or a bound passes. The
 * short pause between two reads only spares the CPU; what the test waits for is the condition, so a
 * slow machine makes a test slower, never wrong. The bound is generous: it only ends a test whose
 * condition never comes.
 */
public final class Eventually {

    /** Pause between two reads, ms. */
    private static final long POLL_MILLIS = 20;

    private Eventually() {
    }

    /**
     * Reads until {@code holds} accepts the value or {@code max} has passed.
     *
     * @return the last value read: the first that holds, or the one read at the bound
     */
    public static <T> T await(Duration max, Supplier<T> read, Predicate<T> holds) {
        long deadline = System.nanoTime() + max.toNanos();
        T value = read.get();
        while (!holds.test(value) && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(POLL_MILLIS * 1_000_000);
            value = read.get();
        }
        return value;
    }

    /** Whether {@code condition} came to hold within {@code max}. */
    public static boolean await(Duration max, BooleanSupplier condition) {
        return await(max, condition::getAsBoolean, Boolean::booleanValue);
    }
}
