package org.zmqstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class PropertyEditCommandsTest {

    private static EditorDocument documentWithPipeline() {
        EditorDocument document = new EditorDocument();
        document.reset(new Topology("t", "", List.of(
                Node.of("in", SocketType.PULL, 0, 0).withBehavior(new Behavior.Relay("out", 0)),
                Node.of("out", SocketType.PUSH, 100, 0)),
                List.of(Link.between("in", "out"))), null);
        return document;
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        EditorDocument document = documentWithPipeline();
        document.execute(ChangeNode.option("out", "sndhwm", o -> o.withSndhwm(1)));
        document.execute(ChangeNode.option("out", "sndhwm", o -> o.withSndhwm(10)));
        document.execute(ChangeNode.option("out", "sndhwm", o -> o.withSndhwm(100)));
        assertEquals(100, document.topology().node("out").orElseThrow().options().sndhwm());
        assertEquals("Change sndhwm of out", document.undoName().orElseThrow());

        document.undo();
        assertNull(document.topology().node("out").orElseThrow().options().sndhwm());
    }

    @Test
    void editsOfDifferentFieldsAreSeparateStepsAndKeepEachOther() {
        EditorDocument document = documentWithPipeline();
        document.execute(ChangeNode.option("out", "sndhwm", o -> o.withSndhwm(5)));
        document.execute(ChangeNode.label("out", "Results"));
        document.undo();

        Node out = document.topology().node("out").orElseThrow();
        assertEquals(5, out.options().sndhwm());
        assertNull(out.label());
    }

    @Test
    void aSocketTypeThatCannotPerformTheBehaviourDropsIt() {
        EditorDocument document = documentWithPipeline();
        document.execute(ChangeNode.socket("in", SocketType.PUSH));
        Node in = document.topology().node("in").orElseThrow();
        assertEquals(SocketType.PUSH, in.socket());
        assertNull(in.behavior(), "PUSH cannot receive, so it cannot relay");

        document.execute(ChangeNode.socket("in", SocketType.PAIR));
        document.undo();
        document.undo();
        assertEquals(new Behavior.Relay("out", 0), document.topology().node("in").orElseThrow().behavior());
    }

    @Test
    void anEmptyLabelOrEndpointMeansNone() {
        EditorDocument document = documentWithPipeline();
        document.execute(ChangeNode.endpoint("out", "tcp://127.0.0.1:*"));
        document.execute(ChangeNode.endpoint("out", ""));
        document.execute(ChangeNode.label("out", ""));
        Node out = document.topology().node("out").orElseThrow();
        assertNull(out.endpoint());
        assertNull(out.label());
    }

    @Test
    void renameFollowsInLinksAndRelayTargets() {
        EditorDocument document = documentWithPipeline();
        document.execute(new RenameNode("out", "worker-out"));

        Topology renamed = document.topology();
        assertEquals(new Behavior.Relay("worker-out", 0), renamed.node("in").orElseThrow().behavior());
        assertEquals(Link.between("in", "worker-out"), renamed.links().get(0));
        assertEquals("Rename out to worker-out", document.undoName().orElseThrow());
    }

    @Test
    void renameOntoAnExistingIdChangesNothing() {
        EditorDocument document = documentWithPipeline();
        Topology before = document.topology();
        assertSame(before, new RenameNode("out", "in").apply(before));
        assertSame(before, new RenameNode("missing", "x").apply(before));
    }

    @Test
    void topologyNameAndDescriptionAreUndoable() {
        EditorDocument document = documentWithPipeline();
        document.execute(new EditTopologyInfo(EditTopologyInfo.Part.NAME, "P"));
        document.execute(new EditTopologyInfo(EditTopologyInfo.Part.NAME, "Pipeline"));
        document.execute(new EditTopologyInfo(EditTopologyInfo.Part.DESCRIPTION, "Work is shared."));
        assertEquals("Pipeline", document.topology().name());

        document.undo();
        assertEquals("", document.topology().description());
        document.undo();
        assertEquals("t", document.topology().name());
    }
}
