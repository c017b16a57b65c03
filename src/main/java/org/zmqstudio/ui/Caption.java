package org.zmqstudio.ui;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Presentation mode's caption: one sentence in large type at the bottom of the screen (the run's
 * state, the step's event, the speed), shown at once and faded out after a few seconds. Id
 * {@code presentation-caption}. UI thread only.
 */
final class Caption {

    private static final Duration HOLD = Duration.seconds(3.5);
    private static final Duration FADE = Duration.seconds(1);

    private final Label label = new Label();
    private final SequentialTransition fading;

    Caption() {
        label.setId("presentation-caption");
        label.getStyleClass().add("presentation-caption");
        label.setWrapText(true);
        label.setMaxWidth(1100);
        label.setMouseTransparent(true);
        label.setOpacity(0);
        StackPane.setAlignment(label, Pos.BOTTOM_CENTER);
        StackPane.setMargin(label, new Insets(0, 40, 36, 40));
        FadeTransition out = new FadeTransition(FADE, label);
        out.setToValue(0);
        fading = new SequentialTransition(new PauseTransition(HOLD), out);
    }

    Label node() {
        return label;
    }

    /** Shows {@code text} now, for a few seconds; a blank text hides the caption. */
    void show(String text) {
        fading.stop();
        if (text == null || text.isBlank()) {
            label.setOpacity(0);
            return;
        }
        label.setText(text);
        label.setOpacity(1);
        fading.playFromStart();
    }

    String text() {
        return label.getOpacity() > 0 ? label.getText() : "";
    }
}
