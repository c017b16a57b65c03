package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The start order of DESIGN.md §5: every unit binds, then every unit connects and waits for its
 * connections, then every unit that binds over tcp or ipc waits until exactly its peers' connections
 * are up (settles), then the gate opens and the senders start together.
 * <p>
 * One monitor guards every phase: a waiter blocks without a timeout slice and is woken once, when
 * its phase opens or the run stops ({@link #wakeForStop}); with a thousand units waiting, nothing
 * polls. Thread-safe.
 */
final class StartSequence {

    private final int units;
    private int bound;
    private int ready;
    private int settled;
    private boolean connectOpen;
    private boolean settleOpen;
    private boolean gateOpen;
    private boolean stopped;
    private String failure;
    private final List<String> unconnected = new ArrayList<>();

    StartSequence(int units) {
        this.units = units;
    }

    /** A unit has bound (or failed to, saying why in a sentence). */
    synchronized void bound(String failureOrNull) {
        if (failureOrNull != null && failure == null) {
            failure = failureOrNull;
        }
        bound++;
        notifyAll();
    }

    synchronized String failure() {
        return failure;
    }

    /** A unit has connected; {@code notConnected} names the links whose handshake never came. */
    synchronized void ready(List<String> notConnected) {
        unconnected.addAll(notConnected);
        ready++;
        notifyAll();
    }

    /** The links whose handshake had not come when their unit stopped waiting, in the order reported. */
    synchronized List<String> unconnected() {
        return List.copyOf(unconnected);
    }

    synchronized void openConnectPhase() {
        connectOpen = true;
        notifyAll();
    }

    /** Every unit is ready: binders may now check that exactly their peers' connections are up. */
    synchronized void openSettlePhase() {
        settleOpen = true;
        notifyAll();
    }

    /** A unit has checked its binds (or had none to check). */
    synchronized void settled() {
        settled++;
        notifyAll();
    }

    synchronized void openGate() {
        gateOpen = true;
        notifyAll();
    }

    /** Ends every wait at once: the run is stopping. */
    synchronized void wakeForStop() {
        stopped = true;
        notifyAll();
    }

    /** Waits until every unit has bound or one failed; false when {@code deadlineNanos} came first. */
    synchronized boolean awaitBound(long deadlineNanos) {
        return await(() -> bound >= units || failure != null, deadlineNanos);
    }

    /** Waits until every unit is ready; false when {@code deadlineNanos} came first. */
    synchronized boolean awaitReady(long deadlineNanos) {
        return await(() -> ready >= units, deadlineNanos);
    }

    /** Waits until every unit has settled; false when {@code deadlineNanos} came first. */
    synchronized boolean awaitSettled(long deadlineNanos) {
        return await(() -> settled >= units, deadlineNanos);
    }

    /** Waits until binders may check their connections; false when the run stopped first. */
    synchronized boolean awaitSettlePhase() {
        return await(() -> settleOpen, Long.MAX_VALUE) && !stopped;
    }

    /** Waits until connectors may connect; false when the run stopped first. */
    synchronized boolean awaitConnectPhase() {
        return await(() -> connectOpen, Long.MAX_VALUE) && !stopped;
    }

    /** Waits for the start gate; false when the run stopped first. */
    synchronized boolean awaitGate() {
        return await(() -> gateOpen, Long.MAX_VALUE) && !stopped;
    }

    /** Called holding the monitor; {@code deadlineNanos} is a {@link System#nanoTime} or {@code Long.MAX_VALUE}. */
    private boolean await(BooleanSupplier open, long deadlineNanos) {
        try {
            while (!open.getAsBoolean()) {
                if (stopped) {
                    return false;
                }
                if (deadlineNanos == Long.MAX_VALUE) {
                    wait();
                } else {
                    long left = deadlineNanos - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                }
            }
            return true;
        } catch (InterruptedException e) {
            // Socket threads wait here, and JeroMQ is not interrupt-safe: the flag stays clear so that
            // the thread can still close its sockets; the interrupt ends the wait as a stop would.
            return false;
        }
    }
}
