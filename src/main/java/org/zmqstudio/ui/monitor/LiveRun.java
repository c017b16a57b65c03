package org.zmqstudio.ui.monitor;

import java.util.Objects;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.RunHandle;

/**
 * The monitor's view of one run, pulled from the engine once per frame by the UI's single animation
 * timer: message events become tokens and event-list rows every frame; the numbers (snapshot,
 * latency history) refresh every {@link #SNAPSHOT_INTERVAL_NANOS}. The engine
 * never calls in. UI thread only.
 */
public final class LiveRun {

    /** How often the numbers refresh: often enough to feel live, slowly enough to read. */
    public static final long SNAPSHOT_INTERVAL_NANOS = 250_000_000L;
    /** Events taken from the engine per frame at most; the rest wait for the next frame or are dropped there. */
    static final int EVENTS_PER_FRAME = 512;
    static final int TOKENS_PER_LINK = 24;

    private final RunHandle handle;
    private final Topology topology;
    private final Explanations explanations;
    private final EventLog eventLog = new EventLog(1000);
    private final LatencyHistory latencyHistory = new LatencyHistory();
    private final TokenField tokens = new TokenField(TOKENS_PER_LINK);
    private RunSnapshot snapshot;
    private long lastFrameNanos = -1;
    private long lastSnapshotNanos;

    public LiveRun(RunHandle handle, Topology topology) {
        this.handle = Objects.requireNonNull(handle);
        this.topology = Objects.requireNonNull(topology);
        this.explanations = new Explanations(topology);
        this.snapshot = handle.snapshot();
    }

    /** Advances by one frame and returns what to draw; {@code nowNanos} is the animation timer's clock. */
    public MonitorFrame onFrame(long nowNanos) {
        for (MessageEvent event : handle.drainEvents(EVENTS_PER_FRAME)) {
            eventLog.add(event);
            tokens.launch(event);
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

    /** The topology that runs, as it was when the run started. */
    public Topology topology() {
        return topology;
    }

    public RunSnapshot snapshot() {
        return snapshot;
    }

    public EventLog eventLog() {
        return eventLog;
    }

    public LatencyHistory latencyHistory() {
        return latencyHistory;
    }

    public TokenField tokens() {
        return tokens;
    }

    private void refreshNumbers() {
        snapshot = handle.snapshot();
        latencyHistory.record(snapshot);
        eventLog.noteLosses(handle.losses(snapshot), System.nanoTime());
    }

    /** The sentences of this run's messages and losses, for the event list, message view and diagnosis. */
    public Explanations explanations() {
        return explanations;
    }
}
