package org.zmqstudio.ui.monitor;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The replay's timeline: a slider over the recording's length that follows the playhead frame by
 * frame and, dragged or clicked, moves it there; and the time, {@code 12.3 s / 40.0 s}. Ids:
 * {@code replay-timeline}, {@code replay-time}. UI thread only.
 */
final class ReplayBar extends HBox {

    private final Slider timeline = new Slider(0, 1, 0);
    private final Label time = new Label();
    /** Set while the bar itself moves the slider, so that the move is not taken for the user's seek. */
    private boolean following;

    ReplayBar(RunController controller) {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        timeline.setId("replay-timeline");
        timeline.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(timeline, Priority.ALWAYS);
        setPadding(new Insets(4, 8, 4, 8));
        timeline.setTooltip(new Tooltip("The recording's timeline: drag or click to move to any moment"));
        time.setId("replay-time");
        time.setMinWidth(110);
        Label title = new Label("Replay");
        title.setStyle("-fx-font-weight: bold");
        getChildren().addAll(title, timeline, time);
        timeline.valueProperty().addListener((o, was, value) -> {
            if (!following) {
                controller.seek(value.doubleValue());
            }
        });
        controller.frameProperty().addListener((o, was, frame) -> controller.replay().ifPresent(this::follow));
    }

    private void follow(ReplayRun replay) {
        following = true;
        timeline.setMax(Math.max(1, replay.durationMillis()));
        if (!timeline.isValueChanging()) {
            timeline.setValue(replay.positionMillis());
        }
        following = false;
        time.setText(String.format(Locale.ROOT, "%.1f s / %.1f s", replay.positionMillis() / 1000,
                replay.durationMillis() / 1000.0));
    }
}
