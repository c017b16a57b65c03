package org.zmqstudio.ui.monitor;

import java.util.List;
import org.zmqstudio.metrics.RunSnapshot;

/**
 * What the canvas draws of a run in one frame; immutable.
 *
 * @param snapshot the latest numbers (refreshed a few times a second, not every frame)
 * @param tokens   the message tokens in flight now
 */
public record MonitorFrame(RunSnapshot snapshot, List<Token> tokens) {

    public MonitorFrame {
        tokens = List.copyOf(tokens);
    }
}
