package org.zmqstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.metrics.MessageEvent;

/**
 * The sampled messages of a run, newest at the bottom: time, hop, topic, payload, frames and
 * envelope, plus why the message went there (in full on hover), and rows for messages that did not
 * arrive, marked, with their count and cause. Filterable and pausable; selecting a row reports the
 * message id so that the canvas can highlight its path; a double-click or Enter opens the message
 * ({@link MessageView}), or for a loss row the diagnosis of its place ({@link LossDiagnosis}).
 */
public final class EventLogPanel extends VBox {

    /** The background of a row of lost messages, and of filtered or stranded ones (AtlantaFX colours). */
    private static final String LOST = "-fx-background-color: -color-danger-subtle;";
    private static final String NOT_ARRIVED = "-fx-background-color: -color-warning-subtle;";

    private final TextField filter = new TextField();
    private final ToggleButton pause = new ToggleButton("Pause list");
    private final ObservableList<MessageEvent> rows = FXCollections.observableArrayList();
    private final TableView<MessageEvent> table = new TableView<>(rows);
    private final Label explanation = new Label();
    private EventLog log;
    private long runStartNanos;
    private Function<MessageEvent, String> why = e -> "";
    private Explanations explanations;

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
                column("Payload", 110, e -> e.isLoss() ? e.loss().count() + " " + e.loss().cause().countWord()
                        + " (" + e.loss().cause().code() + ")" : e.preview()),
                column("Frames", 0, e -> e.isLoss() ? "" : Integer.toString(e.frames())),
                column("Envelope", 0, this::envelope),
                whyColumn()));
        table.setRowFactory(t -> new MessageRow());
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
                key.consume();
            }
        });
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        filter.textProperty().addListener((o, was, is) -> refresh());
        pause.selectedProperty().addListener((o, was, is) -> {
            if (log != null) {
                log.setPaused(is);
            }
        });
        // One line, so that the list keeps its rows in a low panel; the whole sentence on hover and in the message view.
        explanation.setId("monitor-events-why");
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.textProperty().addListener((o, was, text) ->
                explanation.setTooltip(text == null || text.isEmpty() ? null : wrapped(text)));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> explain());
        HBox bar = new HBox(6, filter, pause);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table, explanation);
    }

    /** Shows this run's log from now on, explained in the words of {@code runExplanations}. */
    public void attach(EventLog eventLog, long startNanos, Explanations runExplanations) {
        log = eventLog;
        runStartNanos = startNanos;
        explanations = runExplanations;
        why = runExplanations::whyHop;
        log.setPaused(pause.isSelected());
        refresh();
    }

    /** Forgets the run's log: no rows, no filter, no explanation, the list not paused. */
    public void clear() {
        log = null;
        explanations = null;
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

    /**
     * Opens the message in a window of its own: its frames, its path as far as the list saw it, and
     * why; for a loss row, the diagnosis of the place where its messages were lost.
     *
     * @return the window, or {@code null} when no run is attached
     */
    public Stage open(MessageEvent event) {
        if (log == null) {
            return null;
        }
        if (event.isLoss()) {
            ElementRef place = event.loss().linkId() != null ? ElementRef.link(event.loss().linkId())
                    : ElementRef.node(event.loss().at());
            return ViewWindow.show(getScene() == null ? null : getScene().getWindow(), "Why messages did not arrive",
                    new LossDiagnosis(place, log.losses(), explanations::whyLost));
        }
        List<MessageEvent> path = log.matching("").stream()
                .filter(e -> !e.isLoss() && e.messageId() == event.messageId())
                .sorted(Comparator.comparingLong(MessageEvent::receivedNanos))
                .toList();
        return ViewWindow.show(getScene() == null ? null : getScene().getWindow(), "Message " + event.messageId(),
                new MessageView(explanations.topology(), event, path.isEmpty() ? List.of(event) : path,
                        why.apply(event), runStartNanos));
    }

    public TableView<MessageEvent> table() {
        return table;
    }

    /** The routing envelope in words: identities named where the message view would name them, the delimiter left out. */
    private String envelope(MessageEvent event) {
        if (event.parts().isEmpty() || explanations == null) {
            return String.join(" | ", event.envelope());
        }
        return MessageView.rows(explanations.topology(), event).stream()
                .filter(row -> row.part().equals("identity"))
                .map(MessageView.FrameRow::fullContent)
                .collect(Collectors.joining(" | "));
    }

    /** Why the message went there; the whole sentence on hover, as the column is seldom wide enough. */
    private TableColumn<MessageEvent, String> whyColumn() {
        TableColumn<MessageEvent, String> column = column("Why", 200, e -> why.apply(e));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : wrapped(text));
            }
        });
        return column;
    }

    private static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.INDEFINITE);
        return tip;
    }

    /** A row marked when it stands for lost messages, that opens its message on a double-click. */
    private final class MessageRow extends TableRow<MessageEvent> {

        MessageRow() {
            setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && getItem() != null) {
                    open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(MessageEvent event, boolean empty) {
            super.updateItem(event, empty);
            boolean loss = !empty && event != null && event.isLoss();
            setStyle(!loss ? "" : event.loss().cause().isLoss() ? LOST : NOT_ARRIVED);
        }
    }

    /** A column at least {@code minWidth} pixels wide (and as wide as its title): the table scrolls sideways rather than squeeze it. */
    private static TableColumn<MessageEvent, String> column(String title, double minWidth, Function<MessageEvent, String> value) {
        TableColumn<MessageEvent, String> column = Columns.titled(title, minWidth);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
