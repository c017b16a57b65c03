package org.zmqstudio.ui.problems;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.ui.editor.EditorDocument;

/**
 * Every error and warning of the document's topology ({@link Validator}), re-checked whenever the
 * topology changes. Clicking a problem reveals its element. The list has id {@code problems-list}.
 */
public final class ProblemsView extends VBox {

    /** Room for the list's border and vertical scroll bar, pixels: long messages wrap instead of scrolling sideways. */
    private static final double CELL_INSET = 24;

    private final EditorDocument document;
    private final Consumer<List<Problem>> onProblemsChanged;
    private final ListView<Problem> list = new ListView<>();
    private final Label header = new Label();
    private Topology checked;
    private boolean checkedAllowingNetwork;

    /**
     * @param onReveal          called with a problem's element when the user clicks it
     * @param onProblemsChanged called with the new problems after every re-check
     */
    public ProblemsView(EditorDocument document, Consumer<ElementRef> onReveal, Consumer<List<Problem>> onProblemsChanged) {
        this.document = document;
        this.onProblemsChanged = onProblemsChanged;
        header.getStyleClass().add("pane-title");
        header.setId("problems-title");
        list.setId("problems-list");
        list.setPlaceholder(new Label("No problems: every socket can run."));
        list.setCellFactory(view -> {
            ProblemCell cell = new ProblemCell();
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(CELL_INSET));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            return cell;
        });
        list.setOnMouseClicked(event -> {
            Problem problem = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && problem != null && problem.element().id() != null) {
                onReveal.accept(problem.element());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        getStyleClass().add("problems-view");
        document.addListener(this::recheck);
        recheck();
    }

    private void recheck() {
        Topology topology = document.topology();
        if (topology == checked && document.allowsNetwork() == checkedAllowingNetwork) {
            return;
        }
        checked = topology;
        checkedAllowingNetwork = document.allowsNetwork();
        List<Problem> problems = document.problems();
        list.getItems().setAll(problems);
        long errors = problems.stream().filter(Problem::isError).count();
        header.setText("Problems — " + errors + (errors == 1 ? " error, " : " errors, ")
                + (problems.size() - errors) + (problems.size() - errors == 1 ? " warning" : " warnings"));
        onProblemsChanged.accept(problems);
    }

    /** A red disc for an error, an amber triangle for a warning (styled by CSS). */
    public static Shape severityMark(boolean error) {
        Shape mark = error ? new Circle(6) : new Polygon(0, 12, 7, 0, 14, 12);
        mark.getStyleClass().addAll("severity-mark", error ? "severity-error" : "severity-warning");
        return mark;
    }

    /** One problem: a severity mark, then "node x: message". */
    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setGraphic(severityMark(problem.isError()));
            setText(problem.element() + ": " + problem.message());
        }
    }
}
