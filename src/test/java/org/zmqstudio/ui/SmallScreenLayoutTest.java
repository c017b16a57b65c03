package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * The window at 1280×720 (the headless screen is 1280×800, so the window is sized as a maximised
 * one on a 1280×720 screen would be): the run's tables show several rows with whole column titles,
 * and F12 or View ▸ Bottom Panel gives the canvas the bottom panel's height and back.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SmallScreenLayoutTest extends EditorWindowTestBase {

    @BeforeEach
    void sizeTo1280By720() {
        onFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    /** The rows of {@code table} that hold an item and lie wholly inside the table's visible area. */
    private static long wholeRowsShown(TableView<?> table) {
        javafx.geometry.Bounds visible = table.localToScene(table.getLayoutBounds());
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && !row.isEmpty() && row.isVisible())
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .filter(b -> b.getMinY() >= visible.getMinY() && b.getMaxY() <= visible.getMaxY())
                .count();
    }

    /** Column titles the header shows cut with an ellipsis. */
    private static List<String> cutTitles(TableView<?> table) {
        return table.lookupAll(".column-header .label").stream()
                .flatMap(label -> label.lookupAll(".text").stream())
                .filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText())
                .filter(text -> text.endsWith("…") || text.endsWith("..."))
                .toList();
    }

    @Test
    void theRunsTablesShowSeveralWholeRowsAndWholeColumnTitles(FxRobot robot) throws Exception {
        dialogs.filesToOpen.add(Path.of("topologies", "parallel-pipeline.json"));
        robot.clickOn("#toolbar-open");
        waitUntil(() -> topology().nodes().size() == 8);
        robot.clickOn("#toolbar-run");
        waitUntil(() -> window.monitor().controller().mode() == Mode.RUNNING); // the Nodes & flows tab builds its tables when shown
        waitUntil(() -> table(robot, "#monitor-node-table").getItems().size() == 8
                && table(robot, "#monitor-flow-table").getItems().size() >= 4);

        TableView<Object> nodes = table(robot, "#monitor-node-table");
        TableView<Object> flows = table(robot, "#monitor-flow-table");
        waitUntil(() -> wholeRowsShown(nodes) >= 4 && wholeRowsShown(flows) >= 4);
        assertEquals(List.of(), cutTitles(nodes), "node table titles");
        assertEquals(List.of(), cutTitles(flows), "flow table titles");
        robot.clickOn("#toolbar-stop");
        waitUntil(() -> window.monitor().controller().mode() == Mode.EDITING);
    }

    @Test
    void f12HidesTheBottomPanelForTheCanvasAndBringsItBack(FxRobot robot) throws Exception {
        Node tabs = robot.lookup("#bottom-tabs").query();
        double canvasHeight = canvas().getHeight();
        double tabsHeight = tabs.getLayoutBounds().getHeight();
        assertTrue(tabsHeight > 150, "the bottom panel at first: " + tabsHeight);

        robot.clickOn("#topology-canvas").push(KeyCode.F12);
        waitUntil(() -> tabs.getScene() == null);
        assertTrue(canvas().getHeight() > canvasHeight + tabsHeight - 10, canvas().getHeight() + " px");

        robot.clickOn("#menu-view").clickOn("#menu-bottom-panel");
        waitUntil(() -> tabs.getScene() != null);
        waitUntil(() -> Math.abs(canvas().getHeight() - canvasHeight) < 2);
        assertFalse(tabs.getLayoutBounds().isEmpty());
    }
}
