package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.zmqstudio.QuickExamples;
import org.zmqstudio.model.Topology;

/** Socket-type explanation cards, opened from the palette's ? buttons and the canvas's type badges. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketCardWindowTest extends EditorWindowTestBase {

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String notes(FxRobot robot) {
        return robot.lookup("#socket-card-notes").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
    }

    private boolean cardShown(FxRobot robot) {
        return robot.lookup("#socket-card").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#socket-card").query().getScene().getWindow().isShowing();
    }

    /** Clicks the icon and socket type in the top row of a node's card. */
    private void clickBadge(FxRobot robot, String nodeId) {
        Point2D centre = canvas().screenPointOf(nodeId);
        double zoom = canvas().zoom();
        robot.clickOn(centre.add(-40 * zoom, -18 * zoom));
    }

    @Test
    void thePalettesInfoButtonOpensTheCardWithoutAddingANodeAndEscapeClosesIt(FxRobot robot) throws Exception {
        robot.clickOn(paletteItem(robot, "#palette-info-PULL"));

        waitUntil(() -> cardShown(robot));
        assertTrue(text(robot, "#socket-card-title").startsWith("PULL"));
        assertEquals("PUSH", text(robot, "#socket-card-peers"));
        assertTrue(notes(robot).contains("fair queuing"), notes(robot));
        assertEquals(0, topology().nodes().size(), "the ? adds nothing");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !cardShown(robot));
    }

    @Test
    void doubleClickingAPaletteItemStillAddsItsSocket(FxRobot robot) throws Exception {
        robot.doubleClickOn(paletteItem(robot, "#palette-PUSH"));

        waitUntil(() -> topology().nodes().size() == 1);
        assertEquals("PUSH", topology().nodes().get(0).socket().name());
    }

    @Test
    void aSubscribersTypeBadgeOpensItsCardWithItsOwnTopicFilter(FxRobot robot) throws Exception {
        Topology weather = QuickExamples.load("weather-updates.json");
        onFx(() -> {
            document().reset(weather, null);
            canvas().fitToWindow();
        });

        clickBadge(robot, "zip-10001");

        waitUntil(() -> cardShown(robot));
        assertTrue(text(robot, "#socket-card-title").startsWith("SUB"));
        assertEquals("PUB, XPUB", text(robot, "#socket-card-peers"));
        assertTrue(text(robot, "#socket-card-hwm").startsWith("Drops"));
        assertTrue(notes(robot).contains("Topic filter of 'zip-10001': messages that start with \"10001 \""), notes(robot));
    }

    @Test
    void theSinksBadgeSaysItFairQueuesItsThreeWorkers(FxRobot robot) throws Exception {
        Topology pipeline = QuickExamples.load("parallel-pipeline.json");
        onFx(() -> {
            document().reset(pipeline, null);
            canvas().fitToWindow();
        });

        clickBadge(robot, "sink");

        waitUntil(() -> cardShown(robot));
        assertTrue(notes(robot).startsWith("This PULL has 3 peers"), notes(robot));
    }
}
