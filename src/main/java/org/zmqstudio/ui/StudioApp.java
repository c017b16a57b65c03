package org.zmqstudio.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.zmqstudio.ui.files.FxFileDialogs;
import org.zmqstudio.ui.files.RecentFiles;

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
        MainWindow window = new MainWindow(stage, new FxFileDialogs(stage), RecentFiles.forCurrentUser());
        stage.show();
        Path file = initialFile;
        if (file != null) {
            window.files().open(file);
        }
    }
}
