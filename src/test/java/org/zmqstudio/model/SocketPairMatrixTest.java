package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All 121 ordered socket pairs against the ZMTP 3.0 compatibility table of RFC 23, typed out here
 * independently of {@link SocketType#validPeers()}.
 */
class SocketPairMatrixTest {

    private static final List<String> COLUMNS =
            List.of("REQ", "REP", "DEALER", "ROUTER", "PUB", "SUB", "XPUB", "XSUB", "PUSH", "PULL", "PAIR");

    /** Row = one side, column = the other (order of {@link #COLUMNS}); 'x' = the two may be linked. */
    private static final List<String> RFC_23 = List.of(
            /* REQ    */ ".x.x.......",
            /* REP    */ "x.x........",
            /* DEALER */ ".xxx.......",
            /* ROUTER */ "x.xx.......",
            /* PUB    */ ".....x.x...",
            /* SUB    */ "....x.x....",
            /* XPUB   */ ".....x.x...",
            /* XSUB   */ "....x.x....",
            /* PUSH   */ ".........x.",
            /* PULL   */ "........x..",
            /* PAIR   */ "..........x");

    private static boolean rfc23Allows(SocketType a, SocketType b) {
        return RFC_23.get(COLUMNS.indexOf(a.name())).charAt(COLUMNS.indexOf(b.name())) == 'x';
    }

    static Stream<Arguments> everyOrderedPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (SocketType connect : SocketType.values()) {
            for (SocketType bind : SocketType.values()) {
                pairs.add(Arguments.of(connect, bind));
            }
        }
        return pairs.stream();
    }

    @Test
    void tableCoversElevenTypesSymmetrically() {
        assertEquals(11, SocketType.values().length);
        for (SocketType a : SocketType.values()) {
            for (SocketType b : SocketType.values()) {
                assertEquals(rfc23Allows(a, b), rfc23Allows(b, a), a + "/" + b);
            }
        }
    }

    @ParameterizedTest(name = "{0} connects to {1}")
    @MethodSource("everyOrderedPair")
    void validatorAcceptsExactlyTheRfc23Pairs(SocketType connect, SocketType bind) {
        Topology topology = new Topology("pair", "", List.of(Node.of("c", connect, 0, 0), Node.of("b", bind, 100, 0)),
                List.of(Link.between("c", "b")));

        List<Problem> pairProblems = Validator.validate(topology, false).stream()
                .filter(p -> p.code().equals("E_PAIR_TYPES")).toList();

        if (rfc23Allows(connect, bind)) {
            assertEquals(List.of(), pairProblems);
        } else {
            assertEquals(1, pairProblems.size());
            assertEquals(ElementRef.link("c->b"), pairProblems.get(0).element());
        }
    }

    @ParameterizedTest(name = "{0} connects to {1}")
    @MethodSource("everyOrderedPair")
    void explanationNamesThePeersEachSocketTalksTo(SocketType connect, SocketType bind) {
        Optional<String> why = Validator.explainInvalidPair(connect, bind);

        assertEquals(!rfc23Allows(connect, bind), why.isPresent());
        why.ifPresent(sentence -> {
            assertTrue(sentence.contains(" " + connect + " socket cannot connect to "), sentence);
            assertTrue(sentence.contains(connect + " talks to "), sentence);
            for (SocketType peer : SocketType.values()) {
                if (rfc23Allows(connect, peer)) {
                    assertTrue(sentence.contains(peer.name()), sentence + " should name " + peer);
                }
            }
        });
    }
}
