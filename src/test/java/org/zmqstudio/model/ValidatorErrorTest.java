package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.only;
import static org.zmqstudio.model.TestTopologies.pipeline;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.model.TestTopologies.where;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per error rule of DESIGN.md §4: it fires, and a valid neighbour does not. */
class ValidatorErrorTest {

    private static final ElementRef VENT = ElementRef.node("vent");

    private static Topology pipelineWith(String id, UnaryOperator<Node> change) {
        return pipeline().updateNode(id, change);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "ünïcode", "semi;colon",
            "a123456789b123456789c123456789d123456789e123456789f123456789g1234"})
    void nodeIdsOutsideTheAllowedCharactersOrLengthAreMalformed(String id) {
        Topology topology = topology(List.of(node(id, SocketType.PAIR), node("p", SocketType.PAIR)), link("p", id));

        assertEquals(List.of(ElementRef.node(id)), where(ProblemCode.E_ID_MALFORMED, topology));
    }

    @Test
    void sixtyFourCharacterIdsOfLettersDigitsAndPunctuationAreWellFormed() {
        String id = "A-z_0.9" + "x".repeat(57);
        Topology topology = topology(List.of(node(id, SocketType.PAIR), node("p", SocketType.PAIR)), link("p", id));

        assertEquals(List.of(), where(ProblemCode.E_ID_MALFORMED, topology));
    }

    @Test
    void linkIdsMustBePrintable() {
        Topology topology = topology(List.of(node("a", SocketType.PAIR), node("b", SocketType.PAIR)),
                new Link("line\nbreak", "a", "b"));

        Problem problem = only(ProblemCode.E_ID_MALFORMED, topology);
        assertTrue(problem.toString().contains("'line\\nbreak'"), "shown on one line: " + problem);
        assertEquals(List.of(), where(ProblemCode.E_ID_MALFORMED, topology.withoutLink("line\nbreak").withLink(
                new Link("a to b ✓", "a", "b"))));
    }

    @Test
    void repeatedNodeOrLinkIdsAreReportedOnce() {
        Topology topology = topology(List.of(node("x", SocketType.PUSH), node("x", SocketType.PULL),
                        node("x", SocketType.PULL), node("y", SocketType.PULL)),
                new Link("l", "x", "y"), new Link("l", "y", "x"));

        assertEquals(List.of(ElementRef.node("x"), ElementRef.link("l")), where(ProblemCode.E_ID_DUPLICATE, topology));
        assertEquals(List.of(), where(ProblemCode.E_ID_DUPLICATE, pipeline()));
    }

    @Test
    void labelsLongerThanEightyCharactersOrWithControlCharactersLineSeparatorsOrBidiOverridesAreRefused() {
        assertEquals(List.of(VENT), where(ProblemCode.E_LABEL, pipelineWith("vent", n -> n.withLabel("v".repeat(81)))));
        assertEquals(List.of(VENT), where(ProblemCode.E_LABEL, pipelineWith("vent", n -> n.withLabel("two\nlines"))));
        assertEquals(List.of(VENT), where(ProblemCode.E_LABEL, pipelineWith("vent", n -> n.withLabel("two\u2028lines"))));
        assertEquals(List.of(VENT), where(ProblemCode.E_LABEL, pipelineWith("vent", n -> n.withLabel("\u202egnp.exe"))));
        assertEquals(List.of(), where(ProblemCode.E_LABEL, pipelineWith("vent", n -> n.withLabel("family \uD83D\uDC68\u200D\uD83D\uDC67"))));
        assertEquals(List.of(), where(ProblemCode.E_LABEL, pipelineWith("vent", n -> n.withLabel("é".repeat(79) + "✓"))));
    }

    @Test
    void linksToNodesThatDoNotExistNameTheMissingNode() {
        Topology topology = pipeline().withLink(link("ghost", "sink"));

        Problem problem = only(ProblemCode.E_LINK_MISSING_NODE, topology);
        assertEquals(ElementRef.link("ghost->sink"), problem.element());
        assertTrue(problem.message().contains("'ghost'"), problem.message());
        assertEquals(List.of(), where(ProblemCode.E_LINK_MISSING_NODE, pipeline()));
    }

    @Test
    void aNodeCannotBeLinkedToItself() {
        assertEquals(List.of(ElementRef.link("sink->sink")),
                where(ProblemCode.E_LINK_SELF, pipeline().withLink(link("sink", "sink"))));
        assertEquals(List.of(), where(ProblemCode.E_LINK_SELF, pipeline()));
    }

    @Test
    void twoLinksBetweenTheSameNodesInEitherDirectionAreDuplicates() {
        Topology twice = pipeline().withLink(new Link("again", "w-in", "vent"));
        Topology backwards = pipeline().withLink(link("vent", "w-in"));

        assertEquals(List.of(ElementRef.link("again")), where(ProblemCode.E_LINK_DUPLICATE, twice));
        assertEquals(List.of(ElementRef.link("vent->w-in")), where(ProblemCode.E_LINK_DUPLICATE, backwards));
        assertEquals(List.of(), where(ProblemCode.E_LINK_DUPLICATE, pipeline()));
    }

    @Test
    void anInvalidPairIsExplainedAsInTheDesign() {
        Topology topology = topology(List.of(node("w1", SocketType.PULL), node("vent", SocketType.PULL)),
                link("w1", "vent"));

        assertEquals("ERROR E_PAIR_TYPES link w1->vent: a PULL socket cannot connect to a PULL socket; "
                + "PULL talks to PUSH (ZMTP socket-type rules)", only(ProblemCode.E_PAIR_TYPES, topology).toString());
        assertEquals(List.of(), where(ProblemCode.E_PAIR_TYPES, pipeline()));
    }

    @Test
    void anInvalidPairOfDifferentTypesNamesThePeersOfBoth() {
        assertEquals("an XSUB socket cannot connect to a REQ socket; XSUB talks to PUB or XPUB, "
                        + "and REQ to REP or ROUTER (ZMTP socket-type rules)",
                Validator.explainInvalidPair(SocketType.XSUB, SocketType.REQ).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://127.0.0.1:80", "tcp://127.0.0.1", "udp://127.0.0.1:5555", "inproc://", "inproc://a b"})
    void malformedEndpointsAreExplained(String endpoint) {
        Problem problem = only(ProblemCode.E_ENDPOINT_INVALID, pipelineWith("vent", n -> n.withEndpoint(endpoint)));

        assertEquals(VENT, problem.element());
        assertTrue(problem.message().startsWith("its endpoint is not valid: "), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://127.0.0.1:5555", "tcp://localhost:*", "tcp://[::1]:1024", "ipc://tasks", "inproc://tasks"})
    void wellFormedEndpointsAreAccepted(String endpoint) {
        Topology topology = pipelineWith("vent", n -> n.withEndpoint(endpoint));

        assertEquals(List.of(), Validator.validate(topology, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://0.0.0.0:5555", "tcp://*:5555", "tcp://192.168.1.20:5555", "tcp://example.com:*"})
    void endpointsReachableFromOtherMachinesNeedNetworkPermission(String endpoint) {
        Topology topology = pipelineWith("vent", n -> n.withEndpoint(endpoint));

        assertEquals(List.of(VENT), where(ProblemCode.E_ENDPOINT_NETWORK, topology, false));
        assertEquals(List.of(), Validator.validate(topology, true));
    }

    @Test
    void twoNodesBindingOneEndpointClashIncludingADefaultInprocName() {
        Topology explicit = pipelineWith("vent", n -> n.withEndpoint("inproc://jobs"))
                .updateNode("sink", n -> n.withEndpoint("inproc://jobs"));
        Topology defaultName = pipelineWith("vent", n -> n.withEndpoint("inproc://sink"));

        Problem problem = only(ProblemCode.E_ENDPOINT_DUPLICATE, explicit);
        assertEquals(ElementRef.node("sink"), problem.element());
        assertTrue(problem.message().contains("PUSH 'vent'"), problem.message());
        assertEquals(List.of(ElementRef.node("sink")), where(ProblemCode.E_ENDPOINT_DUPLICATE, defaultName));
    }

    static Stream<Arguments> tcpBindPairs() {
        return Stream.of(
                Arguments.of("tcp://127.0.0.1:5555", "tcp://localhost:5555", true),
                Arguments.of("tcp://LOCALHOST:5555", "tcp://localhost:5555", true),
                Arguments.of("tcp://0.0.0.0:5555", "tcp://127.0.0.1:5555", true),
                Arguments.of("tcp://127.0.0.1:5555", "tcp://127.0.0.1:5556", false),
                Arguments.of("tcp://127.0.0.1:5555", "tcp://127.0.0.2:5555", false),
                Arguments.of("tcp://127.0.0.1:*", "tcp://127.0.0.1:*", false),
                Arguments.of("ipc://jobs", "inproc://jobs", false));
    }

    @ParameterizedTest(name = "{0} and {1} clash: {2}")
    @MethodSource("tcpBindPairs")
    void tcpEndpointsClashOnOneHostAndPortButNeverOnAnyPort(String first, String second, boolean clash) {
        Topology topology = pipelineWith("vent", n -> n.withEndpoint(first)).updateNode("sink", n -> n.withEndpoint(second));

        assertEquals(clash ? List.of(ElementRef.node("sink")) : List.of(), where(ProblemCode.E_ENDPOINT_DUPLICATE, topology, true));
    }

    @Test
    void aBehaviourTheSocketCannotPerformNamesTheSocketsThatCan() {
        Topology topology = pipelineWith("sink", n -> n.withBehavior(Behavior.Produce.DEFAULT).withSocket(SocketType.SUB))
                .updateNode("w-out", n -> n.withSocket(SocketType.PUB));

        Problem problem = only(ProblemCode.E_BEHAVIOR_SOCKET, topology);
        assertEquals("a SUB socket cannot produce; produce needs DEALER, PUB, XPUB, PUSH or PAIR (SUB never sends)",
                problem.message());
        assertEquals(List.of(), where(ProblemCode.E_BEHAVIOR_SOCKET, pipeline()));
    }

    static Stream<Arguments> badBehaviourFields() {
        return Stream.of(
                Arguments.of(SocketType.PUSH, new Behavior.Produce(-1, 10, "m", 0, 1, List.of()), "count"),
                Arguments.of(SocketType.PUSH, new Behavior.Produce(0, -0.5, "m", 0, 1, List.of()), "rate"),
                Arguments.of(SocketType.PUSH, new Behavior.Produce(0, Double.NaN, "m", 0, 1, List.of()), "rate"),
                Arguments.of(SocketType.PUSH, new Behavior.Produce(0, 10, null, 0, 1, List.of()), "payload"),
                Arguments.of(SocketType.PUSH, new Behavior.Produce(0, 10, "m", -1, 1, List.of()), "size"),
                Arguments.of(SocketType.PUSH, new Behavior.Produce(0, 10, "m", 0, 0, List.of()), "parts"),
                Arguments.of(SocketType.PUSH, new Behavior.Produce(0, 10, "m", 0, 1, List.of("news")), "topics"),
                Arguments.of(SocketType.REQ, new Behavior.Request(-1, 1, "r", 2500, 3), "count"),
                Arguments.of(SocketType.REQ, new Behavior.Request(0, -1, "r", 2500, 3), "rate"),
                Arguments.of(SocketType.REQ, new Behavior.Request(0, 1, "r", 0, 3), "timeoutMillis"),
                Arguments.of(SocketType.REQ, new Behavior.Request(0, 1, "r", 2500, -1), "retries"),
                Arguments.of(SocketType.REP, new Behavior.Reply("{request}", -1), "workMillis"),
                Arguments.of(SocketType.PULL, new Behavior.Consume(List.of(""), -1), "workMillis"),
                Arguments.of(SocketType.PULL, new Behavior.Consume(List.of("news"), 0), "subscribe"),
                Arguments.of(SocketType.PULL, new Behavior.Relay("out", -1), "workMillis"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badBehaviourFields")
    void behaviourFieldsOutOfRangeNameTheField(SocketType socket, Behavior behavior, String field) {
        Topology topology = topology(List.of(node("n", socket, behavior), node("out", SocketType.PUSH)));

        Problem problem = only(ProblemCode.E_BEHAVIOR_FIELD, topology);
        assertTrue(problem.message().contains("'" + field + "'"), problem.message());
    }

    @Test
    void defaultBehavioursAndTopicsOnPublishersHaveValidFields() {
        Topology topology = topology(List.of(
                node("pub", SocketType.PUB, new Behavior.Produce(0, 0, "", 0, 1, List.of("a", "b"))),
                node("sub", SocketType.SUB, new Behavior.Consume(List.of("a"), 0)),
                node("pull", SocketType.PULL, new Behavior.Consume(List.of(), 0)),
                node("req", SocketType.REQ, Behavior.Request.DEFAULT),
                node("rep", SocketType.REP, Behavior.Reply.DEFAULT)));

        assertEquals(List.of(), where(ProblemCode.E_BEHAVIOR_FIELD, topology));
    }

    @Test
    void aRelayOrProxyWithoutAnExistingTargetIsMissingItsTarget() {
        Topology noTarget = pipelineWith("w-in", n -> n.withBehavior(new Behavior.Relay(null, 0)));
        Topology ghost = pipelineWith("w-in", n -> n.withBehavior(new Behavior.Relay("ghost", 0)));
        Topology proxy = pipelineWith("w-in", n -> n.withBehavior(new Behavior.Proxy("")));

        assertTrue(only(ProblemCode.E_TARGET_MISSING, noTarget).message().contains("'to'"));
        assertTrue(only(ProblemCode.E_TARGET_MISSING, ghost).message().contains("'ghost'"));
        assertTrue(only(ProblemCode.E_TARGET_MISSING, proxy).message().contains("'peer'"));
        assertEquals(List.of(), where(ProblemCode.E_TARGET_MISSING, pipeline()));
    }

    @Test
    void aRelayCannotForwardToItself() {
        assertEquals(List.of(ElementRef.node("w-in")),
                where(ProblemCode.E_TARGET_SELF, pipelineWith("w-in", n -> n.withBehavior(new Behavior.Relay("w-in", 0)))));
        assertEquals(List.of(), where(ProblemCode.E_TARGET_SELF, pipeline()));
    }

    @Test
    void aSocketDrivenTwiceOrWithItsOwnBehaviourIsAlreadyDriven() {
        Topology twice = pipeline().withNode(node("w2-in", SocketType.PULL, new Behavior.Relay("w-out", 0)))
                .withLink(link("w2-in", "vent"));
        Topology ownBehaviour = pipelineWith("w-out", n -> n.withBehavior(Behavior.Produce.DEFAULT));

        Problem problem = only(ProblemCode.E_TARGET_DRIVEN, twice);
        assertEquals(ElementRef.node("w2-in"), problem.element());
        assertTrue(problem.message().contains("already driven by 'w-in'"), problem.message());
        assertEquals(List.of(ElementRef.node("w-in")), where(ProblemCode.E_TARGET_DRIVEN, ownBehaviour));
        assertEquals(List.of(), where(ProblemCode.E_TARGET_DRIVEN, pipeline()));
    }

    @Test
    void aRelayMustSendOnASocketThatSends() {
        Topology topology = pipelineWith("w-out", n -> n.withSocket(SocketType.PULL));

        assertEquals(List.of(ElementRef.node("w-in")), where(ProblemCode.E_TARGET_CANNOT_SEND, topology));
        assertEquals(List.of(), where(ProblemCode.E_TARGET_CANNOT_SEND, pipeline()));
    }

    static Stream<Arguments> proxyPairs() {
        return Stream.of(
                Arguments.of(SocketType.ROUTER, SocketType.DEALER, true),
                Arguments.of(SocketType.XSUB, SocketType.XPUB, true),
                Arguments.of(SocketType.XPUB, SocketType.XSUB, true),
                Arguments.of(SocketType.PULL, SocketType.PUSH, true),
                Arguments.of(SocketType.SUB, SocketType.PUB, true),
                Arguments.of(SocketType.PUSH, SocketType.PUSH, false),
                Arguments.of(SocketType.PULL, SocketType.SUB, false),
                Arguments.of(SocketType.PUB, SocketType.XPUB, false));
    }

    @ParameterizedTest(name = "proxy {0}/{1} forwards: {2}")
    @MethodSource("proxyPairs")
    void aProxyNeedsOneSideThatReceivesWhatTheOtherSends(SocketType front, SocketType back, boolean forwards) {
        Topology topology = topology(List.of(node("front", front, new Behavior.Proxy("back")), node("back", back)));

        assertEquals(forwards ? List.of() : List.of(ElementRef.node("front")), where(ProblemCode.E_TARGET_CANNOT_SEND, topology));
    }

    @Test
    void aPairLinkedToTwoPeersIsRefused() {
        Topology one = topology(List.of(node("a", SocketType.PAIR), node("b", SocketType.PAIR, Behavior.Consume.DEFAULT)),
                link("a", "b"));
        Topology two = one.withNode(node("c", SocketType.PAIR, Behavior.Consume.DEFAULT)).withLink(link("c", "a"));

        Problem problem = only(ProblemCode.E_PAIR_PEERS, two);
        assertEquals(ElementRef.node("a"), problem.element());
        assertTrue(problem.message().contains("2 sockets ('b', 'c')"), problem.message());
        assertEquals(List.of(), where(ProblemCode.E_PAIR_PEERS, one));
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(SocketOptions.NONE.withSndhwm(0), "sndhwm"),
                Arguments.of(SocketOptions.NONE.withRcvhwm(1_000_001), "rcvhwm"),
                Arguments.of(SocketOptions.NONE.withLinger(-2), "linger"),
                Arguments.of(SocketOptions.NONE.withMaxMsgSize(-2L), "maxMsgSize"),
                Arguments.of(SocketOptions.NONE.withIdentity(""), "identity"),
                Arguments.of(SocketOptions.NONE.withIdentity("tab\there"), "identity"),
                Arguments.of(SocketOptions.NONE.withIdentity("é".repeat(128)), "identity"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badOptions")
    void optionsOutOfRangeNameTheOption(SocketOptions options, String option) {
        Problem problem = only(ProblemCode.E_OPTION_RANGE, pipelineWith("vent", n -> n.withOptions(options)));

        assertEquals(VENT, problem.element());
        assertTrue(problem.message().startsWith(option), problem.message());
    }

    @Test
    void optionsAtTheEdgesOfTheirRangesAreAccepted() {
        SocketOptions edges = new SocketOptions(1, 1_000_000, -1, "x".repeat(255), -1L);

        assertEquals(List.of(), Validator.validate(pipelineWith("vent", n -> n.withOptions(edges)), false));
    }

    @Test
    void aNegativeStartDelayIsOutOfRange() {
        assertEquals(List.of(VENT), where(ProblemCode.E_OPTION_RANGE, pipelineWith("vent", n -> n.withStartAfterMillis(-1))));
        assertEquals(List.of(), where(ProblemCode.E_OPTION_RANGE, pipelineWith("vent", n -> n.withStartAfterMillis(0))));
    }
}
