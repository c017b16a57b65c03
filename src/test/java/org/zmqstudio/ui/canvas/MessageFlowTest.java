package org.zmqstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.picture.MessageFlow;

class MessageFlowTest {

    private static Node node(String id, SocketType type) {
        return Node.of(id, type, 0, 0);
    }

    @Test
    void pipelineAndPubSubFlowFromTheSenderWhicheverSideBinds() {
        Node pull = node("worker", SocketType.PULL);
        Node push = node("vent", SocketType.PUSH);
        Node sub = node("fan", SocketType.SUB);
        Node pub = node("news", SocketType.PUB);

        assertEquals(new MessageFlow(false, true), MessageFlow.of(pull, push));
        assertEquals("vent → worker", MessageFlow.of(pull, push).describe(pull, push));
        assertEquals(new MessageFlow(true, false), MessageFlow.of(pub, sub));
        assertEquals("news → fan", MessageFlow.of(pub, sub).describe(pub, sub));
    }

    @Test
    void requestReplyAndPairFlowBothWays() {
        Node req = node("client", SocketType.REQ);
        Node rep = node("server", SocketType.REP);

        assertEquals(new MessageFlow(true, true), MessageFlow.of(req, rep));
        assertEquals("client ↔ server (both ways)", MessageFlow.of(req, rep).describe(req, rep));
        assertEquals(new MessageFlow(true, true), MessageFlow.of(node("a", SocketType.PAIR), node("b", SocketType.PAIR)));
    }

    @Test
    void mismatchedTypesCarryNothing() {
        Node pub = node("news", SocketType.PUB);
        Node push = node("vent", SocketType.PUSH);

        assertEquals(new MessageFlow(false, false), MessageFlow.of(pub, push));
        assertEquals("nowhere: PUB and PUSH cannot talk", MessageFlow.of(pub, push).describe(pub, push));
    }
}
