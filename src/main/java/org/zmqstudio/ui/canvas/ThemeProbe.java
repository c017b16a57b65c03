package org.zmqstudio.ui.canvas;

import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Tells whether the application's theme is dark, whatever the theme: an invisible label that the theme
 * styles like any other, whose text colour is light on a dark theme. Calls back when the theme changes
 * (e.g. AtlantaFX light to dark at run time), so that the canvas redraws in the new colours.
 */
final class ThemeProbe {

    private final Label probe = new Label();

    /** {@code changed} runs on the UI thread after the theme's text colour changed. */
    ThemeProbe(Runnable changed) {
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMouseTransparent(true);
        probe.textFillProperty().addListener((observable, before, after) -> changed.run());
    }

    /** The label to add to the canvas's children (CSS only reaches nodes in the scene). */
    Label node() {
        return probe;
    }

    CanvasColors colors() {
        Paint text = probe.getTextFill();
        boolean dark = text instanceof Color color && color.getBrightness() > 0.6;
        return dark ? CanvasColors.DARK : CanvasColors.LIGHT;
    }
}
