package org.zmqstudio.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A text field that applies each change as it is made, or refuses it with a message under the field.
 * A refused text stays in the field, marked, until the user fixes it or the document's value for
 * the field changes (undo, another selection): the user's typing is never silently lost.
 */
final class FieldEditor extends VBox {

    /** Parses and applies the text; throws {@link IllegalArgumentException} or returns why it was refused. */
    @FunctionalInterface
    interface Commit {
        Optional<String> apply(String text);
    }

    private final TextField field = new TextField();
    private final Label message = new Label();
    private final Commit commit;
    private String shownValue;
    private boolean updating;
    private boolean committing;

    /**
     * @param id       the field's id (the message gets {@code id + "-error"})
     * @param prompt   what an empty field means, e.g. the default value
     * @param onAction apply on Enter and when leaving the field, not on every keystroke (ids)
     */
    FieldEditor(String id, String prompt, boolean onAction, Runnable endOfGesture, Commit commit) {
        this.commit = commit;
        field.setId(id);
        field.setPromptText(prompt);
        message.setId(id + "-error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        if (onAction) {
            field.setOnAction(e -> attempt());
        } else {
            field.textProperty().addListener((obs, old, text) -> {
                if (!updating) {
                    attempt();
                }
            });
        }
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                if (onAction && !field.getText().equals(shownValue)) {
                    attempt();
                }
                endOfGesture.run();
            }
        });
        getChildren().addAll(field, message);
        setSpacing(2);
    }

    TextField field() {
        return field;
    }

    void setTooltip(String text) {
        field.setTooltip(new Tooltip(text));
    }

    /**
     * Shows the document's value. Leaves the user's text alone while it is being applied, and while
     * the document's value is the one shown before, unless {@code force} (another element selected).
     */
    void show(String value, boolean force) {
        if (committing || (!force && value.equals(shownValue))) {
            shownValue = value;
            return;
        }
        shownValue = value;
        updating = true;
        field.setText(value);
        updating = false;
        mark(null);
    }

    private void attempt() {
        Optional<String> refusal;
        committing = true;
        try {
            refusal = commit.apply(field.getText());
        } catch (IllegalArgumentException e) {
            refusal = Optional.of(e.getMessage());
        } finally {
            committing = false;
        }
        mark(refusal.orElse(null));
    }

    private void mark(String problem) {
        boolean wrong = problem != null;
        message.setText(wrong ? problem : "");
        message.setManaged(wrong);
        message.setVisible(wrong);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
    }
}
