package org.zmqstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.ElementRef;

/**
 * Two sortable tables of a run's numbers: one row per node, one per flow. A Lost, Filtered or In
 * flight number opens the diagnosis of its node or link on a click ({@link #showDiagnosis}). Rows are the immutable
 * snapshot records; {@link #show(RunSnapshot)} replaces them and keeps the user's sort order. The
 * tables stand side by side in a wide, low panel (under the canvas on a 1280×720 screen each then
 * shows several rows) and one above the other in a tall one; a column is never narrower than its
 * title, so a narrow table scrolls sideways instead of cutting titles to "Soc…".
 */
public final class StatsPanel extends SplitPane {

    private final ObservableList<NodeSnapshot> nodes = FXCollections.observableArrayList();
    private final ObservableList<FlowSnapshot> flows = FXCollections.observableArrayList();
    private final TableView<NodeSnapshot> nodeTable = new TableView<>();
    private final TableView<FlowSnapshot> flowTable = new TableView<>();
    private EventLog log;
    private Explanations explanations;

    public StatsPanel() {
        setId("monitor-stats");
        setOrientation(Orientation.VERTICAL);
        nodeTable.setId("monitor-node-table");
        flowTable.setId("monitor-flow-table");
        bindSorted(nodeTable, nodes);
        bindSorted(flowTable, flows);
        nodeTable.getColumns().addAll(List.of(
                text("Node", NodeSnapshot::nodeId),
                text("Socket", n -> n.socket().name()),
                text("State", n -> n.state().label()),
                number("Sent", NodeSnapshot::sent),
                number("Received", NodeSnapshot::received),
                diagnosed("Lost", NodeSnapshot::lost, n -> ElementRef.node(n.nodeId())),
                diagnosed("Filtered", NodeSnapshot::filtered, n -> ElementRef.node(n.nodeId())),
                diagnosed("In flight", NodeSnapshot::inFlight, n -> ElementRef.node(n.nodeId())),
                number("Errors", NodeSnapshot::errors),
                rate("Sent/s", NodeSnapshot::sentPerSecond),
                rate("Recv/s", NodeSnapshot::receivedPerSecond),
                latency("End-to-end p50", n -> n.endToEnd().isEmpty() ? null : n.endToEnd().p50Micros()),
                latency("End-to-end p99", n -> n.endToEnd().isEmpty() ? null : n.endToEnd().p99Micros())));
        flowTable.getColumns().addAll(List.of(
                text("From", FlowSnapshot::from),
                text("To", FlowSnapshot::to),
                number("Messages", FlowSnapshot::messages),
                rate("Msgs/s", FlowSnapshot::messagesPerSecond),
                number("Bytes", FlowSnapshot::bytes),
                diagnosed("Lost", FlowSnapshot::lost, f -> ElementRef.link(f.linkId())),
                diagnosed("Filtered", FlowSnapshot::filtered, f -> ElementRef.link(f.linkId())),
                diagnosed("In flight", FlowSnapshot::inFlight, f -> ElementRef.link(f.linkId())),
                latency("Hop p50", f -> f.latency().isEmpty() ? null : f.latency().p50Micros()),
                latency("Hop p99", f -> f.latency().isEmpty() ? null : f.latency().p99Micros())));
        nodeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        flowTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Dense rows (AtlantaFX): a 1280×720 window shows five rows of each table instead of three.
        nodeTable.getStyleClass().add(Styles.DENSE);
        flowTable.getStyleClass().add(Styles.DENSE);
        nodeTable.setPlaceholder(new Label("Press Run to see every node's numbers."));
        flowTable.setPlaceholder(new Label("No message has travelled yet."));
        getItems().addAll(titled("Nodes", nodeTable), titled("Flows", flowTable));
        widthProperty().addListener(o -> followShape());
        heightProperty().addListener(o -> followShape());
    }

    /** Side by side when the panel is at least twice as wide as it is high, else one above the other. */
    private void followShape() {
        setOrientation(getWidth() >= 2 * getHeight() ? Orientation.HORIZONTAL : Orientation.VERTICAL);
    }

    private static VBox titled(String title, TableView<?> table) {
        VBox box = new VBox(2, new Label(title), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    public void show(RunSnapshot snapshot) {
        nodes.setAll(snapshot.nodes());
        flows.setAll(snapshot.flows());
    }

    public void clear() {
        nodes.clear();
        flows.clear();
    }

    /** Takes the run's loss rows from its log, explained in {@code runExplanations}' words, for {@link #showDiagnosis}. */
    public void attach(EventLog eventLog, Explanations runExplanations) {
        log = eventLog;
        explanations = runExplanations;
    }

    /**
     * Opens the diagnosis of a place of the last run (a node or a link): its lost, filtered and
     * stranded messages with their causes and fixes. The window of a click on a Lost, Filtered or In
     * flight number; the canvas may open it for a drop counter or a node's lost number.
     *
     * @return the window, or {@code null} before any run
     */
    public Stage showDiagnosis(ElementRef place) {
        if (log == null) {
            return null;
        }
        return ViewWindow.show(getScene() == null ? null : getScene().getWindow(), "Why messages did not arrive",
                new LossDiagnosis(place, log.losses(), explanations::whyLost));
    }

    public TableView<NodeSnapshot> nodeTable() {
        return nodeTable;
    }

    public TableView<FlowSnapshot> flowTable() {
        return flowTable;
    }

    private static <T> void bindSorted(TableView<T> table, ObservableList<T> rows) {
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = Columns.titled(title, 0);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static <T> TableColumn<T, Number> number(String title, Function<T, Long> value) {
        TableColumn<T, Number> column = Columns.titled(title, 0);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(n -> Figures.count(n.doubleValue())));
        return column;
    }

    /** A count whose cell, when not 0, opens the diagnosis of its row's place on a click. */
    private <T> TableColumn<T, Number> diagnosed(String title, Function<T, Long> value, Function<T, ElementRef> place) {
        TableColumn<T, Number> column = number(title, value);
        column.setCellFactory(c -> {
            FormattedCell<T> cell = new FormattedCell<>(n -> Figures.count(n.doubleValue()));
            cell.itemProperty().addListener((o, was, is) -> {
                boolean explains = is != null && is.longValue() > 0;
                cell.setTooltip(explains ? new Tooltip("Click to see why") : null);
                cell.setUnderline(explains);
            });
            cell.setOnMouseClicked(click -> {
                T row = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
                if (row != null && cell.getItem() != null && cell.getItem().longValue() > 0) {
                    showDiagnosis(place.apply(row));
                }
            });
            return cell;
        });
        return column;
    }

    private static <T> TableColumn<T, Number> rate(String title, Function<T, Double> value) {
        TableColumn<T, Number> column = Columns.titled(title, 0);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(n -> Figures.rate(n.doubleValue())));
        return column;
    }

    /** A latency column; {@code null} (no samples) sorts first and shows a dash. */
    private static <T> TableColumn<T, Number> latency(String title, Function<T, Double> micros) {
        TableColumn<T, Number> column = Columns.titled(title, 0);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(micros.apply(cell.getValue())));
        column.setCellFactory(c -> new FormattedCell<>(n -> Figures.micros(n.doubleValue(), true)));
        column.setComparator(Comparator.nullsFirst(Comparator.comparingDouble(Number::doubleValue)));
        return column;
    }
}
