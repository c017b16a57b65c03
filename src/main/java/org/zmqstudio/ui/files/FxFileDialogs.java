package org.zmqstudio.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with the platform's file chooser and JavaFX alerts, owned by the main window. */
public final class FxFileDialogs implements FileDialogs {

    private static final FileChooser.ExtensionFilter TOPOLOGY_FILES =
            new FileChooser.ExtensionFilter("ZMQ Studio topologies (*.json)", "*.json");

    /** Wide enough for a file name and a parser message on two lines, pixels. */
    private static final double ERROR_WIDTH = 560;

    private final Window owner;

    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser("Open topology", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save topology", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxFileDialogs::withJsonExtension);
    }

    @Override
    public Optional<Path> chooseExportFile(Path folder, String suggestedName, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + extension));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(file -> file.getFileName().toString().contains(".") ? file : file.resolveSibling(file.getFileName() + extension));
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String topologyName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + topologyName + "\"?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setResizable(true);
        alert.getDialogPane().setMinWidth(ERROR_WIDTH);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(TOPOLOGY_FILES);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Path withJsonExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".json");
    }
}
