package org.zmqstudio.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The application's look: AtlantaFX Primer, light or dark, plus the few rules of {@code studio.css}. */
final class Theme {

    private static final String STUDIO_CSS = Theme.class.getResource("studio.css").toExternalForm();

    private Theme() {
    }

    /**
     * Makes the light or dark theme the look of every control. Called before the first control is
     * made, it also spares the start JavaFX's own default (Modena), which the first control would
     * otherwise load only for it to be replaced.
     */
    static void useForControls(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Applies the light or dark theme to every window; the canvas picks its colours from it. */
    static void apply(Scene scene, boolean dark) {
        useForControls(dark);
        if (!scene.getStylesheets().contains(STUDIO_CSS)) {
            scene.getStylesheets().add(STUDIO_CSS);
        }
    }
}
