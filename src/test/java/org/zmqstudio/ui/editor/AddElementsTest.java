package org.zmqstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;

class AddElementsTest {

    private static final Topology PIPELINE = new Topology("p", "", List.of(
            Node.of("vent", SocketType.PUSH, 0, 0).withEndpoint("inproc://tasks"),
            Node.of("worker-in", SocketType.PULL, 200, 0).withBehavior(new Behavior.Relay("worker-out", 0)),
            Node.of("worker-out", SocketType.PUSH, 400, 0),
            Node.of("sink", SocketType.PULL, 600, 0).withEndpoint("tcp://127.0.0.1:6001")),
            List.of(Link.between("worker-in", "vent"), Link.between("worker-out", "sink")));

    @Test
    void aNodeWithAFreeIdIsAddedAsItIsAndUndoRemovesIt() {
        EditorDocument document = new EditorDocument();
        document.reset(PIPELINE, null);

        document.execute(AddElements.node(Node.of("logger", SocketType.SUB, 20, 40)));

        assertEquals(Node.of("logger", SocketType.SUB, 20, 40), document.topology().node("logger").orElseThrow());
        assertEquals("Add SUB", document.undoName().orElseThrow());
        document.undo();
        assertEquals(PIPELINE, document.topology());
    }

    @Test
    void clashingIdsGetTheNextFreeNumberAndLinksAndRelaysFollowTheRename() {
        AddElements paste = new AddElements("Paste", List.of(
                Node.of("worker-in", SocketType.PULL, 220, 40).withBehavior(new Behavior.Relay("worker-out", 0)),
                Node.of("worker-out", SocketType.PUSH, 420, 40)),
                List.of(Link.between("worker-in", "vent"), Link.between("worker-out", "sink")));

        Topology after = paste.apply(PIPELINE);

        assertEquals(6, after.nodes().size());
        assertEquals(new Behavior.Relay("worker-out-2", 0), after.node("worker-in-2").orElseThrow().behavior());
        assertTrue(after.link("worker-in-2->vent").isPresent(), "link to an existing node keeps that end");
        assertTrue(after.link("worker-out-2->sink").isPresent());
        assertEquals(PIPELINE.node("worker-in"), after.node("worker-in"), "the original is untouched");
        assertTrue(Validator.validate(after, false).stream().noneMatch(p -> p.isError()),
                () -> Validator.validate(after, false).toString());
    }

    @Test
    void aNumberedIdIsCountedOnNotSuffixedTwice() {
        Topology two = PIPELINE.withNode(Node.of("worker-2", SocketType.PULL, 0, 200));

        Topology after = AddElements.node(Node.of("worker-2", SocketType.PULL, 0, 300)).apply(two);

        assertTrue(after.node("worker-3").isPresent(), after.nodes().toString());
    }

    @Test
    void aPastedFixedEndpointIsRenamedOrMovedToAnyFreePortSoTwoNodesNeverBindTheSame() {
        AddElements paste = new AddElements("Paste", List.of(
                PIPELINE.node("vent").orElseThrow(), PIPELINE.node("sink").orElseThrow()), List.of());

        Topology after = paste.apply(PIPELINE);

        assertEquals("inproc://tasks-2", after.node("vent-2").orElseThrow().endpoint());
        assertEquals("tcp://127.0.0.1:*", after.node("sink-2").orElseThrow().endpoint());
    }

    @Test
    void thePlacementNamesWhatApplyAddsSoThePasteCanBeSelected() {
        AddElements paste = new AddElements("Paste", List.of(Node.of("vent", SocketType.PUSH, 0, 80)), List.of());

        AddElements.Placement placement = paste.placementIn(PIPELINE);

        assertEquals(Selection.ofNodes(Set.of("vent-2")), placement.asSelection());
        assertTrue(paste.apply(PIPELINE).nodes().containsAll(placement.nodes()));
    }

    @Test
    void aTooLongIdIsCutToMakeRoomForItsNumber() {
        String longId = "n".repeat(64);
        Topology one = Topology.EMPTY.withNode(Node.of(longId, SocketType.PAIR, 0, 0));

        Topology after = AddElements.node(Node.of(longId, SocketType.PAIR, 0, 100)).apply(one);

        assertEquals("n".repeat(62) + "-2", after.nodes().get(1).id());
    }
}
