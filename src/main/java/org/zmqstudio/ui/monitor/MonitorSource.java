package org.zmqstudio.ui.monitor;

import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;

/**
 * What the monitor draws from, frame by frame: a live run ({@link LiveRun}) or a recording played
 * back ({@link ReplayRun}). The canvas, tables, charts and message list read only this. UI thread only.
 */
public interface MonitorSource {

    /** Advances by one frame and returns what to draw; {@code nowNanos} is the animation timer's clock. */
    MonitorFrame onFrame(long nowNanos);

    /** The topology that runs (or ran), as it was when the run started. */
    Topology topology();

    /** The latest numbers shown. */
    RunSnapshot snapshot();

    EventLog eventLog();

    LatencyHistory latencyHistory();

    TokenField tokens();

    /** The {@link System#nanoTime()} of the run's start, in the clock of its message events. */
    long originNanos();

    /** The sentences of this run's messages and losses, for the event list, message view and diagnosis. */
    Explanations explanations();
}
