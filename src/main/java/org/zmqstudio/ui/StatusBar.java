package org.zmqstudio.ui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.zmqstudio.model.Problem;

/** The bottom line: the last outcome ({@code status-message}) and the problem count ({@code status-problems}). */
final class StatusBar extends HBox {

    private static final PseudoClass HAS_ERRORS = PseudoClass.getPseudoClass("errors");

    private final Label message = new Label("Ready");
    private final Label problems = new Label();

    StatusBar() {
        message.setId("status-message");
        problems.setId("status-problems");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(message, spring, problems);
        getStyleClass().add("status-bar");
        setId("status-bar");
    }

    void say(String text) {
        message.setText(text);
    }

    void count(List<Problem> found) {
        long errors = found.stream().filter(Problem::isError).count();
        long warnings = found.size() - errors;
        problems.setText(errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
        problems.pseudoClassStateChanged(HAS_ERRORS, errors > 0);
    }
}
