package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

@Timeout(20)
class RequestReplyTest {

    @ParameterizedTest
    @ValueSource(strings = {"inproc://rr", "tcp://127.0.0.1:*"})
    void reqAndRepMoveInLockStep(String endpoint) {
        Topology t = topology(List.of(
                        node("client", SocketType.REQ, new Behavior.Request(200, 0, "hello {n}", 2000, 0)),
                        node("server", SocketType.REP, new Behavior.Reply("world", 0))
                                .withEndpoint(endpoint.equals("inproc://rr") ? endpoint + System.nanoTime() : endpoint)),
                link("client", "server"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(RunPhase.DRAINED, run.phase());
            assertEquals(200, node(s, "client").sent());
            assertEquals(200, node(s, "client").received());
            assertEquals(200, node(s, "server").received());
            assertEquals(200, node(s, "server").sent());
            assertEquals(NodeState.DONE, node(s, "client").state());
            assertEquals(200, node(s, "client").endToEnd().count(), "every round trip is timed");
            assertEquals(200, s.flow("client", "server").orElseThrow().messages());
            assertEquals(200, s.flow("server", "client").orElseThrow().messages());
        }
    }

    @Test
    void everyRoundTripIsSampledForTheWindowAndNoneWhenNobodyReadsTheEvents() {
        Topology t = topology(List.of(
                        node("client", SocketType.REQ, new Behavior.Request(100, 500, "hello {n}", 2000, 0)),
                        node("server", SocketType.REP, new Behavior.Reply("{request} back", 0))
                                .withEndpoint("inproc://rr-events-" + System.nanoTime())),
                link("client", "server"));
        List<MessageEvent> read;
        RunSnapshot s;
        try (RunHandle run = Engine.start(t, RunOptions.DEFAULTS)) {
            s = awaitDrained(run, Duration.ofSeconds(10));
            read = run.drainEvents(10_000);
        }
        List<MessageEvent> unread;
        try (RunHandle run = Engine.start(t, RunOptions.DEFAULTS.withEvents(false))) {
            awaitDrained(run, Duration.ofSeconds(10));
            unread = run.drainEvents(10_000);
        }

        long stampedRequests = s.flow("client", "server").orElseThrow().latency().count();
        long stampedReplies = s.flow("server", "client").orElseThrow().latency().count();
        assertTrue(stampedRequests >= 50 && stampedReplies >= 50, "at 500/s nearly every message is stamped");
        assertEquals(stampedRequests, read.stream().filter(e -> e.to().equals("server")).count(), "each stamped request");
        assertEquals(stampedReplies, read.stream().filter(e -> e.to().equals("client")).count(), "each stamped reply");
        assertTrue(read.stream().filter(e -> e.to().equals("client")).allMatch(e -> e.preview().endsWith(" back")),
                "an event shows the reply it was built for, after the reply went out");
        assertEquals(List.of(), unread, "a run made without events builds none");
    }

    @Test
    void aRouterDealerBrokerAnswersEveryRequestToTheClientThatAsked() {
        Topology t = topology(List.of(
                        node("client-1", SocketType.REQ, new Behavior.Request(30, 300, "request {n} from {node}", 2000, 0)),
                        node("client-2", SocketType.REQ, new Behavior.Request(30, 300, "request {n} from {node}", 2000, 0)),
                        node("frontend", SocketType.ROUTER, new Behavior.Proxy("backend")).withEndpoint("tcp://127.0.0.1:*"),
                        node("backend", SocketType.DEALER).withEndpoint("inproc://backend-" + System.nanoTime()),
                        node("worker-1", SocketType.REP, new Behavior.Reply("{request} done by {node}", 0)),
                        node("worker-2", SocketType.DEALER, new Behavior.Reply("{request} done by {node}", 0))),
                link("client-1", "frontend"), link("client-2", "frontend"),
                link("worker-1", "backend"), link("worker-2", "backend"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(30, node(s, "client-1").received());
            assertEquals(30, node(s, "client-2").received());
            assertEquals(0, node(s, "client-1").errors() + node(s, "client-2").errors());
            assertEquals(60, node(s, "worker-1").sent() + node(s, "worker-2").sent());
            assertTrue(node(s, "worker-1").received() > 0 && node(s, "worker-2").received() > 0, "both workers serve");
            List<MessageEvent> replies = run.drainEvents(10_000).stream()
                    .filter(e -> e.to().startsWith("client-")).toList();
            assertTrue(replies.size() >= 30, "replies at 300/s are all sampled: " + replies.size());
            for (MessageEvent reply : replies) {
                assertTrue(reply.preview().contains("from " + reply.to() + " done by worker-"), reply.preview());
            }
        }
    }

    @Test
    void aReplyARouterCannotRouteIsCountedLostInsteadOfBlocking() {
        Topology t = topology(List.of(
                        node("client", SocketType.REQ, new Behavior.Request(1, 0, "hello", 60_000, 0)),
                        node("server", SocketType.ROUTER, new Behavior.Reply("{request}", 300))
                                .withEndpoint("inproc://gone-" + System.nanoTime())),
                link("client", "server"));
        try (RunHandle run = start(t)) {
            awaitSnapshot(run, Duration.ofSeconds(3), s -> node(s, "server").received() == 1);
            run.kill("client");
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(3), x -> node(x, "server").lost() == 1);
            assertEquals(1, node(s, "server").lost(), node(s, "server").toString());
            assertEquals(0, node(s, "server").sent());
            assertEquals(NodeState.RUNNING, node(s, "server").state());
        }
    }

    @Test
    void aLazyPirateClientRetriesThenGivesUpAndTheRunStillEnds() {
        Topology t = topology(List.of(
                        node("client", SocketType.REQ, new Behavior.Request(0, 20, "request {n}", 100, 2)),
                        node("server", SocketType.REP, Behavior.Reply.DEFAULT).withEndpoint("tcp://127.0.0.1:*")),
                link("client", "server"));
        try (RunHandle run = start(t)) {
            awaitSnapshot(run, Duration.ofSeconds(5), s -> node(s, "client").received() >= 3);
            run.pause("server");
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(5));
            assertEquals(RunPhase.DRAINED, run.phase(), "a requester that gave up is done");
            assertEquals(NodeState.DONE, node(s, "client").state());
            assertEquals(1, node(s, "client").errors());
            assertEquals(node(s, "client").received() + 3, node(s, "client").sent(), "the request went out 1 + 2 retries times");
            assertTrue(node(s, "client").lastError().contains("giving up"), node(s, "client").lastError());
        }
    }
}
