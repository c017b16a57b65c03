package org.zmqstudio.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application; {@link #open(Path)} is the one entry point the command line uses. */
public final class StudioApp extends Application {

    private static volatile Path initialFile;

    /** Starts the GUI and blocks until its window closes; {@code file} may be {@code null}. */
    public static void open(Path file) {
        initialFile = file;
        Application.launch(StudioApp.class);
    }

    @Override
    public void start(Stage stage) {
        Path file = initialFile;
        stage.setTitle("ZMQ Studio" + (file == null ? "" : " — " + file.getFileName()));
        stage.setScene(new Scene(new Label(file == null ? "ZMQ Studio" : file.toString()), 800, 600));
        stage.show();
    }
}
