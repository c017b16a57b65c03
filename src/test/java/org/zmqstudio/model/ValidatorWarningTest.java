package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.only;
import static org.zmqstudio.model.TestTopologies.pairRelay;
import static org.zmqstudio.model.TestTopologies.pipeline;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.model.TestTopologies.where;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per warning of DESIGN.md §4: it fires, and a valid neighbour does not. */
class ValidatorWarningTest {

    private static final ElementRef SUB = ElementRef.node("sub");

    private static Topology pubSub(Node subscriber) {
        return topology(List.of(node("pub", SocketType.PUB), subscriber), link("sub", "pub"));
    }

    @Test
    void aSubscriberWithAnEmptySubscriptionListReceivesNothing() {
        assertEquals(List.of(SUB), where(ProblemCode.W_SUB_NO_SUBSCRIPTION,
                pubSub(node("sub", SocketType.SUB, new Behavior.Consume(List.of(), 0)))));
        assertEquals(List.of(), where(ProblemCode.W_SUB_NO_SUBSCRIPTION, pubSub(node("sub", SocketType.SUB))));
        assertEquals(List.of(), where(ProblemCode.W_SUB_NO_SUBSCRIPTION,
                pubSub(node("sub", SocketType.SUB, new Behavior.Consume(List.of("weather"), 0)))));
    }

    @Test
    void twoPairsThatBothProduceHaveNoReceiver() {
        Topology bothProduce = topology(List.of(node("a", SocketType.PAIR), node("b", SocketType.PAIR)), link("a", "b"));
        Topology oneConsumes = bothProduce.updateNode("b", n -> n.withBehavior(Behavior.Consume.DEFAULT));

        assertEquals(List.of(ElementRef.node("a"), ElementRef.node("b")), where(ProblemCode.W_NO_RECEIVER, bothProduce));
        assertEquals(List.of(), where(ProblemCode.W_NO_RECEIVER, oneConsumes));
    }

    @Test
    void aRelayTargetWhosePeerOnlyProducesHasNoReceiver() {
        Topology step3Produces = pairRelay().updateNode("step3", n -> n.withBehavior(Behavior.Produce.DEFAULT));

        assertEquals("WARNING W_NO_RECEIVER node step2-out: PAIR 'step2-out' sends messages, but no socket linked to "
                + "it reads them; link it to a PAIR that consumes", Validator.validate(step3Produces, false).get(0).toString());
        assertEquals(List.of(ElementRef.node("step2-out"), ElementRef.node("step3")), where(ProblemCode.W_NO_RECEIVER, step3Produces));
        assertEquals(List.of(), where(ProblemCode.W_NO_RECEIVER, pairRelay()));
    }

    @Test
    void aSenderLinkedOnlyThroughAnInvalidPairHasNoReceiver() {
        Topology topology = topology(List.of(node("push", SocketType.PUSH), node("sub", SocketType.SUB)),
                link("sub", "push"));

        assertEquals(List.of(ElementRef.node("push")), where(ProblemCode.W_NO_RECEIVER, topology));
    }

    @Test
    void aReplierLinkedOnlyToAnotherConsumerHasNothingUpstream() {
        Topology noRequester = topology(List.of(node("rep", SocketType.REP),
                node("dealer", SocketType.DEALER, Behavior.Consume.DEFAULT)), link("dealer", "rep"));
        Topology withRequester = topology(List.of(node("rep", SocketType.REP), node("req", SocketType.REQ)),
                link("req", "rep"));

        assertEquals(List.of(ElementRef.node("rep"), ElementRef.node("dealer")), where(ProblemCode.W_NO_UPSTREAM, noRequester));
        assertEquals("REP 'rep' waits for requests, but no socket linked to it sends any; link it to a REQ or DEALER "
                + "that sends", Validator.validate(noRequester, false).get(0).message());
        assertEquals(List.of(), Validator.validate(withRequester, false));
    }

    @Test
    void aRelayWhosePeerOnlyRepliesHasNothingUpstream() {
        Topology fromReplier = pipeline().withNode(node("rep", SocketType.REP))
                .withNode(node("hop", SocketType.DEALER, new Behavior.Relay("vent", 0)))
                .updateNode("vent", n -> n.withBehavior(null))
                .withLink(link("hop", "rep"));
        Topology fromRequester = fromReplier.withoutNode("rep").withNode(node("client", SocketType.DEALER))
                .withLink(link("hop", "client"));

        assertEquals(List.of(ElementRef.node("rep"), ElementRef.node("hop")), where(ProblemCode.W_NO_UPSTREAM, fromReplier));
        assertEquals(List.of(), where(ProblemCode.W_NO_UPSTREAM, fromRequester));
    }

    @Test
    void aRequesterLinkedToSeveralRepliersIsWarnedTheyWorkOneAtATime() {
        Topology one = topology(List.of(node("client", SocketType.REQ), node("rep1", SocketType.REP)),
                link("client", "rep1"));
        Topology two = one.withNode(node("rep2", SocketType.ROUTER)).withLink(link("client", "rep2"));
        Topology dealer = two.updateNode("client", n -> n.withSocket(SocketType.DEALER));

        assertEquals(List.of(ElementRef.node("client")), where(ProblemCode.W_REQ_SEVERAL_REPS, two));
        assertEquals(List.of(), where(ProblemCode.W_REQ_SEVERAL_REPS, one));
        assertEquals(List.of(), where(ProblemCode.W_REQ_SEVERAL_REPS, dealer));
    }

    @Test
    void aSubscriberStartingAfterItsPublisherIsASlowJoiner() {
        Topology late = pubSub(node("sub", SocketType.SUB).withStartAfterMillis(2000));
        Topology together = pubSub(node("sub", SocketType.SUB).withStartAfterMillis(500))
                .updateNode("pub", n -> n.withStartAfterMillis(500));

        assertEquals("SUB 'sub' starts 2000 ms after its publisher 'pub' and misses what it publishes meanwhile: "
                + "a PUB drops messages for subscribers that have not joined yet (slow joiner)",
                only(ProblemCode.W_SLOW_JOINER, late).message());
        assertEquals(List.of(), where(ProblemCode.W_SLOW_JOINER, together));
        assertEquals(List.of(), where(ProblemCode.W_SLOW_JOINER, pubSub(node("sub", SocketType.SUB))));
    }

    @Test
    void aNodeLinkedToNothingWithoutAnOutsideEndpointIsUnreachable() {
        Topology alone = topology(List.of(node("lonely", SocketType.PUSH)));
        Topology inproc = alone.updateNode("lonely", n -> n.withEndpoint("inproc://lonely"));
        Topology tcp = alone.updateNode("lonely", n -> n.withEndpoint("tcp://127.0.0.1:5555"));

        assertEquals(List.of("W_UNREACHABLE"), Validator.validate(alone, false).stream().map(Problem::code).toList());
        assertEquals(List.of(ElementRef.node("lonely")), where(ProblemCode.W_UNREACHABLE, inproc));
        assertEquals(List.of(), where(ProblemCode.W_UNREACHABLE, tcp));
        assertEquals(List.of(ElementRef.node("lonely")), where(ProblemCode.W_NO_RECEIVER, tcp));
    }
}
