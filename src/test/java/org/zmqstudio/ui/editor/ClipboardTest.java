package org.zmqstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class ClipboardTest {

    private static final Topology CHAIN = new Topology("c", "", List.of(
            Node.of("a", SocketType.PUSH, 0, 0), Node.of("b", SocketType.PULL, 200, 0),
            Node.of("c", SocketType.PUSH, 400, 0)),
            List.of(Link.between("b", "a"), Link.between("c", "b")));

    @Test
    void copyTakesTheSelectedNodesWithOnlyTheLinksAmongThem() {
        Clipboard clipboard = new Clipboard();
        clipboard.copy(CHAIN, Selection.ofNodes(Set.of("a", "b")));

        AddElements paste = clipboard.nextPaste();

        assertEquals(List.of(Link.between("b", "a")), paste.links());
        assertEquals(2, paste.nodes().size());
    }

    @Test
    void eachPasteLandsOneStepFurtherSoItNeverCoversTheLastOne() {
        Clipboard clipboard = new Clipboard();
        clipboard.copy(CHAIN, Selection.ofNodes(Set.of("a")));

        Topology once = clipboard.nextPaste().apply(CHAIN);
        Topology twice = clipboard.nextPaste().apply(once);

        assertEquals(Clipboard.OFFSET, twice.node("a-2").orElseThrow().x());
        assertEquals(2 * Clipboard.OFFSET, twice.node("a-3").orElseThrow().x());
    }

    @Test
    void copyingNothingKeepsWhatWasCopiedBefore() {
        Clipboard clipboard = new Clipboard();
        assertTrue(clipboard.isEmpty());
        assertNull(clipboard.nextPaste());
        clipboard.copy(CHAIN, Selection.ofNodes(Set.of("c")));

        assertFalse(clipboard.copy(CHAIN, Selection.NONE));
        assertEquals("c", clipboard.nextPaste().nodes().get(0).id());
    }

    @Test
    void duplicateCopiesTheSelectionOneStepAwayWithoutTheClipboard() {
        AddElements duplicate = Clipboard.duplicate(CHAIN, Selection.ofNodes(Set.of("b", "c")));

        Topology after = duplicate.apply(CHAIN);

        assertEquals("Duplicate 2 nodes", duplicate.name());
        assertTrue(after.link("c-2->b-2").isPresent(), after.links().toString());
        assertEquals(200 + Clipboard.OFFSET, after.node("b-2").orElseThrow().x());
        assertNull(Clipboard.duplicate(CHAIN, Selection.NONE));
    }
}
