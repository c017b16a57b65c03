package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.pipeline;
import static org.zmqstudio.model.TestTopologies.topology;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SocketGuideTest {

    @ParameterizedTest
    @EnumSource(SocketType.class)
    void everyCardSaysEveryPartAndListsThePeersTheValidatorAllows(SocketType type) {
        SocketCard card = SocketGuide.of(type);

        Stream.of(card.does(), card.flow(), card.atHighWaterMark(), card.patterns(), card.chapter())
                .forEach(text -> assertFalse(text.isBlank(), type + " says something"));
        for (SocketType other : SocketType.values()) {
            assertEquals(Validator.explainInvalidPair(type, other).isEmpty(), card.peers().contains(other), type + "-" + other);
        }
    }

    @Test
    void atTheHighWaterMarkPublishersAndRoutersDropWhilePushersAndRequestersBlock() {
        for (SocketType dropping : List.of(SocketType.PUB, SocketType.XPUB, SocketType.ROUTER, SocketType.REP)) {
            assertTrue(SocketGuide.of(dropping).atHighWaterMark().startsWith("Drops"), dropping.name());
        }
        for (SocketType blocking : List.of(SocketType.PUSH, SocketType.REQ, SocketType.DEALER, SocketType.PAIR)) {
            assertTrue(SocketGuide.of(blocking).atHighWaterMark().startsWith("Blocks"), blocking.name());
        }
    }

    @Test
    void aSubscribersCardShowsItsOwnTopicFilter() {
        Topology topology = topology(List.of(node("pub", SocketType.PUB),
                        node("sub", SocketType.SUB, new Behavior.Consume(List.of("rain", "sun"), 0)),
                        node("all", SocketType.SUB)),
                link("sub", "pub"), link("all", "pub"));

        assertEquals(List.of("Topic filter of 'sub': messages that start with \"rain\" or \"sun\"; the others are filtered out."),
                SocketGuide.of(topology, topology.node("sub").orElseThrow()).notes());
        assertEquals(List.of("Topic filter of 'all': \"\" (every message)."),
                SocketGuide.of(topology, topology.node("all").orElseThrow()).notes());
        assertTrue(SocketGuide.of(SocketType.SUB).notes().get(0).startsWith("Topic filter: it receives nothing until it subscribes"));
    }

    @Test
    void aReceiverWithSeveralPeersIsToldItFairQueuesAndOneWithOnePeerIsNot() {
        Topology fanIn = pipeline().withNode(node("vent-2", SocketType.PUSH)).withLink(link("w-in", "vent-2"));

        assertEquals(List.of("This PULL has 2 peers: it takes their messages in turn, one from each that has one waiting"
                        + " (fair queuing), so a busy sender cannot crowd out the others."),
                SocketGuide.of(fanIn, fanIn.node("w-in").orElseThrow()).notes());
        assertEquals(List.of(), SocketGuide.of(pipeline(), pipeline().node("sink").orElseThrow()).notes());
    }
}
