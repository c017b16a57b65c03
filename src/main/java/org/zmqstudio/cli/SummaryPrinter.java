package org.zmqstudio.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.runtime.RunHandle;

/**
 * Prints {@code run}'s summary line once a second on a thread of its own, with its own snapshot
 * reader, so that the command's own thread only watches cheap state: a snapshot of a large run on a
 * machine it saturates can take seconds, and the duration is a promise.
 */
final class SummaryPrinter implements AutoCloseable {

    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How long {@link #close()} waits for a line being made, ms. */
    private static final long CLOSE_WAIT_MILLIS = 1000;

    private final RunHandle handle;
    private final RunSummaryLine summary;
    private final PrintWriter err;
    private final Thread thread = new Thread(this::printEverySecond, "zmq-studio-run-summary");
    private volatile boolean closed;

    private SummaryPrinter(RunHandle handle, RunSummaryLine summary, PrintWriter err) {
        this.handle = handle;
        this.summary = summary;
        this.err = err;
        thread.setDaemon(true);
    }

    static SummaryPrinter start(RunHandle handle, RunSummaryLine summary, PrintWriter err) {
        SummaryPrinter printer = new SummaryPrinter(handle, summary, err);
        printer.thread.start();
        return printer;
    }

    /**
     * Stops printing: once this returns no line follows, and a line being made is dropped rather than
     * printed after the command's last line.
     */
    @Override
    public void close() {
        synchronized (err) {
            closed = true;
        }
        LockSupport.unpark(thread);
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printEverySecond() {
        Supplier<RunSnapshot> reader = handle.reader();
        long next = System.nanoTime() + INTERVAL_NANOS;
        while (!closed) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            next += INTERVAL_NANOS;
            String line = summary.format(reader.get(), handle.phase().name().toLowerCase(Locale.ROOT));
            synchronized (err) {
                if (!closed) {
                    err.println(line);
                }
            }
        }
    }
}
