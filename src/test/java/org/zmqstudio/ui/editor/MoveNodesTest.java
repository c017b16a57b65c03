package org.zmqstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.MoveNodes.Position;

class MoveNodesTest {

    private static final Topology TWO = new Topology("t", "", List.of(
            Node.of("a", SocketType.PUSH, 0, 0), Node.of("b", SocketType.PULL, 200, 0)), List.of());

    @Test
    void movesEveryNamedNodeToItsPosition() {
        Topology after = new MoveNodes(Map.of("a", new Position(20, 40), "b", new Position(220, 60))).apply(TWO);

        assertEquals(20, after.node("a").orElseThrow().x());
        assertEquals(40, after.node("a").orElseThrow().y());
        assertEquals(220, after.node("b").orElseThrow().x());
        assertEquals(60, after.node("b").orElseThrow().y());
    }

    @Test
    void successiveMovesOfTheSameNodesAreOneUndoStepUntilTheGestureEnds() {
        EditorDocument document = new EditorDocument();
        document.reset(TWO, null);
        for (int x = 10; x <= 100; x += 10) {
            document.execute(new MoveNodes(Map.of("a", new Position(x, 0))));
        }
        document.endOfGesture();
        document.execute(new MoveNodes(Map.of("a", new Position(500, 0))));

        document.undo();
        assertEquals(100, document.topology().node("a").orElseThrow().x());
        document.undo();
        assertEquals(TWO, document.topology());
        assertFalse(document.canUndo());
    }

    @Test
    void aMoveOfOtherNodesIsNotAbsorbed() {
        MoveNodes a = new MoveNodes(Map.of("a", new Position(1, 0)));

        assertTrue(a.absorbs(new MoveNodes(Map.of("a", new Position(2, 0)))));
        assertFalse(a.absorbs(new MoveNodes(Map.of("b", new Position(2, 0)))));
        assertFalse(a.absorbs(new MoveNodes(Map.of("a", new Position(2, 0), "b", new Position(2, 0)))));
        assertFalse(a.absorbs(new ConnectNodes("a", "b")));
    }

    @Test
    void theNameCountsTheNodes() {
        assertEquals("Move node", new MoveNodes(Map.of("a", new Position(1, 0))).name());
        assertEquals("Move 2 nodes", new MoveNodes(Map.of("a", new Position(1, 0), "b", new Position(1, 0))).name());
    }
}
