package org.zmqstudio.recording;

import java.util.Objects;
import org.zmqstudio.metrics.MessageEvent;

/**
 * One sampled message hop of a recording.
 *
 * @param atMillis when the monitor saw it, ms since the recording started; its own nanosecond times
 *                 are those of the recording run's clock (see {@link Recording#originNanos()})
 */
public record RecordedEvent(long atMillis, MessageEvent event) {

    public RecordedEvent {
        Objects.requireNonNull(event);
    }
}
