package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.*;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

@Timeout(20)
class PubSubTest {

    private static Behavior.Produce publish(long count, double rate, String... topics) {
        return new Behavior.Produce(count, rate, "update {n}", 0, 1, List.of(topics));
    }

    @Test
    void subscribersReceiveExactlyTheirTopics() {
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, publish(900, 0, "a ", "b ", "c ")).withEndpoint("tcp://127.0.0.1:*")
                                .withOptions(SocketOptions.NONE.withSndhwm(100_000)),
                        node("only-a", SocketType.SUB, consume("a ")),
                        node("a-and-c", SocketType.SUB, consume("a ", "c ")),
                        node("everything", SocketType.SUB, consume())),
                link("only-a", "pub"), link("a-and-c", "pub"), link("everything", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(300, node(s, "only-a").received());
            assertEquals(600, node(s, "a-and-c").received());
            assertEquals(900, node(s, "everything").received());
            assertEquals(0, node(s, "only-a").lost() + node(s, "a-and-c").lost() + node(s, "everything").lost());
            List<MessageEvent> events = run.drainEvents(10_000);
            assertTrue(events.stream().filter(e -> e.to().equals("only-a")).allMatch(e -> "a ".equals(e.topic())
                    && e.preview().startsWith("a update")));
        }
    }

    /**
     * Beyond 256 topics a publisher numbers several topics in one sequence. A subscriber that takes
     * only some of the topics sharing a sequence sees gaps there that are not losses.
     */
    @Test
    void aSubscriberToSomeOfMoreThan256TopicsCountsNoFalseLosses() {
        String[] topics = new String[300];
        for (int i = 0; i < topics.length; i++) {
            topics[i] = String.format("t%03d ", i);
        }
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, publish(3000, 0, topics)).withEndpoint("inproc://many-" + System.nanoTime())
                                .withOptions(SocketOptions.NONE.withSndhwm(100_000)),
                        node("one-topic", SocketType.SUB, consume("t001 ")).withOptions(SocketOptions.NONE.withRcvhwm(100_000)),
                        node("everything", SocketType.SUB, consume()).withOptions(SocketOptions.NONE.withRcvhwm(100_000))),
                link("one-topic", "pub"), link("everything", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(10, node(s, "one-topic").received());
            assertEquals(0, node(s, "one-topic").lost(), "t001 shares its sequence with t257, which it does not take");
            assertEquals(3000, node(s, "everything").received());
            assertEquals(0, node(s, "everything").lost());
        }
    }

    @Test
    void anXsubXpubForwarderPassesSubscriptionsUpAndTopicsDown() {
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, publish(200, 2000, "sports ", "weather ")).withEndpoint("inproc://up-" + System.nanoTime()),
                        node("in", SocketType.XSUB, new Behavior.Proxy("out")),
                        node("out", SocketType.XPUB).withEndpoint("tcp://127.0.0.1:*"),
                        node("fan", SocketType.SUB, consume("sports "))),
                link("in", "pub"), link("fan", "out"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(100, node(s, "fan").received());
            assertEquals(100, node(s, "in").received(), "only subscribed topics travel: the filter moved upstream");
            assertEquals(100, node(s, "out").sent());
            assertEquals(0, node(s, "fan").lost());
            assertTrue(s.flow("out", "fan").orElseThrow().latency().count() > 0);
        }
    }

    @Test
    void aForwarderNeverChangesTheCopyAnotherSubscriberReceives() {
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, publish(3000, 0)).withEndpoint("inproc://fan-" + System.nanoTime())
                                .withOptions(SocketOptions.NONE.withSndhwm(100_000)),
                        node("direct", SocketType.SUB, consume()).withOptions(SocketOptions.NONE.withRcvhwm(100_000)),
                        node("in", SocketType.XSUB, new Behavior.Proxy("out")).withOptions(SocketOptions.NONE.withRcvhwm(100_000)),
                        node("out", SocketType.XPUB).withEndpoint("inproc://fan-out-" + System.nanoTime())
                                .withOptions(SocketOptions.NONE.withSndhwm(100_000)),
                        node("via", SocketType.SUB, consume()).withOptions(SocketOptions.NONE.withRcvhwm(100_000))),
                link("direct", "pub"), link("in", "pub"), link("via", "out"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(3000, s.flow("pub", "direct").orElseThrow().messages());
            assertEquals(3000, s.flow("out", "via").orElseThrow().messages());
            assertTrue(s.flow("out", "direct").isEmpty(), "the forwarder's hop never shows up at the direct subscriber");
        }
    }

    @Test
    void anXsubConsumerSendsItsOwnSubscriptions() {
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, publish(100, 2000, "x", "y")).withEndpoint("inproc://xs-" + System.nanoTime()),
                        node("xsub", SocketType.XSUB, consume("y"))),
                link("xsub", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(50, node(s, "xsub").received());
            assertEquals(0, node(s, "xsub").lost());
        }
    }

    @Test
    void aLateSubscriberCountsWhatItMissedAsLost() {
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, publish(100, 200)).withEndpoint("inproc://news-" + System.nanoTime()),
                        node("early", SocketType.SUB, consume()),
                        node("late", SocketType.SUB, consume()).withStartAfterMillis(250),
                        node("too-late", SocketType.SUB, consume()).withStartAfterMillis(900)),
                link("early", "pub"), link("late", "pub"), link("too-late", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitDrained(run, Duration.ofSeconds(10));
            assertEquals(100, node(s, "early").received());
            assertEquals(0, node(s, "early").lost());
            assertTrue(node(s, "late").received() > 0 && node(s, "late").received() < 100, "late: " + node(s, "late").received());
            assertEquals(100, node(s, "late").received() + node(s, "late").lost());
            assertEquals(0, node(s, "too-late").received());
            assertEquals(100, node(s, "too-late").lost(), "a subscriber that saw nothing lost everything");
        }
    }

    @Test
    void aPublisherAtTheHighWaterMarkDropsForTheSlowSubscriberAndNeverBlocks() {
        Topology t = topology(List.of(
                        node("pub", SocketType.PUB, publish(2000, 0)).withEndpoint("inproc://ticks-" + System.nanoTime())
                                .withOptions(SocketOptions.NONE.withSndhwm(10)),
                        node("slow", SocketType.SUB, new Behavior.Consume(List.of(""), 2))
                                .withOptions(SocketOptions.NONE.withRcvhwm(10))),
                link("slow", "pub"));
        try (RunHandle run = start(t)) {
            RunSnapshot s = awaitSnapshot(run, Duration.ofSeconds(3), x -> node(x, "pub").state() == NodeState.DONE);
            assertEquals(2000, node(s, "pub").sent(), "the publisher finished at once: it never waits");
            assertNotEquals(NodeState.BLOCKED, node(s, "pub").state());
            s = awaitDrained(run, Duration.ofSeconds(5));
            long received = node(s, "slow").received();
            assertTrue(node(s, "slow").lost() > 0);
            assertEquals(2000, received + node(s, "slow").lost(), "every message is either received or counted lost");
            assertEquals(node(s, "slow").lost(), s.flow("pub", "slow").orElseThrow().lost(), "the flow shows the same losses");
        }
    }
}
