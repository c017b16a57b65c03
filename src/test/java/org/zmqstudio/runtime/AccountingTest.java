package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.awaitDrained;
import static org.zmqstudio.runtime.TestRuns.awaitSnapshot;
import static org.zmqstudio.runtime.TestRuns.consume;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.runtime.TestRuns.produce;
import static org.zmqstudio.runtime.TestRuns.start;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** For every flow and sender: sent = received + lost + in flight + filtered, on real sockets. */
@Timeout(60)
class AccountingTest {

    /** Every flow whose sent is known, and every sender that does not broadcast, closes its accounting. */
    static void assertAccountsClose(RunSnapshot run) {
        for (FlowSnapshot flow : run.flows()) {
            if (flow.sent() != null) {
                assertEquals((long) flow.sent(), flow.messages() + flow.lost() + flow.filtered() + flow.inFlight(),
                        "flow " + flow.from() + " -> " + flow.to() + ": " + flow);
            }
        }
        for (NodeSnapshot node : run.nodes()) {
            if (node.socket() == SocketType.PUB || node.socket() == SocketType.XPUB) {
                continue;
            }
            long accounted = run.flows().stream().filter(f -> f.from().equals(node.nodeId()))
                    .mapToLong(f -> f.messages() + f.lost() + f.filtered()).sum();
            assertEquals(node.sent(), accounted + node.inFlight(), "node " + node.nodeId() + ": " + node);
        }
    }

    @Test
    void hundredsOfTcpPairsDeliverEveryMessageBeforeTheRunCountsAsFinished() {
        int pairs = 150;
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            nodes.add(node("p" + i, SocketType.PUSH, produce(40, 200)).withEndpoint("tcp://127.0.0.1:*"));
            nodes.add(node("c" + i, SocketType.PULL, consume()));
            links.add(link("c" + i, "p" + i));
        }
        try (RunHandle run = start(topology(nodes, links.toArray(Link[]::new)))) {
            RunSnapshot drained = awaitDrained(run, Duration.ofSeconds(40));
            assertEquals(RunPhase.DRAINED, run.phase(), "the run did not finish: " + drained.inFlight() + " in flight");
            assertEquals(0, drained.inFlight());
            for (int i = 0; i < pairs; i++) {
                assertEquals(40, node(drained, "c" + i).received(), "pair " + i);
            }
            assertAccountsClose(drained);
        }
    }

    @Test
    void messagesQueuedToAKilledConsumerAreInFlightAtStopAndTheRunDoesNotClaimToHaveFinished() {
        Topology t = topology(List.of(
                        node("push", SocketType.PUSH, produce(0, 500)).withEndpoint("inproc://acc-kill-" + System.nanoTime()),
                        node("pull", SocketType.PULL, consume())),
                link("pull", "push"));
        try (RunHandle run = start(t)) {
            awaitSnapshot(run, Duration.ofSeconds(10), s -> node(s, "pull").received() >= 50);
            run.pause("pull");
            awaitSnapshot(run, Duration.ofSeconds(10), s -> node(s, "push").inFlight() >= 20);
            run.stop();
            RunSnapshot last = run.snapshot();
            assertTrue(node(last, "push").inFlight() >= 20, last.toString());
            assertEquals(node(last, "push").inFlight(), last.flow("push", "pull").orElseThrow().inFlight());
            assertAccountsClose(last);
        }
    }

    @Test
    void aSubscribersFilteredTopicsAreCountedApartFromLosses() {
        Behavior.Produce weather = new Behavior.Produce(300, 0, " {n}", 0, 1, List.of("rain", "sun", "snow"));
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, weather).withEndpoint("inproc://acc-pub-" + System.nanoTime()),
                        node("rainy", SocketType.SUB, new Behavior.Consume(List.of("rain"), 0)),
                        node("all", SocketType.SUB, consume())),
                link("rainy", "pub"), link("all", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(20));
            FlowSnapshot rainy = s.flow("pub", "rainy").orElseThrow();
            assertEquals(300, rainy.sent());
            assertEquals(200, rainy.filtered(), "sun and snow are not subscribed to");
            assertEquals(100, rainy.messages() + rainy.lost());
            assertEquals(200, node(s, "rainy").filtered());
            FlowSnapshot all = s.flow("pub", "all").orElseThrow();
            assertEquals(0, all.filtered());
            assertEquals(300, all.messages() + all.lost());
            assertAccountsClose(s);
        }
    }

    @Test
    void aSlowJoinersMissedMessagesAreLostNotInFlight() {
        Behavior.Produce ticks = new Behavior.Produce(60, 100, "tick {n}", 0, 1, List.of());
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, ticks).withEndpoint("inproc://acc-late-" + System.nanoTime()),
                        node("late", SocketType.SUB, consume()).withStartAfterMillis(300)),
                link("late", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(20));
            assertEquals(RunPhase.DRAINED, run.phase());
            FlowSnapshot late = s.flow("pub", "late").orElseThrow();
            assertTrue(late.lost() >= 10, "published before the subscription arrived: " + late);
            assertEquals(0, late.inFlight());
            assertAccountsClose(s);
        }
    }
}
