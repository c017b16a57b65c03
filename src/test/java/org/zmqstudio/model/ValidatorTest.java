package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.pairRelay;
import static org.zmqstudio.model.TestTopologies.pipeline;
import static org.zmqstudio.model.TestTopologies.topology;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole topologies: the guide's patterns are clean, and problems come errors first, in topology order. */
class ValidatorTest {

    @Test
    void parallelPipelineHasNoProblems() {
        assertEquals(List.of(), Validator.validate(pipeline(), false));
    }

    @Test
    void sharedQueueWithARouterDealerProxyHasNoProblems() {
        Topology sharedQueue = topology(List.of(
                        node("client-1", SocketType.REQ, new Behavior.Request(10, 5, "hello {n}", 2500, 3)),
                        node("client-2", SocketType.REQ),
                        node("frontend", SocketType.ROUTER, new Behavior.Proxy("backend")).withEndpoint("tcp://127.0.0.1:5559"),
                        node("backend", SocketType.DEALER).withEndpoint("tcp://localhost:5560"),
                        node("worker-1", SocketType.REP, new Behavior.Reply("world", 5)),
                        node("worker-2", SocketType.REP)),
                link("client-1", "frontend"), link("client-2", "frontend"),
                link("worker-1", "backend"), link("worker-2", "backend"));

        assertEquals(List.of(), Validator.validate(sharedQueue, false));
    }

    @Test
    void pubSubForwarderWithAnXsubXpubProxyHasNoProblems() {
        Topology forwarder = topology(List.of(
                        node("weather", SocketType.PUB, new Behavior.Produce(0, 100, "{topic} 21C", 0, 1, List.of("10001", "10002"))),
                        node("xsub", SocketType.XSUB, new Behavior.Proxy("xpub")),
                        node("xpub", SocketType.XPUB),
                        node("city", SocketType.SUB, new Behavior.Consume(List.of("10001"), 0)).withStartAfterMillis(0)),
                link("xsub", "weather"), link("city", "xpub"));

        assertEquals(List.of(), Validator.validate(forwarder, false));
    }

    @Test
    void pairRelayHasNoProblems() {
        assertEquals(List.of(), Validator.validate(pairRelay(), false));
    }

    @Test
    void errorsComeBeforeWarningsAndEachFollowsTheOrderOfNodesThenLinks() {
        Topology topology = topology(List.of(
                        node("sub", SocketType.SUB, new Behavior.Consume(List.of(), 0)),
                        node("pub", SocketType.PUB).withOptions(SocketOptions.NONE.withSndhwm(0)),
                        node("pull", SocketType.PULL)),
                link("sub", "pub"), link("pull", "pub"));

        List<String> order = Validator.validate(topology, false).stream()
                .map(p -> p.severity() + " " + p.code() + " " + p.element()).toList();

        assertEquals(List.of(
                "ERROR E_OPTION_RANGE node pub",
                "ERROR E_PAIR_TYPES link pull->pub",
                "WARNING W_SUB_NO_SUBSCRIPTION node sub",
                "WARNING W_NO_UPSTREAM node pull"), order);
    }
}
