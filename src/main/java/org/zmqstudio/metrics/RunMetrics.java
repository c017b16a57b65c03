package org.zmqstudio.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.zmqstudio.model.SocketType;

/**
 * Every counter, recorder and event ring of one run, and the immutable snapshots made from them.
 * Node threads write their own counters without locks; {@link #snapshot} and {@link #drainEvents} are
 * the reader side and serialize among themselves.
 */
public final class RunMetrics {

    /** What a snapshot says about a node besides its numbers. */
    public record NodeInfo(String id, SocketType socket) {
    }

    private static final double NANOS_PER_SECOND = 1e9;

    private final String topologyName;
    private final List<NodeInfo> nodes;
    private final NodeCounters[] counters;
    private final LatencyRecorder[] endToEnd;
    private final SequenceTracker[] trackers;
    private final PublishedCounts[] published;
    private final List<ExpectedStream> expected;
    private final Map<Long, FlowCounters> flows = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<FlowCounters> flowOrder = new ConcurrentLinkedQueue<>();
    private final List<EventRing> rings = new CopyOnWriteArrayList<>();
    private final int ringCapacity;
    private volatile long startNanos = System.nanoTime();

    private long previousNanos;
    private final Map<Object, long[]> previousTotals = new HashMap<>();

    /**
     * @param publisherTopics per node, how many topic sequences it numbers as a publisher (0: none)
     * @param trackedSlots    per receiving node, per origin, how many topic sequences it checks for
     *                        gaps ({@code null}: the node checks none)
     * @param ringCapacity    events each node thread's ring holds
     */
    public RunMetrics(String topologyName, List<NodeInfo> nodes, int[] publisherTopics, int[][] trackedSlots,
                      List<ExpectedStream> expected, int ringCapacity) {
        this.topologyName = topologyName;
        this.nodes = List.copyOf(nodes);
        this.expected = List.copyOf(expected);
        this.ringCapacity = ringCapacity;
        int n = nodes.size();
        counters = new NodeCounters[n];
        endToEnd = new LatencyRecorder[n];
        trackers = new SequenceTracker[n];
        published = new PublishedCounts[n];
        for (int i = 0; i < n; i++) {
            counters[i] = new NodeCounters();
            endToEnd[i] = new LatencyRecorder();
            trackers[i] = trackedSlots[i] == null ? null : new SequenceTracker(trackedSlots[i]);
            published[i] = publisherTopics[i] > 0 ? new PublishedCounts(publisherTopics[i]) : null;
        }
    }

    public NodeCounters node(int index) {
        return counters[index];
    }

    /** End-to-end latency at a consuming node (round trip at a requester). */
    public LatencyRecorder endToEnd(int index) {
        return endToEnd[index];
    }

    /** The node's sequence tracker, or {@code null} when it cannot tell drops from round-robin. */
    public SequenceTracker tracker(int index) {
        return trackers[index];
    }

    /** The publisher's per-topic counts, or {@code null} for a node that is not a tracked publisher. */
    public PublishedCounts published(int index) {
        return published[index];
    }

    /** The flow's counters, created on first use. Call once per flow and keep the result (hot path). */
    public FlowCounters flow(int from, int to, String linkId) {
        long key = ((long) from << 32) | to;
        return flows.computeIfAbsent(key, k -> {
            FlowCounters created = new FlowCounters(from, to, linkId);
            flowOrder.add(created);
            return created;
        });
    }

    /** A new ring for one node thread's sampled events. */
    public EventRing newEventRing() {
        EventRing ring = new EventRing(ringCapacity);
        rings.add(ring);
        return ring;
    }

    /** Marks the moment the start gate opened: elapsed time counts from here. */
    public void started() {
        startNanos = System.nanoTime();
        previousNanos = startNanos;
    }

    /** Sum of every node's sent, received and lost: when it stops moving, nothing flows. */
    public long activity() {
        long sum = 0;
        for (NodeCounters c : counters) {
            sum += c.sent() + c.received() + c.lost();
        }
        return sum;
    }

    /**
     * The numbers now. Rates cover the time since the previous call.
     *
     * @param settled the run has drained or stopped: what consumers never received from publishers
     *                that are done counts as lost
     */
    public synchronized RunSnapshot snapshot(boolean settled) {
        long now = System.nanoTime();
        double seconds = Math.max(1e-6, (now - previousNanos) / NANOS_PER_SECOND);
        previousNanos = now;
        long[] tail = settled ? tailLosses() : new long[counters.length];
        List<NodeSnapshot> nodeSnapshots = new ArrayList<>(counters.length);
        for (int i = 0; i < counters.length; i++) {
            NodeCounters c = counters[i];
            long sent = c.sent();
            long received = c.received();
            long[] before = previousTotals.getOrDefault(c, new long[2]);
            previousTotals.put(c, new long[] {sent, received});
            endToEnd[i].roll();
            NodeInfo info = nodes.get(i);
            nodeSnapshots.add(new NodeSnapshot(info.id(), info.socket(), c.state(), sent, received,
                    c.lost() + tail[i], c.errors(), (sent - before[0]) / seconds, (received - before[1]) / seconds,
                    endToEnd[i].total(), c.lastError()));
        }
        Map<Integer, FlowCounters> tailFlows = busiestFlowInto(tail);
        List<FlowSnapshot> flowSnapshots = new ArrayList<>();
        for (FlowCounters f : flowOrder) {
            long flowTail = tailFlows.get(f.to()) == f ? tail[f.to()] : 0;
            long messages = f.messages();
            long[] before = previousTotals.getOrDefault(f, new long[1]);
            previousTotals.put(f, new long[] {messages});
            f.latency().roll();
            flowSnapshots.add(new FlowSnapshot(nodes.get(f.from()).id(), nodes.get(f.to()).id(), f.linkId(), messages,
                    f.bytes(), f.lost() + flowTail, (messages - before[0]) / seconds, f.latency().total(),
                    f.latency().recent()));
        }
        long elapsedMillis = (now - startNanos) / 1_000_000;
        return new RunSnapshot(topologyName, Math.max(0, elapsedMillis), nodeSnapshots, flowSnapshots);
    }

    /** For each node with tail losses, the flow into it that carried most: where those losses are shown. */
    private Map<Integer, FlowCounters> busiestFlowInto(long[] tail) {
        Map<Integer, FlowCounters> busiest = new HashMap<>();
        for (FlowCounters f : flowOrder) {
            if (tail[f.to()] > 0) {
                busiest.merge(f.to(), f, (a, b) -> b.messages() > a.messages() ? b : a);
            }
        }
        return busiest;
    }

    /** Per node, the messages of finished publishers it should have seen after the last one it did. */
    private long[] tailLosses() {
        long[] tail = new long[counters.length];
        for (ExpectedStream s : expected) {
            SequenceTracker tracker = trackers[s.consumer()];
            PublishedCounts counts = published[s.origin()];
            NodeState consumerState = counters[s.consumer()].state();
            if (tracker == null || counts == null || counters[s.origin()].state() != NodeState.DONE
                    || consumerState == NodeState.PAUSED) {
                continue;
            }
            long missing = counts.count(s.topic()) - 1 - tracker.lastSeen(s.origin(), s.topic());
            tail[s.consumer()] += Math.max(0, missing);
        }
        return tail;
    }

    /** Takes up to {@code max} sampled events, oldest receive first, from every node's ring. */
    public synchronized List<MessageEvent> drainEvents(int max) {
        List<MessageEvent> taken = new ArrayList<>();
        while (taken.size() < max) {
            EventRing oldest = null;
            long oldestNanos = 0;
            for (EventRing ring : rings) {
                MessageEvent head = ring.peek();
                if (head != null && (oldest == null || head.receivedNanos() - oldestNanos < 0)) {
                    oldest = ring;
                    oldestNanos = head.receivedNanos();
                }
            }
            if (oldest == null) {
                break;
            }
            taken.add(oldest.poll());
        }
        return taken;
    }
}
