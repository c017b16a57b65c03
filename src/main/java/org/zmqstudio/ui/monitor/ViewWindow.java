package org.zmqstudio.ui.monitor;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window beside the main one (not modal), for a message view or a loss diagnosis. UI thread only. */
final class ViewWindow {

    private static final double WIDTH = 720;
    private static final double HEIGHT = 520;

    private ViewWindow() {
    }

    /** Shows {@code content} in a new window owned by {@code owner} (may be {@code null}), and returns it. */
    static Stage show(Window owner, String title, Parent content) {
        Stage stage = new Stage();
        Scene scene = new Scene(content, WIDTH, HEIGHT);
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        stage.setScene(scene);
        stage.setTitle(title);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
