package org.zmqstudio.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.zmqstudio.ui.files.FileDialogs;

/** Answers the file questions as a test scripted them, and records what the user would have seen. */
final class ScriptedDialogs implements FileDialogs {

    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<Path> filesToExport = new ArrayDeque<>();
    final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    final List<String> unsavedQuestions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final List<String> confirmQuestions = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(Path folder, String suggestedName, String kind, String extension) {
        return Optional.ofNullable(filesToExport.poll());
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String topologyName) {
        unsavedQuestions.add(topologyName);
        UnsavedChoice answer = unsavedAnswers.poll();
        if (answer == null) {
            throw new AssertionError("unexpected question about unsaved changes to " + topologyName);
        }
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmQuestions.add(title);
        Boolean answer = confirmations.poll();
        if (answer == null) {
            throw new AssertionError("unexpected question: " + title);
        }
        return answer;
    }
}
