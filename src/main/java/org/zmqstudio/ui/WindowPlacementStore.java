package org.zmqstudio.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.zmqstudio.ui.files.RecentFiles;

/**
 * Keeps the window's last placement between runs in a small properties file, next to the recent
 * files. A convenience like them: a store that cannot be read or written is treated as empty,
 * never as an error.
 */
final class WindowPlacementStore {

    private final Path store;

    /** @param store the properties file; its folder is created on the first write */
    WindowPlacementStore(Path store) {
        this.store = store;
    }

    /** The user's store: {@code window.properties} in the {@linkplain RecentFiles#configFolder() configuration folder}. */
    static WindowPlacementStore forCurrentUser() {
        return new WindowPlacementStore(RecentFiles.configFolder().resolve("window.properties"));
    }

    /**
     * Places {@code stage} (before it is shown) where it was when it last closed, fitted to the
     * screen it is on now, or in its first placement; and remembers its placement when it closes.
     * A maximised window also gets the screen's bounds, so that it fills the screen even where no
     * window manager maximises it. FX thread.
     */
    void keep(Stage stage) {
        Optional<WindowPlacement> remembered = load();
        Screen screen = remembered
                .flatMap(last -> Screen.getScreensForRectangle(last.bounds()).stream().findFirst())
                .orElse(Screen.getPrimary());
        WindowPlacement placement = WindowPlacement.onScreen(screen.getVisualBounds(), remembered);
        Rectangle2D bounds = placement.maximized() ? screen.getVisualBounds() : placement.bounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(placement.maximized());
        WindowPlacement[] normal = {placement};
        InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()) {
                normal[0] = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> save(new WindowPlacement(normal[0].x(), normal[0].y(),
                normal[0].width(), normal[0].height(), stage.isMaximized())));
    }

    Optional<WindowPlacement> load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return WindowPlacement.fromProperties(properties);
    }

    void save(WindowPlacement placement) {
        try {
            Files.createDirectories(store.getParent());
            try (Writer out = Files.newBufferedWriter(store, StandardCharsets.UTF_8)) {
                placement.toProperties().store(out, "ZMQ Studio's window: where it was when it closed");
            }
        } catch (IOException e) {
            // A convenience: the window opens in its first placement next time.
        }
    }
}
