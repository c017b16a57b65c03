package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.ExampleTopologies;
import org.zmqstudio.ui.files.FileDialogs.UnsavedChoice;

/** New, Open, Save, Save As, examples, broken files and the unsaved-changes question, through the window. */
class FileHandlingTest extends EditorWindowTestBase {

    private static final Topology PIPELINE = new Topology("Pipeline", "Two sockets.", List.of(
            Node.of("vent", SocketType.PUSH, 0, 0).withEndpoint("tcp://127.0.0.1:*"),
            Node.of("sink", SocketType.PULL, 300, 0).withLabel("Sink")),
            List.of(Link.between("sink", "vent")));

    private void edit(Topology topology) {
        onFx(() -> {
            document().reset(Topology.EMPTY, null);
            document().execute(new org.zmqstudio.ui.editor.AddElements("Add", topology.nodes(), topology.links()));
            document().execute(new org.zmqstudio.ui.editor.EditTopologyInfo(
                    org.zmqstudio.ui.editor.EditTopologyInfo.Part.NAME, topology.name()));
            document().execute(new org.zmqstudio.ui.editor.EditTopologyInfo(
                    org.zmqstudio.ui.editor.EditTopologyInfo.Part.DESCRIPTION, topology.description()));
        });
    }

    private static boolean inMenu(javafx.scene.Node node) {
        return node instanceof Label && node.getScene() != null
                && node.getScene().getWindow() instanceof javafx.stage.PopupWindow && node.getScene().getWindow().isShowing();
    }

    @SuppressWarnings("unchecked")
    private List<Problem> listedProblems(FxRobot robot) {
        return List.copyOf(robot.lookup("#problems-list").queryAs(ListView.class).getItems());
    }

    @Test
    void savedTopologyReopensTheSame(FxRobot robot) throws Exception {
        edit(PIPELINE);
        assertEquals("Pipeline •", stage.getTitle());
        Path file = folder.resolve("pipeline.json");
        dialogs.filesToSave.add(file);

        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> Files.exists(file));
        assertEquals("Pipeline — pipeline.json", stage.getTitle());
        dialogs.filesToOpen.add(file);
        robot.clickOn("#toolbar-new");
        waitUntil(() -> topology().nodes().isEmpty());
        robot.clickOn("#toolbar-open");

        waitUntil(() -> topology().nodes().size() == 2);
        assertEquals(PIPELINE, topology());
        assertEquals(file, document().file());
        assertEquals(List.of(file.toAbsolutePath()), window.files().recentFiles().list());

        robot.clickOn("#toolbar-new");
        robot.clickOn("#menu-file").clickOn("Open Recent").moveBy(220, 0);
        robot.clickOn(robot.lookup("pipeline.json  —  " + folder).match(n -> n.getScene() != null).queryLabeled());
        waitUntil(() -> topology().nodes().size() == 2);
    }

    @Test
    void everyExampleOpensWithItsNameAndNoErrors(FxRobot robot) throws Exception {
        List<ExampleTopologies.Example> examples = ExampleTopologies.list();
        assertEquals(11, examples.size());
        for (ExampleTopologies.Example example : examples) {
            // Along the Examples row into its submenu, then down it, as a hand on a mouse would go.
            robot.clickOn("#menu-file").clickOn("Examples").moveBy(220, 0);
            robot.clickOn(robot.lookup(example.name()).match(FileHandlingTest::inMenu).queryAs(Label.class));
            waitUntil(() -> topology().name().equals(example.name()));
            assertEquals(example.name(), stage.getTitle(), example.fileName());
            assertTrue(listedProblems(robot).stream().noneMatch(Problem::isError), example.fileName());
            assertTrue(robot.lookup("#status-problems").queryAs(Label.class).getText().startsWith("0 errors"));
        }
    }

    @Test
    void aBrokenFileOpensNothingAndSaysWhy(FxRobot robot) throws Exception {
        edit(PIPELINE);
        onFx(() -> document().markSaved(folder.resolve("kept.json")));
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{ \"format\": \"zmq-studio/topology\", \"version\": 1, \"nodes\": [ }");
        dialogs.filesToOpen.add(broken);

        robot.clickOn("#menu-file").clickOn("#menu-open");

        waitUntil(() -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot open broken.json: broken.json:1:"), dialogs.errors.get(0));
        assertEquals(PIPELINE, topology(), "the current document stays");
        assertEquals(folder.resolve("kept.json"), document().file());
    }

    @Test
    void aFileWithErrorsOpensWithItsProblemsListedAndSavesWithAWarning(FxRobot robot) throws Exception {
        Path file = folder.resolve("wrong.json");
        Topology wrong = new Topology("Wrong", "", List.of(Node.of("a", SocketType.PUB, 0, 0),
                Node.of("b", SocketType.PUSH, 300, 0)), List.of(Link.between("b", "a")));
        org.zmqstudio.persistence.TopologyFiles.save(wrong, file);

        onFx(() -> window.files().open(file));

        assertEquals(wrong, topology());
        assertTrue(listedProblems(robot).stream().anyMatch(p -> p.code().equals("E_PAIR_TYPES")));
        robot.clickOn(robot.lookup("#problems-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> document().selection().linkIds().contains("b->a"));

        onFx(() -> window.files().save());
        String status = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Saved wrong.json — it has 1 error"), status);
    }

    @Test
    void newOverUnsavedWorkAsksFirst(FxRobot robot) throws Exception {
        edit(PIPELINE);
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> dialogs.unsavedQuestions.size() == 1);
        assertEquals(PIPELINE, topology(), "Cancel keeps the work");

        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        robot.clickOn("#toolbar-new");
        waitUntil(() -> topology().nodes().isEmpty());
        assertFalse(document().isDirty());
        assertEquals("Untitled", stage.getTitle());
    }

    @Test
    void closingTheWindowOverUnsavedWorkAsksAndCancelKeepsItOpen(FxRobot robot) throws Exception {
        edit(PIPELINE);
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        onFx(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(List.of("Pipeline"), dialogs.unsavedQuestions);
        assertTrue(stage.isShowing());
    }

    @Test
    void answeringSaveWritesTheWorkBeforeReplacingIt(FxRobot robot) throws Exception {
        edit(PIPELINE);
        Path file = folder.resolve("asked.json");
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.filesToSave.add(file);

        robot.clickOn("#toolbar-new");

        waitUntil(() -> topology().nodes().isEmpty());
        assertEquals(PIPELINE, org.zmqstudio.persistence.TopologyFiles.load(file));
        Topology before = topology();
        onFx(() -> window.files().open(folder.resolve("missing.json")));
        assertSame(before, topology());
        assertTrue(dialogs.errors.get(0).contains("no such file"), dialogs.errors.get(0));
    }
}
