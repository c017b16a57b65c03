package org.zmqstudio.ui.monitor;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.recording.RecordingWriter;
import org.zmqstudio.runtime.RunHandle;

/**
 * The monitor's view of one run, pulled from the engine once per frame by the UI's single animation
 * timer: message events become tokens and event-list rows every frame; the numbers (snapshot,
 * latency history) refresh every {@link #SNAPSHOT_INTERVAL_NANOS}. When the run is recorded, what is
 * pulled is also handed to the recording, on the reading side at frame rate, never in the engine's
 * threads. The engine never calls in. UI thread only, but for {@link #finishRecording}.
 */
public final class LiveRun implements MonitorSource {

    /** How often the numbers refresh: often enough to feel live, slowly enough to read. */
    public static final long SNAPSHOT_INTERVAL_NANOS = 250_000_000L;
    /** Events taken from the engine per frame at most; the rest wait for the next frame or are dropped there. */
    static final int EVENTS_PER_FRAME = 512;
    static final int TOKENS_PER_LINK = 24;
    static final int EVENT_LOG_CAPACITY = 1000;

    private final RunHandle handle;
    private final Topology topology;
    private final Explanations explanations;
    private final EventLog eventLog = new EventLog(EVENT_LOG_CAPACITY);
    private final LatencyHistory latencyHistory = new LatencyHistory();
    private final TokenField tokens = new TokenField(TOKENS_PER_LINK);
    private final long originNanos;
    private final RecordingWriter recording;
    private RunSnapshot snapshot;
    private long lastFrameNanos = -1;
    private long lastSnapshotNanos;

    public LiveRun(RunHandle handle, Topology topology) {
        this(handle, topology, null, System.nanoTime());
    }

    /**
     * @param recording   where the run is recorded, or {@code null} when it is not
     * @param originNanos the {@link System#nanoTime()} the run's times count from (the recording's too)
     */
    LiveRun(RunHandle handle, Topology topology, RecordingWriter recording, long originNanos) {
        this.handle = Objects.requireNonNull(handle);
        this.topology = Objects.requireNonNull(topology);
        this.explanations = new Explanations(topology);
        this.recording = recording;
        this.originNanos = originNanos;
        this.snapshot = handle.snapshot();
    }

    @Override
    public MonitorFrame onFrame(long nowNanos) {
        List<MessageEvent> events = handle.drainEvents(EVENTS_PER_FRAME);
        for (MessageEvent event : events) {
            eventLog.add(event);
            tokens.launch(event);
        }
        if (recording != null && !events.isEmpty()) {
            recording.events(sinceStartMillis(), events);
        }
        long frameNanos = lastFrameNanos < 0 ? 0 : nowNanos - lastFrameNanos;
        lastFrameNanos = nowNanos;
        if (nowNanos - lastSnapshotNanos >= SNAPSHOT_INTERVAL_NANOS) {
            lastSnapshotNanos = nowNanos;
            refreshNumbers();
        }
        return new MonitorFrame(snapshot, tokens.advance(frameNanos));
    }

    public RunHandle handle() {
        return handle;
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public RunSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public EventLog eventLog() {
        return eventLog;
    }

    @Override
    public LatencyHistory latencyHistory() {
        return latencyHistory;
    }

    @Override
    public TokenField tokens() {
        return tokens;
    }

    @Override
    public long originNanos() {
        return originNanos;
    }

    /** Whether the run is being recorded. */
    public boolean recorded() {
        return recording != null;
    }

    /**
     * After the run stopped and the timer with it (any thread, once): writes the run's final numbers
     * and puts the recording in place.
     *
     * @throws IOException when the recording could not be written (no file is left at its target)
     */
    void finishRecording() throws IOException {
        if (recording != null) {
            recording.finish(sinceStartMillis(), handle.snapshot());
        }
    }

    private void refreshNumbers() {
        snapshot = handle.snapshot();
        latencyHistory.record(snapshot);
        eventLog.noteLosses(handle.losses(snapshot), System.nanoTime());
        if (recording != null) {
            recording.snapshot(sinceStartMillis(), snapshot);
        }
    }

    private long sinceStartMillis() {
        return (System.nanoTime() - originNanos) / 1_000_000;
    }

    @Override
    public Explanations explanations() {
        return explanations;
    }
}
