package org.zmqstudio.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.SocketType;

class RunMetricsTest {

    private static MessageEvent event(long id, long receivedNanos) {
        return new MessageEvent(id, "a", "a", "b", "b->a", 0, receivedNanos, null, "x", 1, List.of());
    }

    /** A clock the test moves by hand, ns. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    /** Node 0 publishes two topics; node 1 subscribes to both and should see every message. */
    private RunMetrics pubSub() {
        return pubSub(List.of());
    }

    /** {@link #pubSub()} where node 1 refuses the topics in {@code refused}. */
    private RunMetrics pubSub(List<Integer> refused) {
        int[][] tracked = {null, {2, 0}};
        return new RunMetrics("t", List.of(new RunMetrics.NodeInfo("pub", SocketType.PUB),
                new RunMetrics.NodeInfo("sub", SocketType.SUB)), new int[] {2, 0}, tracked,
                List.of(new ExpectedStream(1, 0, 0), new ExpectedStream(1, 0, 1)),
                List.of(new FlowShare(0, 1, "sub->pub", refused)), 8, now::get);
    }

    @Test
    void aFullEventRingDropsNewEventsAndKeepsTheOldOnes() {
        EventRing ring = new EventRing(4);
        for (int i = 0; i < 10; i++) {
            ring.offer(event(i, i));
        }
        assertTrue(!ring.hasRoom());
        assertEquals(0, ring.poll().messageId());
        assertEquals(1, ring.poll().messageId());
        ring.offer(event(99, 99));
        assertEquals(2, ring.poll().messageId());
        assertEquals(3, ring.poll().messageId());
        assertEquals(99, ring.poll().messageId());
        assertNull(ring.poll());
    }

    @Test
    void eventsOfAllThreadsAreDrainedOldestFirst() {
        RunMetrics metrics = pubSub();
        EventRing one = metrics.newEventRing();
        EventRing two = metrics.newEventRing();
        one.offer(event(1, 10));
        one.offer(event(3, 30));
        two.offer(event(2, 20));
        two.offer(event(4, 40));
        assertEquals(List.of(1L, 2L, 3L), metrics.drainEvents(3).stream().map(MessageEvent::messageId).toList());
        assertEquals(List.of(4L), metrics.drainEvents(10).stream().map(MessageEvent::messageId).toList());
    }

    @Test
    void gapsInAPublishersSequenceAreLostPerTopic() {
        SequenceTracker tracker = new SequenceTracker(new int[] {2});
        assertEquals(0, tracker.arrived(0, 0, 0));
        assertEquals(0, tracker.arrived(0, 1, 0));
        assertEquals(2, tracker.arrived(0, 0, 3), "topic 0 jumped from 0 to 3");
        assertEquals(0, tracker.arrived(0, 1, 1), "topic 1 has its own sequence");
        assertEquals(4, tracker.arrived(0, 1, 6), "");
    }

    @Test
    void whatASubscriberNeverSawOfAFinishedPublisherIsLostOnceSettled() {
        RunMetrics metrics = pubSub();
        for (int i = 0; i < 10; i++) {
            metrics.published(0).published(i % 2);
        }
        metrics.tracker(1).arrived(0, 0, 0);
        metrics.tracker(1).arrived(0, 0, 1);
        metrics.node(1).addReceived(2);
        metrics.node(0).state(NodeState.DONE);
        SnapshotReader reader = metrics.reader();
        assertEquals(0, reader.snapshot(false).node("sub").orElseThrow().lost(), "messages may still be on their way");
        assertEquals(8, reader.snapshot(true).node("sub").orElseThrow().lost(), "3 of topic 0 and all 5 of topic 1");
    }

    @Test
    void ratesCoverTheTimeSinceTheSameReadersPreviousSnapshot() {
        RunMetrics metrics = pubSub();
        metrics.started();
        SnapshotReader summary = metrics.reader();
        SnapshotReader window = metrics.reader();
        summary.snapshot(false);
        metrics.node(0).addSent(1000);
        now.addAndGet(100_000_000L);
        window.snapshot(false);
        assertEquals(10_000, summary.snapshot(false).node("pub").orElseThrow().sentPerSecond(), 1e-6,
                "1000 in 0.1 s, although another reader read in between");
        assertEquals(0, summary.snapshot(false).node("pub").orElseThrow().sentPerSecond());
    }

    @Test
    void elapsedTimeCountsFromTheStartGate() {
        RunMetrics metrics = pubSub();
        now.addAndGet(5_000_000_000L);
        metrics.started();
        now.addAndGet(1_500_000_000L);
        assertEquals(1500, metrics.reader().snapshot(false).elapsedMillis());
    }

    @Test
    void aPublishersMessagesAreReceivedLostFilteredOrInFlightOnEachFlow() {
        RunMetrics metrics = pubSub(List.of(1));
        for (int i = 0; i < 10; i++) {
            metrics.published(0).published(i % 2);
        }
        metrics.node(0).addSent(10);
        FlowCounters flow = metrics.flow(0, 1, "sub->pub");
        flow.received(3, 30);
        flow.addLost(1);
        FlowSnapshot f = metrics.reader().snapshot(false).flow("pub", "sub").orElseThrow();
        assertEquals(10, f.sent());
        assertEquals(5, f.filtered(), "topic 1 is refused by the subscription");
        assertEquals(1, f.inFlight(), "10 sent = 3 received + 1 lost + 5 filtered + 1 in flight");
        assertEquals(f.sent(), f.messages() + f.lost() + f.filtered() + f.inFlight());
        assertEquals(1, metrics.reader().snapshot(false).node("pub").orElseThrow().inFlight(),
                "a publisher's in flight is its flows'");
    }

    @Test
    void aSenderWithOneReceiverHasItsUnreceivedMessagesInFlight() {
        RunMetrics metrics = new RunMetrics("t", List.of(new RunMetrics.NodeInfo("push", SocketType.PUSH),
                new RunMetrics.NodeInfo("pull", SocketType.PULL)), new int[2], new int[2][], List.of(),
                List.of(new FlowShare(0, 1, "pull->push", List.of())), 8, now::get);
        metrics.node(0).addSent(7);
        RunSnapshot before = metrics.reader().snapshot(false);
        assertEquals(7, before.node("push").orElseThrow().inFlight());
        assertEquals(7, before.flow("push", "pull").orElseThrow().inFlight(), "the flow is listed before its first message");
        metrics.flow(0, 1, "pull->push").received(7, 70);
        assertEquals(0, metrics.reader().snapshot(false).inFlight());
    }

    @Test
    void flowLatencyIsSummarisedInMicroseconds() {
        RunMetrics metrics = pubSub();
        FlowCounters flow = metrics.flow(0, 1, "sub->pub");
        for (int i = 1; i <= 100; i++) {
            flow.received(1, 10);
            flow.hopLatency(i * 1000L);
        }
        SnapshotReader reader = metrics.reader();
        FlowSnapshot f = reader.snapshot(false).flow("pub", "sub").orElseThrow();
        assertEquals(100, f.messages());
        assertEquals(1000, f.bytes());
        assertEquals(100, f.latency().count());
        assertEquals(50, f.latency().p50Micros(), 0.5);
        assertEquals(100, f.latency().maxMicros(), 0.5);
        assertEquals(0, f.recentLatency().count(), "the first window is not over, the total is up to date");
        now.addAndGet(RunMetrics.LATENCY_WINDOW_MILLIS * 1_000_000);
        assertEquals(100, reader.snapshot(false).flow("pub", "sub").orElseThrow().recentLatency().count());
        assertEquals(100, metrics.reader().snapshot(false).flow("pub", "sub").orElseThrow().recentLatency().count(),
                "every reader sees the same window");
        now.addAndGet(RunMetrics.LATENCY_WINDOW_MILLIS * 1_000_000);
        assertEquals(0, reader.snapshot(false).flow("pub", "sub").orElseThrow().recentLatency().count());
    }
}
