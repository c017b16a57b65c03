package org.zmqstudio.ui.inspector;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: captions on the left, editors on the right, with section headings between. */
final class Form extends GridPane {

    private int row;

    Form() {
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(96);
        captions.setHalignment(HPos.RIGHT);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        getColumnConstraints().addAll(captions, editors);
        setHgap(10);
        setVgap(8);
        getStyleClass().add("inspector-form");
    }

    void heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("inspector-heading");
        GridPane.setHalignment(heading, HPos.LEFT);
        add(heading, 0, row++, 2, 1);
    }

    void field(String caption, Node editor) {
        Label label = new Label(caption);
        label.getStyleClass().add("inspector-caption");
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        add(label, 0, row);
        add(editor, 1, row++);
    }

    /** A full-width line: a note or a button. */
    void wide(Node content) {
        GridPane.setHalignment(content, HPos.LEFT);
        add(content, 0, row++, 2, 1);
    }

    void clear() {
        getChildren().clear();
        row = 0;
    }

    static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().add("inspector-note");
        return note;
    }
}
