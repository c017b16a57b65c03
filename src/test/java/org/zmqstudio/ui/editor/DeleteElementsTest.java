package org.zmqstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class DeleteElementsTest {

    private static final Topology FAN_OUT = new Topology("f", "", List.of(
            Node.of("pub", SocketType.PUB, 0, 0),
            Node.of("sub-1", SocketType.SUB, 200, 0),
            Node.of("sub-2", SocketType.SUB, 200, 100)),
            List.of(Link.between("sub-1", "pub"), Link.between("sub-2", "pub")));

    @Test
    void deletingANodeTakesItsLinksAndUndoBringsBothBack() {
        EditorDocument document = new EditorDocument();
        document.reset(FAN_OUT, null);
        document.select(Selection.ofNodes(Set.of("pub")));

        document.execute(DeleteElements.of(document.selection()));

        assertEquals(List.of("sub-1", "sub-2"), document.topology().nodes().stream().map(Node::id).toList());
        assertEquals(List.of(), document.topology().links());
        assertEquals(Selection.NONE, document.selection());
        document.undo();
        assertEquals(FAN_OUT, document.topology());
        assertEquals(Selection.ofNodes(Set.of("pub")), document.selection());
    }

    @Test
    void deletingALinkKeepsItsNodes() {
        Topology after = new DeleteElements(Set.of(), Set.of("sub-1->pub")).apply(FAN_OUT);

        assertEquals(3, after.nodes().size());
        assertEquals(List.of(Link.between("sub-2", "pub")), after.links());
    }

    @Test
    void deletingWhatIsNotThereChangesNothingAndLeavesNoUndoStep() {
        EditorDocument document = new EditorDocument();
        document.reset(FAN_OUT, null);

        document.execute(new DeleteElements(Set.of("ghost"), Set.of("ghost->pub")));

        assertSame(FAN_OUT, document.topology());
        assertFalse(document.canUndo());
    }

    @Test
    void theNameSaysWhatIsDeleted() {
        assertEquals("Delete node", new DeleteElements(Set.of("pub"), Set.of()).name());
        assertEquals("Delete link", new DeleteElements(Set.of(), Set.of("sub-1->pub")).name());
        assertEquals("Delete 3 elements", new DeleteElements(Set.of("pub", "sub-1"), Set.of("sub-2->pub")).name());
    }
}
