package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;
import org.zmqstudio.metrics.FrameCopy;

/**
 * The frames of a received message as a sampled event keeps them for the message view: envelope,
 * delimiter and payload in wire order, the trace taken off the last frame, each frame cut to its
 * first bytes and at most {@link FrameCopy#MAX_FRAMES} of them. Built only for a sampled event that a
 * reader will take, never per message.
 */
final class EventFrames {

    private EventFrames() {
    }

    /** @param traceLength bytes of trace at the end of the last frame */
    static List<FrameCopy> copy(Frames frames, int traceLength) {
        int kept = Math.min(frames.count(), FrameCopy.MAX_FRAMES);
        List<FrameCopy> parts = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            byte[] frame = frames.get(i);
            int size = i == frames.count() - 1 ? frame.length - traceLength : frame.length;
            parts.add(FrameCopy.of(frame, Math.max(0, size)));
        }
        return parts;
    }
}
