package org.zmqstudio.ui.canvas;

import javafx.scene.paint.Color;
import org.zmqstudio.model.PatternFamily;

/**
 * The canvas's colours, one set for a light theme and one for a dark one, chosen for contrast on a
 * projector. Accents by pattern family match the socket-type icons.
 */
record CanvasColors(boolean dark, Color background, Color gridMinor, Color gridMajor, Color card, Color cardBorder,
                    Color text, Color secondaryText, Color link, Color selection, Color valid, Color invalid,
                    Color warning) {

    static final CanvasColors LIGHT = new CanvasColors(false,
            Color.web("#f6f8fa"), Color.web("#e4e8ec"), Color.web("#d0d7de"), Color.web("#ffffff"),
            Color.web("#afb8c1"), Color.web("#1f2328"), Color.web("#4f5862"), Color.web("#57606a"),
            Color.web("#0969da"), Color.web("#1a7f37"), Color.web("#cf222e"), Color.web("#b07800"));

    static final CanvasColors DARK = new CanvasColors(true,
            Color.web("#0d1117"), Color.web("#171c23"), Color.web("#252c35"), Color.web("#1c2128"),
            Color.web("#444c56"), Color.web("#e6edf3"), Color.web("#a3acb6"), Color.web("#8b949e"),
            Color.web("#4493f8"), Color.web("#3fb950"), Color.web("#f85149"), Color.web("#d29922"));

    /** The accent of a pattern family, the same hue as its icons. */
    static Color accent(PatternFamily family) {
        return switch (family) {
            case REQUEST_REPLY -> Color.web("#2d6bcf");
            case PUBLISH_SUBSCRIBE -> Color.web("#17917a");
            case PIPELINE -> Color.web("#e0731c");
            case EXCLUSIVE_PAIR -> Color.web("#7b4fc4");
        };
    }
}
