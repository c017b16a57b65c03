package org.zmqstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zmqstudio.metrics.MessageEvent;

/**
 * The sampled messages of a run, newest at the bottom: time, hop, topic, payload, frames and
 * envelope, plus why the message went there. Filterable and pausable; selecting a row reports the
 * message id so that the canvas can highlight its path.
 */
public final class EventLogPanel extends VBox {

    private final TextField filter = new TextField();
    private final ToggleButton pause = new ToggleButton("Pause list");
    private final ObservableList<MessageEvent> rows = FXCollections.observableArrayList();
    private final TableView<MessageEvent> table = new TableView<>(rows);
    private final Label explanation = new Label();
    private EventLog log;
    private long runStartNanos;
    private Function<MessageEvent, String> why = e -> "";

    public EventLogPanel() {
        setId("monitor-events");
        setSpacing(4);
        filter.setId("monitor-events-filter");
        filter.setPromptText("Filter by node, topic or payload");
        pause.setId("monitor-events-pause");
        pause.setTooltip(new Tooltip("Hold the list still to read it; new messages are not kept meanwhile."));
        table.setId("monitor-events-table");
        table.setPlaceholder(new Label("Sampled messages appear here while the topology runs."));
        table.getColumns().addAll(List.of(
                column("Time", 80, e -> String.format(Locale.ROOT, "%.3f s", (e.receivedNanos() - runStartNanos) / 1e9)),
                column("From", 110, MessageEvent::from),
                column("To", 110, MessageEvent::to),
                column("Topic", 0, e -> e.topic() == null ? "" : e.topic()),
                column("Payload", 110, MessageEvent::preview),
                column("Frames", 0, e -> Integer.toString(e.frames())),
                column("Envelope", 0, e -> String.join(" | ", e.envelope())),
                column("Why", 200, e -> why.apply(e))));
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        filter.textProperty().addListener((o, was, is) -> refresh());
        pause.selectedProperty().addListener((o, was, is) -> {
            if (log != null) {
                log.setPaused(is);
            }
        });
        explanation.setId("monitor-events-why");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> explain());
        HBox bar = new HBox(6, filter, pause);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table, explanation);
    }

    /** Shows this run's log from now on; {@code why} says why a hop went where it went. */
    public void attach(EventLog eventLog, long startNanos, Function<MessageEvent, String> whyHop) {
        log = eventLog;
        runStartNanos = startNanos;
        why = whyHop;
        log.setPaused(pause.isSelected());
        refresh();
    }

    /** Forgets the run's log: no rows, no filter, no explanation, the list not paused. */
    public void clear() {
        log = null;
        why = e -> "";
        rows.clear();
        filter.clear();
        pause.setSelected(false);
        explanation.setText("");
    }

    /** Calls {@code listener} with the message id of the row the user selects. */
    public void setOnMessageSelected(Consumer<Long> listener) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                listener.accept(is.messageId());
            }
        });
    }

    /** Re-reads the log through the filter; a no-op while paused so that the selection stays put. */
    public void refresh() {
        if (log == null || (log.isPaused() && !rows.isEmpty())) {
            return;
        }
        List<MessageEvent> shown = log.matching(filter.getText());
        if (!shown.equals(rows)) {
            rows.setAll(shown);
            table.scrollTo(rows.size() - 1);
            explain();
        }
    }

    private void explain() {
        MessageEvent selected = table.getSelectionModel().getSelectedItem();
        MessageEvent subject = selected != null ? selected : rows.isEmpty() ? null : rows.get(rows.size() - 1);
        explanation.setText(subject == null ? "" : why.apply(subject));
    }

    public TableView<MessageEvent> table() {
        return table;
    }

    /** A column at least {@code minWidth} pixels wide (and as wide as its title): the table scrolls sideways rather than squeeze it. */
    private static TableColumn<MessageEvent, String> column(String title, double minWidth, Function<MessageEvent, String> value) {
        TableColumn<MessageEvent, String> column = Columns.titled(title, minWidth);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
