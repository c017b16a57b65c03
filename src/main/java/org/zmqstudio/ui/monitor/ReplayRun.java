package org.zmqstudio.ui.monitor;

import java.util.List;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.recording.RecordedEvent;
import org.zmqstudio.recording.RecordedSnapshot;
import org.zmqstudio.recording.Recording;

/**
 * A recording played back as the live run was drawn: at the playhead the numbers are the snapshot
 * recorded by then, and each recorded message event becomes a token and a row as the playhead passes
 * it. Plays at the chosen speed, pauses, steps from one message to the next and seeks anywhere. Opens
 * no socket. UI thread only.
 */
public final class ReplayRun implements MonitorSource {

    private final Recording recording;
    private final Explanations explanations;
    private final EventLog eventLog = new EventLog(LiveRun.EVENT_LOG_CAPACITY);
    private final LatencyHistory latencyHistory = new LatencyHistory();
    private final TokenField tokens = new TokenField(LiveRun.TOKENS_PER_LINK);
    private double positionMillis;
    /** The next event to show: every event before it has been shown. */
    private int nextEvent;
    private RunSnapshot snapshot;
    private boolean playing = true;
    private double speed = 1;
    private long lastFrameNanos = -1;

    public ReplayRun(Recording recording) {
        this.recording = recording;
        this.explanations = new Explanations(recording.topology());
        this.snapshot = recording.snapshots().get(0).snapshot();
        seek(0);
    }

    public Recording recording() {
        return recording;
    }

    @Override
    public MonitorFrame onFrame(long nowNanos) {
        long frameNanos = lastFrameNanos < 0 ? 0 : nowNanos - lastFrameNanos;
        lastFrameNanos = nowNanos;
        if (playing) {
            moveTo(Math.min(recording.durationMillis(), positionMillis + frameNanos / 1e6 * speed));
            if (positionMillis >= recording.durationMillis()) {
                playing = false;
            }
        }
        return new MonitorFrame(snapshot, tokens.advance(frameNanos));
    }

    /** Where the playhead is, ms since the recording's start. */
    public double positionMillis() {
        return positionMillis;
    }

    public long durationMillis() {
        return recording.durationMillis();
    }

    public boolean playing() {
        return playing;
    }

    /** Plays from the playhead (from the start again once at the end), or pauses it. */
    public void setPlaying(boolean value) {
        if (value && positionMillis >= recording.durationMillis()) {
            seek(0);
        }
        playing = value;
    }

    /** The playback speed, a factor of the recorded time. */
    public void setSpeed(double value) {
        speed = value;
        tokens.setSpeed(value);
    }

    /** Pauses and moves the playhead to the next recorded message, which then shows; at the end, nothing. */
    public void step() {
        playing = false;
        if (nextEvent < recording.events().size()) {
            moveTo(recording.events().get(nextEvent).atMillis());
        } else {
            moveTo(recording.durationMillis());
        }
    }

    /**
     * Moves the playhead to {@code atMillis}: the numbers of that moment, the message list as it stood
     * then, and no tokens in flight (they resume with the next message played).
     */
    public void seek(double atMillis) {
        double target = Math.max(0, Math.min(recording.durationMillis(), atMillis));
        tokens.clear();
        eventLog.clear();
        latencyHistory.clear();
        long at = (long) target;
        int end = recording.firstEventAfter(at);
        for (RecordedEvent event : recording.events().subList(Math.max(0, end - LiveRun.EVENT_LOG_CAPACITY), end)) {
            eventLog.add(event.event());
        }
        for (RecordedSnapshot recorded : recording.snapshots()) {
            if (recorded.atMillis() > at) {
                break;
            }
            if (recorded.atMillis() >= at - LatencyHistory.WINDOW_MILLIS) {
                latencyHistory.record(recorded.snapshot());
            }
        }
        nextEvent = end;
        positionMillis = target;
        snapshot = recording.snapshotAt(at).orElse(recording.snapshots().get(0).snapshot());
    }

    /** Plays forward to {@code atMillis}: the events passed launch their tokens, the numbers follow. */
    private void moveTo(double atMillis) {
        positionMillis = atMillis;
        long at = (long) atMillis;
        List<RecordedEvent> events = recording.events();
        while (nextEvent < events.size() && events.get(nextEvent).atMillis() <= at) {
            MessageEvent event = events.get(nextEvent++).event();
            eventLog.add(event);
            tokens.launch(event);
        }
        RunSnapshot now = recording.snapshotAt(at).orElse(snapshot);
        if (now != snapshot) {
            snapshot = now;
            latencyHistory.record(now);
        }
    }

    @Override
    public Topology topology() {
        return recording.topology();
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
        return recording.originNanos();
    }

    @Override
    public Explanations explanations() {
        return explanations;
    }
}
