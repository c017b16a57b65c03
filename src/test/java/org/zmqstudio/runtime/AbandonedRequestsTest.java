package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.awaitDrained;
import static org.zmqstudio.runtime.TestRuns.awaitSnapshot;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.runtime.TestRuns.start;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.LossCause;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** Requests a Lazy Pirate client gives up are lost, once each, and no longer in flight. */
@Timeout(30)
class AbandonedRequestsTest {

    private static Topology clientAndServer(String endpoint) {
        return topology(List.of(
                        node("client", SocketType.REQ, new Behavior.Request(0, 20, "request {n}", 150, 2)),
                        node("server", SocketType.REP, Behavior.Reply.DEFAULT).withEndpoint(endpoint)),
                link("client", "server"));
    }

    @Test
    void requestsToAKilledServerAreLostAtTheClientAndNotAlsoInFlight() {
        try (RunHandle run = start(clientAndServer("tcp://127.0.0.1:*"))) {
            awaitSnapshot(run, Duration.ofSeconds(5), s -> node(s, "client").received() >= 3);
            run.kill("server");
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));

            NodeSnapshot client = node(s, "client");
            // Every attempt that got no reply is lost once: at least the last request's 1 + 2 (a
            // loaded machine may time out an earlier one too), and none is still in flight.
            assertEquals(client.sent() - client.received(), client.lost(), client.toString());
            assertTrue(client.lost() >= 3, client.toString());
            assertEquals(0, client.inFlight(), client.toString());
            assertEquals(1, client.errors(), "it gave up once: " + client);
            List<LossRow> losses = run.losses(s);
            assertEquals(List.of(LossCause.REQUEST_TIMED_OUT), losses.stream().map(LossRow::cause).distinct().toList(),
                    losses.toString());
            assertEquals(client.lost(), losses.stream().filter(r -> r.at().equals("client")).mapToLong(LossRow::count).sum());
        }
    }

    @Test
    void repliesToRequestsGivenUpAreLostAndTheServerHasNothingInFlight() {
        Topology slowServer = topology(List.of(
                        node("client", SocketType.REQ, new Behavior.Request(3, 0, "request {n}", 100, 1)),
                        node("server", SocketType.REP, new Behavior.Reply("{request} answered", 150))
                                .withEndpoint("inproc://slow-" + System.nanoTime())),
                link("client", "server"));
        try (RunHandle run = start(slowServer)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));

            long lost = node(s, "client").lost();
            assertEquals(node(s, "client").sent(), node(s, "client").received() + lost, node(s, "client").toString());
            assertEquals(node(s, "server").sent(), node(s, "client").received() + lost, node(s, "server").toString());
            assertEquals(0, node(s, "server").inFlight(), node(s, "server").toString());
            assertEquals(lost, run.losses(s).stream().filter(r -> r.cause() == LossCause.REQUEST_TIMED_OUT)
                    .mapToLong(LossRow::count).sum());
        }
    }
}
