package org.zmqstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class EditorDocumentTest {

    private record AddNode(String id) implements EditCommand {
        public String name() {
            return "Add " + id;
        }

        public Topology apply(Topology before) {
            return before.withNode(Node.of(id, SocketType.PUSH, 0, 0));
        }
    }

    private record Move(String id, double x) implements EditCommand {
        public String name() {
            return "Move " + id;
        }

        public Topology apply(Topology before) {
            return before.updateNode(id, n -> n.withPosition(x, n.y()));
        }

        public boolean absorbs(EditCommand next) {
            return next instanceof Move m && m.id.equals(id);
        }

        public boolean changesStructure() {
            return false;
        }
    }

    @Test
    void undoAndRedoWalkTheHistoryBothWays() {
        EditorDocument document = new EditorDocument();
        document.execute(new AddNode("a"));
        document.execute(new AddNode("b"));

        document.undo();
        assertEquals(1, document.topology().nodes().size());
        assertEquals("Add b", document.redoName().orElseThrow());
        document.redo();
        assertEquals(2, document.topology().nodes().size());
        assertEquals("Add b", document.undoName().orElseThrow());
        document.undo();
        document.undo();
        assertEquals(Topology.EMPTY, document.topology());
        assertFalse(document.canUndo());
    }

    @Test
    void aDragsManyMovesAreOneUndoStepUntilTheGestureEnds() {
        EditorDocument document = new EditorDocument();
        document.execute(new AddNode("a"));
        document.execute(new Move("a", 10));
        document.execute(new Move("a", 20));
        document.execute(new Move("a", 30));
        document.endOfGesture();
        document.execute(new Move("a", 40));

        document.undo();
        assertEquals(30, document.topology().node("a").orElseThrow().x());
        document.undo();
        assertEquals(0, document.topology().node("a").orElseThrow().x());
    }

    @Test
    void aNewEditClearsRedoAndAnEditThatChangesNothingIsNotRecorded() {
        EditorDocument document = new EditorDocument();
        document.execute(new AddNode("a"));
        document.undo();
        document.execute(new AddNode("b"));
        assertFalse(document.canRedo());
        document.execute(new AddNode("b"));
        document.undo();
        assertFalse(document.canUndo());
    }

    @Test
    void dirtyFollowsTheSavedStateEvenThroughUndo() {
        EditorDocument document = new EditorDocument();
        assertFalse(document.isDirty());
        document.execute(new AddNode("a"));
        assertTrue(document.isDirty());
        document.markSaved(Path.of("x.json"));
        assertFalse(document.isDirty());
        document.undo();
        assertTrue(document.isDirty());
        document.redo();
        assertFalse(document.isDirty());
    }

    @Test
    void selectionDropsElementsThatNoLongerExistAndComesBackWithRedo() {
        EditorDocument document = new EditorDocument();
        document.execute(new AddNode("a"));
        document.select(Selection.ofNodes(Set.of("a", "ghost")));
        assertEquals(Set.of("a"), document.selection().nodeIds());
        document.undo();
        assertTrue(document.selection().isEmpty());
        document.redo();
        assertEquals(Set.of("a"), document.selection().nodeIds(), "redo returns to the state undo left");
    }

    @Test
    void listenersHearEveryChangeAndResetForgetsTheHistory() {
        EditorDocument document = new EditorDocument();
        AtomicInteger changes = new AtomicInteger();
        document.addListener(changes::incrementAndGet);
        document.execute(new AddNode("a"));
        document.select(Selection.ofNodes(Set.of("a")));
        document.reset(Topology.EMPTY.withName("Opened"), Path.of("o.json"));
        assertEquals(3, changes.get());
        assertFalse(document.canUndo());
        assertFalse(document.isDirty());
        assertEquals(Path.of("o.json"), document.file());
    }

    @Test
    void aLockedDocumentRefusesStructuralEditsAndTheirUndoButStillMovesNodes() {
        EditorDocument document = new EditorDocument();
        document.execute(new AddNode("a"));
        document.setLocked(true);

        document.execute(new AddNode("b"));
        assertEquals(1, document.topology().nodes().size());
        assertFalse(document.canUndo(), "undoing the add would change what runs");
        document.undo();
        assertEquals(1, document.topology().nodes().size());

        document.execute(new Move("a", 50));
        assertEquals(50, document.topology().node("a").orElseThrow().x());
        document.undo();
        assertEquals(0, document.topology().node("a").orElseThrow().x());

        document.setLocked(false);
        assertTrue(document.canUndo());
        document.undo();
        assertEquals(Topology.EMPTY, document.topology());
    }

    @Test
    void anEditIsValidatedOnceHoweverOftenItsProblemsAreAskedFor() {
        EditorDocument document = new EditorDocument();
        document.execute(new AddNode("a"));
        List<Problem> afterAdd = document.problems();
        assertFalse(afterAdd.isEmpty(), "a PUSH alone sends to nobody");

        document.select(new Selection(Set.of("a"), Set.of()));
        assertSame(afterAdd, document.problems(), "asking again, or after a selection, validates nothing");

        document.execute(new AddNode("b"));
        List<Problem> afterSecondAdd = document.problems();
        assertNotSame(afterAdd, afterSecondAdd);
        assertTrue(afterSecondAdd.stream().anyMatch(p -> p.element().id().equals("b")), afterSecondAdd.toString());
        assertSame(afterSecondAdd, document.problems());
    }

    @Test
    void allowingNetworkEndpointsValidatesTheSameTopologyAgain() {
        EditorDocument document = new EditorDocument();
        document.reset(new Topology("Remote", "", List.of(
                Node.of("a", SocketType.PUSH, 0, 0).withEndpoint("tcp://192.0.2.7:5555")), List.of()), null);
        assertTrue(document.problems().stream().anyMatch(Problem::isError), "a non-loopback endpoint is refused");

        document.setAllowNetwork(true);
        assertFalse(document.problems().stream().anyMatch(Problem::isError), document.problems().toString());
    }
}
