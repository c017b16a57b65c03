package org.zmqstudio.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the window asks the user (mostly {@link FileActions}'s). The window answers them with native dialogs
 * ({@link FxFileDialogs}); tests answer them directly. Called on the JavaFX thread; may block it.
 */
public interface FileDialogs {

    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The topology file to open, or empty when the user cancels. {@code folder} may be {@code null}. */
    Optional<Path> chooseFileToOpen(Path folder);

    /** Where to save, or empty when the user cancels. {@code folder} may be {@code null}. */
    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /**
     * Where to export, or empty when the user cancels: {@code kind} names what is written ("PNG
     * image"), {@code extension} (with its dot) is added to a name typed without one.
     */
    Optional<Path> chooseExportFile(Path folder, String suggestedName, String kind, String extension);

    /** Asks whether to save the changes to {@code topologyName} before they are replaced. */
    UnsavedChoice askAboutUnsavedChanges(String topologyName);

    /** Tells the user something failed; {@code message} is one or two plain lines. */
    void showError(String title, String message);

    /** Asks the user to confirm a risky choice; {@code true} only when they do. */
    boolean confirm(String title, String message);
}
