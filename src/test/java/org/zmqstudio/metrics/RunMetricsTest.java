package org.zmqstudio.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.SocketType;

class RunMetricsTest {

    private static MessageEvent event(long id, long receivedNanos) {
        return new MessageEvent(id, "a", "a", "b", "b->a", 0, receivedNanos, null, "x", 1, List.of());
    }

    /** Node 0 publishes two topics; node 1 subscribes to both and should see every message. */
    private static RunMetrics pubSub() {
        int[][] tracked = {null, {2, 0}};
        return new RunMetrics("t", List.of(new RunMetrics.NodeInfo("pub", SocketType.PUB),
                new RunMetrics.NodeInfo("sub", SocketType.SUB)), new int[] {2, 0}, tracked,
                List.of(new ExpectedStream(1, 0, 0), new ExpectedStream(1, 0, 1)), 8);
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
        assertEquals(0, metrics.snapshot(false).node("sub").orElseThrow().lost(), "messages may still be on their way");
        assertEquals(8, metrics.snapshot(true).node("sub").orElseThrow().lost(), "3 of topic 0 and all 5 of topic 1");
    }

    @Test
    void ratesCoverTheTimeSinceThePreviousSnapshot() throws InterruptedException {
        RunMetrics metrics = pubSub();
        metrics.started();
        metrics.snapshot(false);
        metrics.node(0).addSent(1000);
        Thread.sleep(100);
        double rate = metrics.snapshot(false).node("pub").orElseThrow().sentPerSecond();
        assertTrue(rate > 2000 && rate <= 10_000, "about 1000 in 0.1 s: " + rate);
        assertEquals(0, metrics.snapshot(false).node("pub").orElseThrow().sentPerSecond());
    }

    @Test
    void flowLatencyIsSummarisedInMicroseconds() {
        RunMetrics metrics = pubSub();
        FlowCounters flow = metrics.flow(0, 1, "sub->pub");
        for (int i = 1; i <= 100; i++) {
            flow.received(1, 10);
            flow.hopLatency(i * 1000L);
        }
        FlowSnapshot f = metrics.snapshot(false).flow("pub", "sub").orElseThrow();
        assertEquals(100, f.messages());
        assertEquals(1000, f.bytes());
        assertEquals(100, f.latency().count());
        assertEquals(50, f.latency().p50Micros(), 0.5);
        assertEquals(100, f.latency().maxMicros(), 0.5);
        assertEquals(100, f.recentLatency().count());
        assertEquals(0, metrics.snapshot(false).flow("pub", "sub").orElseThrow().recentLatency().count());
    }
}
