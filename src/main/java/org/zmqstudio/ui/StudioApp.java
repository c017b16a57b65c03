package org.zmqstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.zmqstudio.ui.files.FxFileDialogs;
import org.zmqstudio.ui.files.RecentFiles;

/** The JavaFX application; {@link #open(Path)} is the one entry point the command line uses. */
public final class StudioApp extends Application {

    /**
     * JavaFX's own loggers, held so that their level sticks (java.util.logging keeps loggers weakly).
     * They warn that JavaFX runs from the class path (it does, inside the one jar) and log table
     * layout notes at INFO: noise in the terminal of someone who just opened the window.
     */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("javafx"), Logger.getLogger("com.sun.javafx.application.PlatformImpl"));

    private static volatile Path initialFile;

    /** Starts the GUI and blocks until its window closes; {@code file} may be {@code null}. */
    public static void open(Path file) {
        StartupProbe.mark("open");
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
        initialFile = file;
        Application.launch(StudioApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Theme.useForControls(false);
        MainWindow window = new MainWindow(stage, new FxFileDialogs(stage), RecentFiles.forCurrentUser());
        StartupProbe.watch(stage.getScene(), window.canvas());
        WindowPlacementStore.forCurrentUser().keep(stage);
        // The file is read before the window is shown: read after, it kept a mapped window blank
        // (white) for the time Jackson takes to start. A broken file's error shows first, then the window.
        Path file = initialFile;
        if (file != null) {
            window.files().open(file);
        }
        StartupProbe.mark("opened");
        stage.show();
        StartupProbe.mark("shown");
    }
}
