package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** The inspector: edits apply as typed, wrong values are refused with a message and never lost. */
class InspectorEditingTest extends EditorWindowTestBase {

    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private void openPipeline() {
        onFx(() -> {
            document().reset(new Topology("Pipeline", "", List.of(
                    Node.of("vent", SocketType.PUSH, 0, 0),
                    Node.of("sink", SocketType.PULL, 300, 0)),
                    List.of(Link.between("sink", "vent"))), null);
            canvas().fitToWindow();
        });
    }

    private Node node(String id) {
        return topology().node(id).orElseThrow();
    }

    private void select(FxRobot robot, String id) throws Exception {
        robot.clickOn(canvas().screenPointOf(id));
        waitUntil(() -> document().selection().nodeIds().contains(id));
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private void retype(FxRobot robot, String id, String text) {
        robot.doubleClickOn(inspectorField(robot, id));
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.eraseText(Math.max(1, field(robot, id).getText().length()));
        robot.write(text);
    }

    @Test
    void typingALabelChangesTheNodeAsOneUndoStep(FxRobot robot) throws Exception {
        openPipeline();
        select(robot, "sink");

        robot.clickOn("#inspector-label").write("Buffered sink");

        waitUntil(() -> "Buffered sink".equals(node("sink").label()));
        assertEquals("Undo Change label of sink", "Undo " + document().undoName().orElseThrow());
        robot.clickOn(canvas().screenPointOf("sink"));
        robot.push(UNDO);
        waitUntil(() -> node("sink").label() == null);
        assertEquals("", field(robot, "#inspector-label").getText(), "the inspector follows the undo");
    }

    @Test
    void aHighWaterMarkThatIsNotANumberOrOutOfRangeIsRefusedAndKept(FxRobot robot) throws Exception {
        openPipeline();
        select(robot, "vent");
        Label error = robot.lookup("#inspector-sndhwm-error").queryAs(Label.class);

        robot.clickOn("#inspector-options");
        robot.clickOn(inspectorField(robot, "#inspector-sndhwm")).write("abc");
        waitUntil(error::isVisible);
        assertTrue(error.getText().contains("'abc' is not a whole number"), error.getText());
        assertEquals("abc", field(robot, "#inspector-sndhwm").getText(), "the user's text stays");
        assertNull(node("vent").options().sndhwm());

        retype(robot, "#inspector-sndhwm", "0");
        waitUntil(() -> error.getText().contains("sndhwm is 0 but must be 1–1000000"));
        assertNull(node("vent").options().sndhwm());

        retype(robot, "#inspector-sndhwm", "500");
        waitUntil(() -> Integer.valueOf(500).equals(node("vent").options().sndhwm()));
        assertFalse(error.isVisible());
        assertEquals("500", field(robot, "#inspector-sndhwm").getText());
    }

    @Test
    void renamingANodeFollowsInItsLinksAndKeepsItSelected(FxRobot robot) throws Exception {
        openPipeline();
        select(robot, "vent");

        retype(robot, "#inspector-id", "ventilator");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> topology().node("ventilator").isPresent());
        assertEquals(Link.between("sink", "ventilator"), topology().links().get(0));
        assertEquals(java.util.Set.of("ventilator"), document().selection().nodeIds());

        retype(robot, "#inspector-id", "sink");
        robot.type(KeyCode.ENTER);
        Label error = robot.lookup("#inspector-id-error").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertTrue(error.getText().contains("already has the id 'sink'"), error.getText());
    }

    @Test
    void aBehaviourIsChosenAmongTheKindsTheSocketSupportsAndItsFieldsAreChecked(FxRobot robot) throws Exception {
        openPipeline();
        select(robot, "vent");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = robot.lookup("#inspector-behavior-kind").queryAs(ComboBox.class);
        assertEquals(List.of("Default — produce", "produce", "proxy", "external"),
                kind.getItems().stream().map(Object::toString).toList(), "a PUSH cannot receive, request or reply");

        robot.clickOn(kind).clickOn("produce");
        waitUntil(() -> node("vent").behavior() instanceof Behavior.Produce);
        assertEquals("10 (0 = as fast as possible)", field(robot, "#inspector-behavior-rate").getPromptText());

        robot.clickOn(inspectorField(robot, "#inspector-behavior-rate")).write("-5");
        Label error = robot.lookup("#inspector-behavior-rate-error").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertEquals(10, ((Behavior.Produce) node("vent").behavior()).rate());

        retype(robot, "#inspector-behavior-rate", "250");
        robot.clickOn(inspectorField(robot, "#inspector-behavior-count")).write("100");
        waitUntil(() -> ((Behavior.Produce) node("vent").behavior()).count() == 100);
        assertEquals(250, ((Behavior.Produce) node("vent").behavior()).rate());
    }

    @Test
    void anExternalNodeSaysWhatTheProcessOutsideMustDoAndFollowsItsEndpoint(FxRobot robot) throws Exception {
        openPipeline();
        select(robot, "vent");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = robot.lookup("#inspector-behavior-kind").queryAs(ComboBox.class);

        robot.clickOn(kind).clickOn("external");
        waitUntil(() -> node("vent").behavior() instanceof Behavior.External);
        waitUntil(() -> robot.lookup("#inspector-external-duty").tryQuery().isPresent());
        Label duty = robot.lookup("#inspector-external-duty").queryAs(Label.class);
        assertTrue(duty.getText().startsWith("A process outside the studio must bind a PUSH socket; give this node"),
                duty.getText());

        onFx(() -> document().execute(org.zmqstudio.ui.editor.ChangeNode.endpoint("vent", "tcp://127.0.0.1:5601")));
        waitUntil(() -> "A process outside the studio must bind a PUSH socket on tcp://127.0.0.1:5601."
                .equals(robot.lookup("#inspector-external-duty").queryAs(Label.class).getText()));
    }

    @Test
    void changingTheSocketTypeDropsABehaviourItCannotPerformAndOffersItsOwnKinds(FxRobot robot) throws Exception {
        openPipeline();
        onFx(() -> document().execute(org.zmqstudio.ui.editor.ChangeNode.behavior("vent", "behaviour",
                Behavior.Produce.DEFAULT)));
        select(robot, "vent");

        robot.clickOn("#inspector-socket").clickOn("PULL");

        waitUntil(() -> node("vent").socket() == SocketType.PULL);
        assertNull(node("vent").behavior(), "a PULL cannot produce");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = robot.lookup("#inspector-behavior-kind").queryAs(ComboBox.class);
        assertEquals(List.of("Default — consume", "consume", "relay", "proxy", "external"),
                kind.getItems().stream().map(Object::toString).toList());
        assertEquals("PULL socket", robot.lookup(".inspector-heading").queryAs(Label.class).getText());
    }

    @Test
    void aTcpPortIsPickedOrLeftToTheSystemAndALowPortIsRefused(FxRobot robot) throws Exception {
        openPipeline();
        select(robot, "vent");

        robot.clickOn("#inspector-transport").clickOn("tcp");
        waitUntil(() -> "tcp://127.0.0.1:*".equals(node("vent").endpoint()));

        robot.clickOn("#inspector-tcp-any-port");
        robot.clickOn("#inspector-tcp-port").write("80");
        Label error = robot.lookup("#inspector-endpoint-error").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertTrue(error.getText().contains("outside 1024–65535"), error.getText());
        assertEquals("tcp://127.0.0.1:*", node("vent").endpoint());

        robot.write("80");
        waitUntil(() -> "tcp://127.0.0.1:8080".equals(node("vent").endpoint()));
        assertFalse(error.isVisible());
    }

    @Test
    void aSelectedLinkShowsItsSidesAndSwapsThem(FxRobot robot) throws Exception {
        openPipeline();
        onFx(() -> document().select(org.zmqstudio.ui.editor.Selection.ofLink("sink->vent")));

        assertTrue(robot.lookup("#inspector-link-bind").queryAs(Label.class).getText().startsWith("vent"));
        robot.clickOn("#inspector-swap-sides");

        waitUntil(() -> topology().links().get(0).equals(Link.between("vent", "sink")));
        assertTrue(robot.lookup("#inspector-link-bind").queryAs(Label.class).getText().startsWith("sink"));
    }

    @Test
    void withNothingSelectedTheTopologyNameIsEdited(FxRobot robot) throws Exception {
        openPipeline();
        retype(robot, "#inspector-topology-name", "Fan-in");
        waitUntil(() -> topology().name().equals("Fan-in"));
        assertEquals("Fan-in •", stage.getTitle());
    }
}
