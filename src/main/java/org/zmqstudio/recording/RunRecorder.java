package org.zmqstudio.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.RunHandle;

/**
 * Records a run headless: a thread of its own reads the run a few times a second, on the reading
 * side (a snapshot reader of its own and the sampled events; never the node threads), and hands
 * both to a {@link RecordingWriter}. The run's handle must have been started with events on.
 */
public final class RunRecorder {

    /** How often the numbers are recorded, ms: as often as the window refreshes them. */
    public static final long SNAPSHOT_MILLIS = 250;
    private static final int EVENTS_PER_READ = 4096;

    private final RunHandle handle;
    private final RecordingWriter writer;
    private final Supplier<RunSnapshot> reader;
    private final long startNanos = System.nanoTime();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    private RunRecorder(RunHandle handle, RecordingWriter writer) {
        this.handle = handle;
        this.writer = writer;
        this.reader = handle.reader();
        this.thread = new Thread(this::record, "zmq-studio-recorder");
        thread.setDaemon(true);
    }

    /**
     * Starts recording {@code handle}'s run of {@code topology} to {@code target}.
     *
     * @throws IOException when the recording's file cannot be made
     */
    public static RunRecorder start(RunHandle handle, Topology topology, Path target) throws IOException {
        RunRecorder recorder = new RunRecorder(handle,
                RecordingWriter.create(target, topology, Instant.now(), System.nanoTime()));
        recorder.thread.start();
        return recorder;
    }

    /**
     * Stops recording and writes the run's final numbers; call after the run stopped, once.
     *
     * @throws IOException when the recording could not be written (no file is left at the target)
     */
    public void finish(RunSnapshot last) throws IOException {
        stop.countDown();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.close();
            throw new IOException("interrupted while finishing the recording");
        }
        takeEvents();
        writer.finish(elapsedMillis(), last);
    }

    private void record() {
        try {
            do {
                takeEvents();
                writer.snapshot(elapsedMillis(), reader.get());
            } while (!stop.await(SNAPSHOT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void takeEvents() {
        writer.events(elapsedMillis(), handle.drainEvents(EVENTS_PER_READ));
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
