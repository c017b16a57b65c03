package org.zmqstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class LinkCheckTest {

    private static final Topology SOCKETS = new Topology("s", "", List.of(
            Node.of("push", SocketType.PUSH, 0, 0), Node.of("pull", SocketType.PULL, 200, 0),
            Node.of("pair-a", SocketType.PAIR, 0, 100), Node.of("pair-b", SocketType.PAIR, 200, 100),
            Node.of("pair-c", SocketType.PAIR, 400, 100)),
            List.of(Link.between("pair-a", "pair-b")));

    private static Optional<String> whyNot(String connect, String bind) {
        return LinkCheck.whyNot(SOCKETS, SOCKETS.node(connect).orElseThrow(), SOCKETS.node(bind).orElseThrow());
    }

    @Test
    void aValidPairMayBeLinked() {
        assertEquals(Optional.empty(), whyNot("push", "pull"));
    }

    @Test
    void anInvalidPairIsExplainedByTheValidator() {
        assertEquals(Optional.of("a PULL socket cannot connect to a PAIR socket; PULL talks to PUSH, and PAIR to PAIR"
                + " (ZMTP socket-type rules)"), whyNot("pull", "pair-c"));
    }

    @Test
    void aNodeCannotBeLinkedToItselfOrTwiceToTheSameNode() {
        assertEquals(Optional.of("a socket cannot connect to itself; drag to another node"), whyNot("pull", "pull"));
        assertEquals(Optional.of("pair-b and pair-a are already linked"), whyNot("pair-b", "pair-a"));
    }

    @Test
    void aPairThatHasAPeerTakesNoSecondOne() {
        assertEquals(Optional.of("a PAIR talks to exactly one peer, and pair-b already has one"), whyNot("pair-c", "pair-b"));
    }
}
