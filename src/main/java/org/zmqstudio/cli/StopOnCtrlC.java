package org.zmqstudio.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl+C (or any other JVM shutdown) during a headless run into a clean stop: a shutdown hook
 * raises {@link #requested()} and then waits, up to a few seconds, until the command has stopped the
 * run and written its report ({@link #close()}). Without this the JVM would halt with sockets open
 * and the report unwritten.
 */
final class StopOnCtrlC implements AutoCloseable {

    /** How long the hook lets the command finish: stop (under 1 s) plus the report. */
    private static final long GRACE_SECONDS = 5;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "zmq-studio-run-ctrl-c");
    private volatile boolean requested;

    private StopOnCtrlC() {
    }

    static StopOnCtrlC install() {
        StopOnCtrlC stopOnCtrlC = new StopOnCtrlC();
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC.hook);
        return stopOnCtrlC;
    }

    /** Whether the user asked the process to stop; the command polls this. */
    boolean requested() {
        return requested;
    }

    /** The command is done (run stopped, output flushed): releases the hook and removes it. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook is running (Ctrl+C) and returns now that it has been released.
        }
    }

    private void stopAndWait() {
        requested = true;
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
