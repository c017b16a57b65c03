package org.zmqstudio.ui;

import org.zmqstudio.QuickExamples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.zmqstudio.metrics.LossCause;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFiles;
import org.zmqstudio.ui.monitor.RunController;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * Losses and opened messages in the real window: the Messages tab's loss rows agree with the node's
 * lost count and carry their cause; Enter on a row opens its frames, envelope decoded.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LossAndMessageWindowTest extends EditorWindowTestBase {

    /** The example at test speed, its tcp endpoints on ports free now. */
    private static Topology example(String name) throws Exception {
        return QuickExamples.loadOnFreePorts(name);
    }

    private RunController controller() {
        return window.monitor().controller();
    }

    @AfterEach
    void stopAndCloseViews() throws Exception {
        onFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            controller().stop();
        });
        waitUntil(() -> controller().mode() == Mode.EDITING);
    }

    private void run(FxRobot robot, String example) throws Exception {
        Topology topology = example(example);
        onFx(() -> document().reset(topology, null));
        robot.clickOn("#toolbar-run");
        waitUntil(() -> controller().mode() == Mode.RUNNING);
        robot.clickOn("#tab-messages");
    }

    @SuppressWarnings("unchecked")
    private TableView<MessageEvent> messages(FxRobot robot) {
        return (TableView<MessageEvent>) robot.lookup("#monitor-events-table").query();
    }

    /** The rows the Messages table shows now, read on the FX thread. */
    private List<MessageEvent> rows(FxRobot robot) {
        Object[] rows = new Object[1];
        onFx(() -> rows[0] = List.copyOf(messages(robot).getItems()));
        @SuppressWarnings("unchecked")
        List<MessageEvent> shown = (List<MessageEvent>) rows[0];
        return shown;
    }

    /** Selects the newest row that {@code wanted} accepts and presses Enter on the table, as a user would. */
    private void openRow(FxRobot robot, Predicate<MessageEvent> wanted) throws Exception {
        waitUntil(() -> rows(robot).stream().anyMatch(wanted));
        onFx(() -> {
            TableView<MessageEvent> table = messages(robot);
            MessageEvent row = table.getItems().stream().filter(wanted).reduce((a, b) -> b).orElseThrow();
            robot.lookup("#monitor-events-pause").queryAs(ToggleButton.class).setSelected(true);
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aSlowJoinerRunShowsLostRowsWithTheSlowJoinerSentenceAddingUpToTheNodesLostCount(FxRobot robot) throws Exception {
        run(robot, "slow-joiner.json");
        // The publisher is done and each subscriber has what it will get: the late one's lost count is final.
        waitUntil(() -> controller().live().map(live -> live.snapshot().node("late-subscriber")
                .map(n -> n.received() + n.lost() == 100).orElse(false)).orElse(false));
        long lost = controller().live().flatMap(live -> live.snapshot().node("late-subscriber"))
                .map(NodeSnapshot::lost).orElseThrow();
        assertTrue(lost > 0, "the late subscriber misses what was published before it joined");

        waitUntil(() -> lostRowsAt(robot, "late-subscriber") == lost);
        List<MessageEvent> lostRows = rows(robot).stream().filter(MessageEvent::isLoss).toList();
        assertTrue(lostRows.stream().allMatch(e -> e.loss().cause() == LossCause.LATE_SUBSCRIBER), lostRows.toString());

        openRow(robot, MessageEvent::isLoss);
        waitUntil(() -> robot.lookup("#loss-diagnosis").tryQuery().isPresent());
        assertTrue(robot.lookup(".loss-cause .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("slow joiner") && l.getText().startsWith(lost + " messages from")),
                "the diagnosis names the slow joiner with the count");
    }

    private long lostRowsAt(FxRobot robot, String nodeId) {
        return rows(robot).stream().filter(e -> e.isLoss() && e.loss().cause().isLoss() && nodeId.equals(e.to()))
                .mapToLong(e -> e.loss().count()).sum();
    }

    @Test
    void openingAThreeFrameMessageShowsItsThreeFrames(FxRobot robot) throws Exception {
        run(robot, "multipart.json");

        openRow(robot, e -> !e.isLoss() && e.to().equals("receiver"));

        waitUntil(() -> robot.lookup("#message-frames").tryQuery().isPresent());
        TableView<?> frames = robot.lookup("#message-frames").queryAs(TableView.class);
        assertEquals(3, frames.getItems().size());
        assertTrue(robot.lookup("#message-path").queryAs(VBox.class).getChildren().size() >= 1);
    }

    @Test
    void aMessageAtARouterShowsTheIdentityOfThePeerItCameFromAndTheDelimiter(FxRobot robot) throws Exception {
        run(robot, "shared-queue.json");

        openRow(robot, e -> !e.isLoss() && e.to().equals("frontend"));

        waitUntil(() -> robot.lookup("#message-frames").tryQuery().isPresent());
        TableView<?> frames = robot.lookup("#message-frames").queryAs(TableView.class);
        List<String> cells = frames.getItems().stream().map(Object::toString).toList();
        assertEquals(3, cells.size(), cells.toString());
        assertTrue(cells.get(0).contains("part=identity") && cells.get(0).contains("identity of client-"), cells.get(0));
        assertTrue(cells.get(1).contains("part=delimiter"), cells.get(1));
        assertTrue(cells.get(2).contains("request "), cells.get(2));
    }
}
