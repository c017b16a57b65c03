package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.ui.editor.AddElements;
import org.zmqstudio.ui.palette.PaletteItems;
import org.zmqstudio.ui.palette.ReadyGroup;

class PaletteItemsTest {

    private static Topology add(Topology topology, String dragText) {
        AddElements edit = PaletteItems.add(dragText, 400, 300).orElseThrow();
        return edit.apply(topology);
    }

    @Test
    void aSocketTypeIsOneNodeCentredOnTheDropPointNumberedWhenTaken() {
        Topology once = add(Topology.EMPTY, PaletteItems.dragText(SocketType.DEALER));
        Topology twice = add(once, PaletteItems.dragText(SocketType.DEALER));

        Node first = once.nodes().get(0);
        assertEquals("dealer", first.id());
        assertEquals(400 - 80, first.x());
        assertEquals("dealer-2", twice.nodes().get(1).id());
    }

    @Test
    void everyReadyGroupIsValidAndItsDriverFollowsItsOwnNumbering() {
        for (ReadyGroup group : ReadyGroup.values()) {
            Topology twice = add(add(Topology.EMPTY, PaletteItems.dragText(group)), PaletteItems.dragText(group));

            assertEquals(4, twice.nodes().size(), group.title());
            Node secondDriver = twice.nodes().get(2);
            assertEquals(twice.nodes().get(3).id(), secondDriver.behavior().drivenNodeId(), group.title());
            assertEquals(group == ReadyGroup.PIPELINE_WORKER, secondDriver.behavior() instanceof Behavior.Relay);
            assertTrue(Validator.validate(twice, false).stream().noneMatch(Problem::isError),
                    group.title() + ": " + Validator.validate(twice, false));
        }
    }

    @Test
    void otherDraggedTextIsNotAPaletteItem() {
        assertTrue(PaletteItems.add("hello", 0, 0).isEmpty());
        assertTrue(PaletteItems.add("zmq-studio:socket:WEBSOCKET", 0, 0).isEmpty());
        assertEquals(List.of(SocketType.PULL, SocketType.PUSH), ReadyGroup.PIPELINE_WORKER.sockets());
    }
}
