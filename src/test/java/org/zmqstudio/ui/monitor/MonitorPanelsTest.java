package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.LatencyBucket;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.LossCause;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class MonitorPanelsTest {

    private StatsPanel stats;
    private EventLogPanel events;
    private LatencyChart latency;
    private final EventLog log = new EventLog(100);

    @Start
    void start(Stage stage) {
        stats = new StatsPanel();
        events = new EventLogPanel();
        latency = new LatencyChart();
        // Inside Monocle's 1280x800 headless screen: the painter of a larger window overflows its buffer.
        // TestFX hands every test class the same stage: a window test before may have maximised it.
        stage.setMaximized(false);
        stage.setScene(new Scene(new VBox(stats, events, latency), 1260, 720));
        stage.sizeToScene();
        stage.show();
    }

    private static NodeSnapshot node(String id, long received, long lost) {
        return new NodeSnapshot(id, SocketType.SUB, NodeState.RUNNING, 0, received, lost, 0, 0, 0, 0, 0, LatencySummary.EMPTY, null);
    }

    private static MessageEvent event(long id, String to, String topic) {
        return new MessageEvent(id, "pub", "pub", to, to + "->pub", 0, 1_000_000, topic, "news " + id, 1, List.of());
    }

    @Test
    void theLatencyChartShowsTheWholeRunAsAHistogramFromItsFirstFilledRangeUnderItsPercentiles(FxRobot robot) {
        LatencySummary run = new LatencySummary(6, 0.9, 3.5, 100, 100, List.of(new LatencyBucket(0.5, 0),
                new LatencyBucket(1, 3), new LatencyBucket(2, 0), new LatencyBucket(4, 2), new LatencyBucket(128, 1)));
        robot.interact(() -> latency.show("Hop latency pub → a", List.of(new LatencyPoint(1000, 1, 100)), run));
        assertEquals(List.of("1 µs", "2 µs", "4 µs", "128 µs"),
                latency.histogramBars().stream().map(bar -> bar.getXValue()).toList());
        assertEquals(List.of(3L, 0L, 2L, 1L), latency.histogramBars().stream().map(bar -> bar.getYValue()).toList());
        assertTrue(robot.lookup("#monitor-latency-percentiles").queryLabeled().getText()
                .startsWith("Whole run: p50 1 µs · p90 4 µs\np99 100 µs"));
    }

    @Test
    void clickingAColumnHeaderSortsTheNodesAndNewSnapshotsKeepThatOrder(FxRobot robot) {
        RunSnapshot first = new RunSnapshot("t", 1000, List.of(node("a", 5, 3), node("b", 9, 0), node("c", 1, 7)),
                List.of(new FlowSnapshot("pub", "a", "a->pub", null, 5, 50, 3, 0, 0, 5, LatencySummary.EMPTY, LatencySummary.EMPTY)));
        robot.interact(() -> stats.show(first));
        robot.clickOn(robot.from(stats.nodeTable()).lookup("Lost").queryLabeled());
        assertEquals(List.of("b", "a", "c"), ids(stats.nodeTable()));

        RunSnapshot next = new RunSnapshot("t", 2000, List.of(node("a", 6, 9), node("b", 9, 0), node("c", 1, 7)), List.of());
        robot.interact(() -> stats.show(next));
        assertEquals(List.of("b", "c", "a"), ids(stats.nodeTable()));
    }

    @Test
    void typingAFilterShowsOnlyTheMatchingMessagesAndSelectingOneReportsItsId(FxRobot robot) {
        AtomicLong selected = new AtomicLong(-1);
        robot.interact(() -> {
            log.add(event(1, "sub-weather", "weather"));
            log.add(event(2, "sub-sports", "sports"));
            events.attach(log, 0, new Explanations(Topology.EMPTY));
            events.setOnMessageSelected(selected::set);
        });
        assertEquals(2, events.table().getItems().size());

        robot.clickOn("#monitor-events-filter").write("sports");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, events.table().getItems().size());
        robot.clickOn("news 2");
        assertEquals(2, selected.get());
    }

    @Test
    void pausingTheListHoldsItStillWhileMessagesKeepComing(FxRobot robot) {
        robot.interact(() -> {
            log.add(event(1, "s", null));
            events.attach(log, 0, new Explanations(Topology.EMPTY));
        });
        robot.clickOn("#monitor-events-pause");
        robot.interact(() -> {
            log.add(event(2, "s", null));
            events.refresh();
        });
        assertEquals(1, events.table().getItems().size());
        assertTrue(log.isPaused());
    }

    @Test
    void clickingANodesLostNumberOpensTheDiagnosisOfWhatItLost(FxRobot robot) {
        log.noteLosses(List.of(new LossRow(LossCause.HIGH_WATER_MARK, "pub", "a", "a->pub", "a", 3)), 0);
        robot.interact(() -> {
            stats.attach(log, new Explanations(Topology.EMPTY));
            stats.show(new RunSnapshot("t", 1000, List.of(node("a", 5, 3), node("b", 9, 0)), List.of()));
        });
        TableCell<?, ?> lostOfA = robot.from(stats.nodeTable()).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && c.getTableColumn().getText().equals("Lost")
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof NodeSnapshot n && n.nodeId().equals("a"))
                .findFirst().orElseThrow();

        robot.clickOn(lostOfA);

        List<String> said = robot.lookup("#loss-diagnosis .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(said.contains("hwm pub → a: 3 lost"), said.toString());
        assertTrue(said.stream().anyMatch(t -> t.startsWith("3 messages from pub never reached a: dropped by the publisher")
                && t.contains("Fix: raise SNDHWM/RCVHWM")), said.toString());
        robot.interact(() -> ((Stage) robot.lookup("#loss-diagnosis").query().getScene().getWindow()).close());
    }

    private static List<String> ids(TableView<NodeSnapshot> table) {
        return table.getItems().stream().map(NodeSnapshot::nodeId).toList();
    }
}
