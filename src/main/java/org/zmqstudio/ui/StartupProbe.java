package org.zmqstudio.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.zmqstudio.ui.canvas.TopologyCanvas;

/**
 * With {@code -Dzmqstudio.startupProbe=true}, prints one line on stdout once the first frame that
 * shows the canvas has been painted, with the milliseconds since the process started to each
 * stage of the start: {@code zmqstudio-startup painted=2140 open=380 start=690 opened=1500 shown=1910}. The
 * startup benchmark ({@code StartupBench}, test scope) reads it. Without the property it does nothing.
 *
 * <p>"Painted": the canvas drew a frame after the layout had given it its size, and the next pulse
 * has begun; JavaFX renders a pulse's frame before it syncs the next, so the frame is on screen
 * give or take one pulse (16 ms).
 * Times are wall-clock milliseconds since the OS started the process (10 ms resolution on Linux).
 * FX thread only, except {@link #mark}.
 */
final class StartupProbe {

    static final String PROPERTY = "zmqstudio.startupProbe";
    static final String PREFIX = "zmqstudio-startup";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupProbe() {
    }

    /** Notes that the start reached {@code stage} now (any thread). */
    static synchronized void mark(String stage) {
        if (ENABLED) {
            MARKS.put(stage, sinceProcessStart());
        }
    }

    /**
     * Watches the scene's pulses until the canvas has drawn a frame at the size the layout gave it
     * (and so with the opened file fitted to it), then prints the line at the next pulse and stops
     * watching.
     */
    static void watch(Scene scene, TopologyCanvas canvas) {
        if (!ENABLED) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        long[] framesAtSize = {-1};
        boolean[] drawn = new boolean[1];
        listener[0] = () -> {
            if (drawn[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                mark("painted");
                print();
            } else if (framesAtSize[0] < 0) {
                if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
                    framesAtSize[0] = canvas.framesDrawn();
                }
                Platform.requestNextPulse();
            } else if (canvas.framesDrawn() > framesAtSize[0]) {
                drawn[0] = true;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static synchronized void print() {
        StringBuilder line = new StringBuilder(PREFIX).append(" painted=").append(MARKS.get("painted"));
        MARKS.forEach((stage, millis) -> {
            if (!stage.equals("painted")) {
                line.append(' ').append(stage).append('=').append(millis);
            }
        });
        System.out.println(line);
    }

    private static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }
}
