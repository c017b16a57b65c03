package org.zmqstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.zmqstudio.persistence.TopologyFileException;
import org.zmqstudio.persistence.TopologyFiles;
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
        if (file != null) {
            warmUpReading(file);
        }
        Application.launch(StudioApp.class);
    }

    /**
     * Reads {@code file} once on a helper thread while JavaFX starts, so that Jackson's classes and
     * mapper are ready when the window opens the file: their loading (about a fifth of the
     * window's own start) overlaps JavaFX's instead of following it. What it reads is dropped: the
     * window reads the file again and reports any problem with it.
     */
    private static void warmUpReading(Path file) {
        Thread thread = new Thread(() -> {
            try {
                TopologyFiles.load(file);
            } catch (TopologyFileException | RuntimeException reportedByTheWindow) {
                // The window's own read says what is wrong with the file.
            }
        }, "zmq-studio-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Theme.useForControls(false);
        MainWindow window = new MainWindow(stage, new FxFileDialogs(stage), RecentFiles.forCurrentUser());
        StartupProbe.watch(stage.getScene(), () -> window.canvas().framesDrawn() > 0);
        WindowPlacementStore.forCurrentUser().keep(stage);
        stage.show();
        StartupProbe.mark("shown");
        Path file = initialFile;
        if (file != null) {
            window.files().open(file);
        }
    }
}
