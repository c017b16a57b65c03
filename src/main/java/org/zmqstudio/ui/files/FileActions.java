package org.zmqstudio.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.ExampleTopologies;
import org.zmqstudio.persistence.TopologyFileException;
import org.zmqstudio.persistence.TopologyFiles;
import org.zmqstudio.ui.editor.EditorDocument;

/**
 * New, Open, Save, Save As and the unsaved-changes question, on one {@link EditorDocument}. A file
 * that cannot be read opens nothing: the current document stays and the user sees why. Use from the
 * JavaFX thread.
 */
public final class FileActions {

    private final EditorDocument document;
    private final FileDialogs dialogs;
    private final RecentFiles recentFiles;
    private final Consumer<String> status;
    private final Runnable opened;

    /**
     * @param status shows a one-line outcome to the user (the status bar)
     * @param opened called after another topology replaced the document (to fit it in the view)
     */
    public FileActions(EditorDocument document, FileDialogs dialogs, RecentFiles recentFiles, Consumer<String> status,
                       Runnable opened) {
        this.document = document;
        this.dialogs = dialogs;
        this.recentFiles = recentFiles;
        this.status = status;
        this.opened = opened;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** Starts an empty topology, after asking about unsaved changes. */
    public void newTopology() {
        if (mayDiscardChanges()) {
            document.reset(Topology.EMPTY, null);
            opened.run();
            status.accept("New topology");
        }
    }

    /** Asks for a file and opens it. */
    public void open() {
        if (mayDiscardChanges()) {
            dialogs.chooseFileToOpen(folderOfCurrentFile()).ifPresent(this::load);
        }
    }

    /** Opens {@code file} (recent files, a dropped file), after asking about unsaved changes. */
    public void open(Path file) {
        if (mayDiscardChanges()) {
            load(file);
        }
    }

    /** Opens a bundled example as a new, unsaved-to-disk topology: Save asks where to put it. */
    public void openExample(ExampleTopologies.Example example) {
        if (!mayDiscardChanges()) {
            return;
        }
        try {
            Topology topology = TopologyFiles.parse(example.json(), example.fileName());
            document.reset(topology, null);
            opened.run();
            status.accept("Opened the example \"" + example.name() + "\"" + problemSummary());
        } catch (TopologyFileException e) {
            dialogs.showError("Cannot open the example", describe(e));
        }
    }

    /** Saves to the current file, or asks where when there is none. Returns whether it was saved. */
    public boolean save() {
        Path file = document.file();
        return file == null ? saveAs() : write(file);
    }

    /** Asks where to save, then saves. Returns whether it was saved. */
    public boolean saveAs() {
        Optional<Path> file = dialogs.chooseFileToSave(folderOfCurrentFile(), suggestedFileName());
        return file.isPresent() && write(file.get());
    }

    /**
     * Whether the current topology may be replaced or the window closed: true when it has no unsaved
     * changes, or the user saves them, or chooses to discard them.
     */
    public boolean mayDiscardChanges() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askAboutUnsavedChanges(displayName(document.topology()))) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void load(Path file) {
        Topology topology;
        try {
            topology = TopologyFiles.load(file);
        } catch (TopologyFileException e) {
            status.accept("Did not open " + file.getFileName() + "; the topology shown is unchanged");
            dialogs.showError("Cannot open " + file.getFileName(), describe(e));
            return;
        }
        document.reset(topology, file);
        opened.run();
        recentFiles.remember(file);
        status.accept("Opened " + file.getFileName() + problemSummary());
    }

    private boolean write(Path file) {
        Topology topology = document.topology();
        try {
            TopologyFiles.save(topology, file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save " + file.getFileName(),
                    "The file was not changed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return false;
        }
        document.markSaved(file);
        recentFiles.remember(file);
        long errors = document.problems().stream().filter(Problem::isError).count();
        status.accept("Saved " + file.getFileName() + (errors == 0 ? ""
                : " — it has " + errors + (errors == 1 ? " error" : " errors") + " to fix before it can run"));
        return true;
    }

    /** {@code file.json:3:14: message} or {@code file.json: message}. */
    private static String describe(TopologyFileException e) {
        String source = e.sourceName().isEmpty() ? "" : Path.of(e.sourceName()).getFileName() + ":";
        String position = e.line() > 0 ? e.line() + ":" + e.column() + ":" : "";
        String prefix = source + position;
        return (prefix.isEmpty() ? "" : prefix + " ") + e.getMessage();
    }

    /** How many problems the opened document has, for the status line. */
    private String problemSummary() {
        long count = document.problems().size();
        return count == 0 ? "" : " — " + count + (count == 1 ? " problem" : " problems") + " listed below";
    }

    private static String displayName(Topology topology) {
        return topology.name().isBlank() ? "Untitled" : topology.name();
    }

    private Path folderOfCurrentFile() {
        Path file = document.file();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    private String suggestedFileName() {
        if (document.file() != null) {
            return document.file().getFileName().toString();
        }
        String slug = displayName(document.topology()).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "topology" : slug) + ".json";
    }
}
