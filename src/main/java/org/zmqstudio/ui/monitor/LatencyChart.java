package org.zmqstudio.ui.monitor;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zmqstudio.metrics.LatencySummary;

/**
 * The latency of the selected link or node: p50 and p99 over the last minute, and where the whole
 * run's latency lies (p50, p90, p99, max). Redrawn only when {@link #show} is called, a few times a second.
 */
public final class LatencyChart extends VBox {

    private final Label title = new Label("Select a link or a node to see its latency.");
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis micros = new NumberAxis();
    private final LineChart<Number, Number> overTime = new LineChart<>(time, micros);
    private final XYChart.Series<Number, Number> p50 = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p99 = new XYChart.Series<>();
    private final BarChart<String, Number> spread = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final XYChart.Series<String, Number> percentiles = new XYChart.Series<>();

    public LatencyChart() {
        setId("monitor-latency");
        setSpacing(4);
        title.setId("monitor-latency-title");
        time.setLabel("seconds into the run");
        time.setForceZeroInRange(false);
        micros.setLabel("µs");
        p50.setName("p50");
        p99.setName("p99");
        overTime.getData().addAll(List.of(p50, p99));
        overTime.setAnimated(false);
        overTime.setCreateSymbols(false);
        percentiles.setName("whole run, µs");
        spread.getData().add(percentiles);
        spread.setAnimated(false);
        spread.setLegendVisible(false);
        spread.setPrefWidth(220);
        spread.setMinWidth(180);
        HBox charts = new HBox(8, overTime, spread);
        HBox.setHgrow(overTime, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(title, charts);
    }

    /**
     * @param what    what the figures are of, e.g. "Hop latency ventilator → worker-1-in"
     * @param points  the last minute, oldest first
     * @param overall the whole run so far
     */
    public void show(String what, List<LatencyPoint> points, LatencySummary overall) {
        title.setText(overall.isEmpty() ? what + ": no timed message yet" : what);
        p50.getData().setAll(points.stream().map(p -> point(p.elapsedMillis(), p.p50Micros())).toList());
        p99.getData().setAll(points.stream().map(p -> point(p.elapsedMillis(), p.p99Micros())).toList());
        percentiles.getData().setAll(List.of(
                new XYChart.Data<>("p50", overall.p50Micros()),
                new XYChart.Data<>("p90", overall.p90Micros()),
                new XYChart.Data<>("p99", overall.p99Micros()),
                new XYChart.Data<>("max", overall.maxMicros())));
    }

    public void clear() {
        title.setText("Select a link or a node to see its latency.");
        p50.getData().clear();
        p99.getData().clear();
        percentiles.getData().clear();
    }

    String titleText() {
        return title.getText();
    }

    private static XYChart.Data<Number, Number> point(long elapsedMillis, double value) {
        return new XYChart.Data<>(elapsedMillis / 1000.0, value);
    }
}
