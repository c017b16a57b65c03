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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zmqstudio.metrics.LatencySummary;

/**
 * The latency of the selected link or node: p50 and p99 over the last minute, and the whole run's
 * histogram (from its first filled range) under a line of its percentiles (p50, p90, p99, max).
 * Redrawn only when {@link #show} is called, a few times a second.
 */
public final class LatencyChart extends VBox {

    private final Label title = new Label("Select a link or a node to see its latency.");
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis micros = new NumberAxis();
    private final LineChart<Number, Number> overTime = new LineChart<>(time, micros);
    private final XYChart.Series<Number, Number> p50 = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p99 = new XYChart.Series<>();
    private final Label percentiles = new Label();
    private final CategoryAxis ranges = new CategoryAxis();
    private final NumberAxis samples = new NumberAxis();
    private final BarChart<String, Number> histogram = new BarChart<>(ranges, samples);
    private final XYChart.Series<String, Number> bars = new XYChart.Series<>();

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
        percentiles.setId("monitor-latency-percentiles");
        percentiles.setMinHeight(Region.USE_PREF_SIZE);
        ranges.setLabel("whole run, up to");
        samples.setLabel("messages");
        histogram.getData().add(bars);
        histogram.setAnimated(false);
        histogram.setLegendVisible(false);
        histogram.setBarGap(0);
        histogram.setCategoryGap(1);
        histogram.setPrefWidth(320);
        histogram.setMinWidth(220);
        VBox wholeRun = new VBox(2, percentiles, histogram);
        VBox.setVgrow(histogram, Priority.ALWAYS);
        HBox charts = new HBox(8, overTime, wholeRun);
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
        boolean timed = !overall.isEmpty();
        percentiles.setText(timed ? "Whole run: p50 " + Figures.micros(overall.p50Micros(), true)
                + " · p90 " + Figures.micros(overall.p90Micros(), true)
                + "\np99 " + Figures.micros(overall.p99Micros(), true)
                + " · max " + Figures.micros(overall.maxMicros(), true) : "");
        bars.getData().setAll(overall.histogram().stream()
                .dropWhile(bucket -> bucket.count() == 0)
                .map(bucket -> new XYChart.Data<String, Number>(Figures.micros(bucket.upToMicros(), true), bucket.count()))
                .toList());
    }

    public void clear() {
        title.setText("Select a link or a node to see its latency.");
        p50.getData().clear();
        p99.getData().clear();
        percentiles.setText("");
        bars.getData().clear();
    }

    /** The histogram's bars as shown: upper bound of each range and its count. */
    List<XYChart.Data<String, Number>> histogramBars() {
        return List.copyOf(bars.getData());
    }

    private static XYChart.Data<Number, Number> point(long elapsedMillis, double value) {
        return new XYChart.Data<>(elapsedMillis / 1000.0, value);
    }
}
