package org.zmqstudio.ui.monitor;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.model.ElementRef;

/**
 * Why messages did not arrive at one place of a run (a node or a link): one paragraph per cause with
 * its count, what happened and the fix. Ids {@code loss-diagnosis}, each cause {@code loss-cause}.
 * UI thread only.
 */
final class LossDiagnosis extends ScrollPane {

    /**
     * @param rows    the run's loss rows ({@link org.zmqstudio.metrics.LossCauses}); those of {@code place} are shown
     * @param whyLost the sentence of a row ({@link Explanations#whyLost})
     */
    LossDiagnosis(ElementRef place, List<LossRow> rows, Function<LossRow, String> whyLost) {
        setId("loss-diagnosis");
        setFitToWidth(true);
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        List<LossRow> here = at(place, rows);
        Label title = new Label(title(place, here));
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold");
        box.getChildren().add(title);
        for (LossRow row : here) {
            Label head = new Label(row.cause().code() + " " + row.place() + ": " + row.count() + " "
                    + row.cause().countWord());
            head.setStyle("-fx-font-weight: bold");
            Label sentence = new Label(whyLost.apply(row));
            sentence.setWrapText(true);
            VBox cause = new VBox(2, head, sentence);
            cause.getStyleClass().add("loss-cause");
            box.getChildren().add(cause);
        }
        setContent(box);
    }

    /**
     * The rows about {@code place}: for a node, those its counters hold (its lost and filtered, what it
     * has in flight); for a link, those of its flows.
     */
    static List<LossRow> at(ElementRef place, List<LossRow> rows) {
        return rows.stream().filter(row -> switch (place.kind()) {
            case NODE -> row.at().equals(place.id());
            case LINK -> place.id().equals(row.linkId());
            case TOPOLOGY -> true;
        }).toList();
    }

    private static String title(ElementRef place, List<LossRow> here) {
        String where = switch (place.kind()) {
            case TOPOLOGY -> "in this run";
            case NODE -> "at " + place.id();
            case LINK -> "on the link " + (here.isEmpty() ? place.id() : here.get(0).from() + " – " + here.get(0).to());
        };
        return here.isEmpty() ? "Nothing was lost, filtered or left in flight " + where + "."
                : "Messages that did not arrive " + where + ", and why:";
    }
}
