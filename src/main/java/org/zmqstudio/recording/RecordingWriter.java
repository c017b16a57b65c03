package org.zmqstudio.recording;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFiles;

/**
 * Writes one recording (docs/recording-format.md) to a temporary file beside its target and, at
 * {@link #finish}, renames it over the target: a reader never sees half a recording under the name.
 * Bounded: at most {@link #EVENTS_PER_SECOND} message events per second of the run; past
 * {@link #FULL_BYTES} no more events and one snapshot per {@link #THINNED_SNAPSHOT_MILLIS}; past
 * {@link #LAST_BYTES} only the final snapshot.
 * <p>
 * Not thread-safe: one thread at a time (the window's UI thread, the command line's recorder), handed
 * on with a happens-before edge. A write that fails is remembered: nothing more is written and
 * {@link #finish} throws it.
 */
public final class RecordingWriter implements AutoCloseable {

    public static final int EVENTS_PER_SECOND = 200;
    public static final long FULL_BYTES = 64L * 1024 * 1024;
    public static final long LAST_BYTES = 80L * 1024 * 1024;
    public static final long THINNED_SNAPSHOT_MILLIS = 10_000;

    private final Path target;
    private final Path temporary;
    private final BufferedWriter out;
    private long bytes;
    private long snapshots;
    private long events;
    private long eventsLeftOut;
    private long eventSecond = -1;
    private int eventsThisSecond;
    private long lastSnapshotMillis = Long.MIN_VALUE / 2;
    private IOException failure;
    private boolean finished;

    private RecordingWriter(Path target, Path temporary, BufferedWriter out) {
        this.target = target;
        this.temporary = temporary;
        this.out = out;
    }

    /**
     * Starts a recording of {@code topology} to {@code target} (replaced at {@link #finish}).
     *
     * @param originNanos the run's {@link System#nanoTime()} at the recording's start
     * @throws IOException when the temporary file cannot be made (a missing or read-only folder)
     */
    public static RecordingWriter create(Path target, Topology topology, Instant recordedAt, long originNanos)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        RecordingWriter writer = new RecordingWriter(absolute, temporary,
                Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
        writer.line(new RecordingJson.Header(RecordingJson.FORMAT, RecordingJson.VERSION, recordedAt.toString(),
                originNanos, RecordingJson.MAPPER.readTree(TopologyFiles.toJson(topology))));
        return writer;
    }

    /** Records the numbers at {@code atMillis} (ms since the start), unless the size budget thins them out. */
    public void snapshot(long atMillis, RunSnapshot snapshot) {
        if (bytes >= LAST_BYTES || bytes >= FULL_BYTES && atMillis - lastSnapshotMillis < THINNED_SNAPSHOT_MILLIS) {
            return;
        }
        lastSnapshotMillis = atMillis;
        line(new RecordedSnapshot(atMillis, snapshot));
        snapshots++;
    }

    /** Records the message events the monitor took at {@code atMillis}, as many as the sampling keeps. */
    public void events(long atMillis, List<MessageEvent> taken) {
        for (MessageEvent event : taken) {
            long second = atMillis / 1000;
            if (second != eventSecond) {
                eventSecond = second;
                eventsThisSecond = 0;
            }
            if (eventsThisSecond >= EVENTS_PER_SECOND || bytes >= FULL_BYTES) {
                eventsLeftOut++;
                continue;
            }
            eventsThisSecond++;
            line(new RecordedEvent(atMillis, event));
            events++;
        }
    }

    /**
     * Writes the run's final numbers and the end line, then renames the file over the target.
     *
     * @throws IOException when any write failed or the rename did (the target is then untouched)
     */
    public void finish(long atMillis, RunSnapshot last) throws IOException {
        lastSnapshotMillis = Long.MIN_VALUE / 2;
        line(new RecordedSnapshot(atMillis, last));
        snapshots++;
        line(new RecordingJson.EndLine(new RecordingJson.End(atMillis, snapshots, events, eventsLeftOut)));
        try {
            out.close();
        } catch (IOException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            Files.deleteIfExists(temporary);
            throw failure;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        finished = true;
    }

    public Path target() {
        return target;
    }

    /** Abandons an unfinished recording: its temporary file is deleted, the target untouched. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            out.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing to tell: the recording was abandoned anyway; a stray temporary file may stay.
        }
    }

    private void line(Object value) {
        if (failure != null || finished) {
            return;
        }
        try {
            String text = RecordingJson.MAPPER.writeValueAsString(value);
            out.write(text);
            out.write('\n');
            bytes += text.length() + 1;
        } catch (IOException e) {
            failure = e;
        }
    }
}
