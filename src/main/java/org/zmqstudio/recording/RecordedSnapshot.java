package org.zmqstudio.recording;

import java.util.Objects;
import org.zmqstudio.metrics.RunSnapshot;

/**
 * A run's numbers at one moment of a recording.
 *
 * @param atMillis when, ms since the recording started (at the run's start gate)
 */
public record RecordedSnapshot(long atMillis, RunSnapshot snapshot) {

    public RecordedSnapshot {
        Objects.requireNonNull(snapshot);
    }
}
