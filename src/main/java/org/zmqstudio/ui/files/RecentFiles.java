package org.zmqstudio.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The topology files opened or saved lately, most recent first, kept in a small text file (one path
 * a line) so that they survive a restart. A convenience: a store that cannot be read or written is
 * treated as empty, never as an error.
 */
public final class RecentFiles {

    /** How many files the Open Recent menu lists. */
    public static final int LIMIT = 10;

    private final Path store;

    /** @param store the text file that keeps the list; its folder is created on the first write */
    public RecentFiles(Path store) {
        this.store = store;
    }

    /** The user's store: {@code recent-files.txt} in the {@linkplain #configFolder() configuration folder}. */
    public static RecentFiles forCurrentUser() {
        return new RecentFiles(configFolder().resolve("recent-files.txt"));
    }

    /** Where the application keeps the user's settings: {@code $XDG_CONFIG_HOME/zmq-studio}, else {@code ~/.config/zmq-studio}. */
    public static Path configFolder() {
        String config = System.getenv("XDG_CONFIG_HOME");
        Path folder = config == null || config.isBlank()
                ? Path.of(System.getProperty("user.home"), ".config")
                : Path.of(config);
        return folder.resolve("zmq-studio");
    }

    /** The remembered files, most recent first, at most {@link #LIMIT}. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                try {
                    if (!line.isBlank() && files.size() < LIMIT) {
                        files.add(Path.of(line));
                    }
                } catch (InvalidPathException ignored) {
                    // A line from another system or a hand edit: skip it.
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return files;
    }

    /** Puts {@code file} first, dropping an older entry for it and anything beyond {@link #LIMIT}. */
    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        write(files.subList(0, Math.min(LIMIT, files.size())));
    }

    /** Forgets {@code file} (it was moved or deleted). */
    public void forget(Path file) {
        List<Path> files = new ArrayList<>(list());
        if (files.remove(file.toAbsolutePath().normalize())) {
            write(files);
        }
    }

    private void write(List<Path> files) {
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Recent files are a convenience; the open or save the user asked for has succeeded.
        }
    }
}
