package org.zmqstudio.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl+C (SIGINT), SIGTERM or any other JVM shutdown during a headless run into a clean stop:
 * the command polls {@link #requested()}, stops the run, writes its report and exits with
 * {@link #exitCode()} (128 + the signal's number, as shells do). For SIGINT and SIGTERM the JVM's own
 * handling is replaced while the run lasts, so the command knows which one came; any other shutdown
 * (SIGHUP, say) goes through a shutdown hook that waits, up to a few seconds, until the command is
 * done. Without this the JVM would halt with sockets open and the report unwritten.
 */
final class StopOnSignal implements AutoCloseable {

    /** How long the shutdown hook lets the command finish: stop (under 1 s) plus the report. */
    private static final long GRACE_SECONDS = 5;
    private static final int SIGINT = 2;
    private static final int SIGTERM = 15;
    private static final int SIGNAL_EXIT_BASE = 128;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "zmq-studio-run-shutdown");
    private SignalHandler previousInt;
    private SignalHandler previousTerm;
    private volatile String name;
    private volatile int number;

    private StopOnSignal() {
    }

    static StopOnSignal install() {
        StopOnSignal stop = new StopOnSignal();
        stop.previousInt = handle("INT", signal -> stop.requested("Ctrl+C (SIGINT)", SIGINT));
        stop.previousTerm = handle("TERM", signal -> stop.requested("SIGTERM", SIGTERM));
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether a signal or a shutdown asked the process to stop; the command polls this. */
    boolean requested() {
        return name != null;
    }

    /** What stopped the run, for the summary: "Ctrl+C (SIGINT)", "SIGTERM" or "a shutdown of the JVM". */
    String name() {
        return name == null ? "nothing" : name;
    }

    /** 130 after SIGINT, 143 after SIGTERM, 1 after another shutdown. */
    int exitCode() {
        return number > 0 ? SIGNAL_EXIT_BASE + number : ExitCodes.FAILURE;
    }

    /** The command is done (run stopped, output flushed): puts the JVM's handling back and releases the hook. */
    @Override
    public void close() {
        finished.countDown();
        restore("INT", previousInt);
        restore("TERM", previousTerm);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook is running and returns now that it has been released.
        }
    }

    private void requested(String signalName, int signalNumber) {
        if (name == null) {
            number = signalNumber;
            name = signalName;
        }
    }

    private void stopAndWait() {
        requested("a shutdown of the JVM", 0);
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Installs the handler; the one it replaced, or {@code null} where the JVM does not let this signal be handled. */
    private static SignalHandler handle(String signal, SignalHandler handler) {
        try {
            return Signal.handle(new Signal(signal), handler);
        } catch (IllegalArgumentException notHandledHere) {
            return null;
        }
    }

    private static void restore(String signal, SignalHandler previous) {
        if (previous != null) {
            handle(signal, previous);
        }
    }
}
