package org.zmqstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class ConnectAndSwapTest {

    private static final Topology UNLINKED = new Topology("t", "", List.of(
            Node.of("push", SocketType.PUSH, 0, 0), Node.of("pull", SocketType.PULL, 200, 0),
            Node.of("pull-2", SocketType.PULL, 200, 100)), List.of());

    @Test
    void connectAddsALinkFromTheConnectingToTheBindingNodeAndUndoRemovesIt() {
        EditorDocument document = new EditorDocument();
        document.reset(UNLINKED, null);

        document.execute(new ConnectNodes("push", "pull"));

        assertEquals(List.of(new Link("push->pull", "push", "pull")), document.topology().links());
        document.undo();
        assertEquals(UNLINKED, document.topology());
    }

    @Test
    void connectingTwiceOrTheOtherWayRoundOrToAMissingNodeChangesNothing() {
        Topology linked = new ConnectNodes("push", "pull").apply(UNLINKED);

        assertSame(linked, new ConnectNodes("push", "pull").apply(linked));
        assertSame(linked, new ConnectNodes("pull", "push").apply(linked));
        assertSame(linked, new ConnectNodes("push", "ghost").apply(linked));
    }

    @Test
    void swapTurnsTheBindSideAroundInPlaceAndADefaultIdFollows() {
        Topology linked = UNLINKED.withLink(Link.between("pull", "push")).withLink(Link.between("pull-2", "push"));
        SwapLinkSides swap = new SwapLinkSides("pull->push");

        Topology after = swap.apply(linked);

        assertEquals(List.of(Link.between("push", "pull"), Link.between("pull-2", "push")), after.links());
        assertEquals("push->pull", swap.swappedId(linked));
    }

    @Test
    void swapKeepsAnIdTheUserChoseAndUndoRestoresTheSides() {
        EditorDocument document = new EditorDocument();
        document.reset(UNLINKED.withLink(new Link("tasks", "pull", "push")), null);

        document.execute(new SwapLinkSides("tasks"));

        assertEquals(List.of(new Link("tasks", "push", "pull")), document.topology().links());
        document.undo();
        assertEquals(List.of(new Link("tasks", "pull", "push")), document.topology().links());
    }

    @Test
    void swappingAMissingLinkChangesNothing() {
        assertSame(UNLINKED, new SwapLinkSides("ghost").apply(UNLINKED));
    }
}
