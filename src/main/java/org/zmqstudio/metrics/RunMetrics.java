package org.zmqstudio.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.zmqstudio.model.SocketType;

/**
 * Every counter, recorder and event ring of one run, and the immutable snapshots made from them.
 * Node threads write their own counters without locks; readers ({@link #reader}) and
 * {@link #drainEvents} serialize among themselves. Reading changes nothing another reader sees.
 */
public final class RunMetrics {

    /** What a snapshot says about a node besides its numbers. */
    public record NodeInfo(String id, SocketType socket) {
    }

    /** How long a latency window lasts, ms: the flows' recent latency covers the last one completed. */
    public static final long LATENCY_WINDOW_MILLIS = 250;

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
    private final List<FlowShare> shares;
    /** Index into {@link #shares} by flow key ({@link #key}). */
    private final Map<Long, Integer> shareOf = new HashMap<>();
    private final LongSupplier clock;
    private volatile long startNanos;
    private long windowStartNanos;

    /**
     * @param publisherTopics per node, how many topic sequences it numbers as a publisher (0: none)
     * @param trackedSlots    per receiving node, per origin, how many topic sequences it checks for
     *                        gaps ({@code null}: the node checks none)
     * @param shares          the flows whose share of their sender is known
     * @param ringCapacity    events each node thread's ring holds
     * @param clock           the time in ns ({@link System#nanoTime} but in tests)
     */
    public RunMetrics(String topologyName, List<NodeInfo> nodes, int[] publisherTopics, int[][] trackedSlots,
                      List<ExpectedStream> expected, List<FlowShare> shares, int ringCapacity, LongSupplier clock) {
        this.topologyName = topologyName;
        this.shares = List.copyOf(shares);
        for (int i = 0; i < this.shares.size(); i++) {
            shareOf.put(key(this.shares.get(i).from(), this.shares.get(i).to()), i);
        }
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.windowStartNanos = startNanos;
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
        return flows.computeIfAbsent(key(from, to), k -> {
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
        startNanos = clock.getAsLong();
    }

    /** A new reader, whose rates count from the start gate (or from now, before it). */
    public SnapshotReader reader() {
        return new SnapshotReader(this, startNanos);
    }

    /** Sum of every node's sent, received and lost: when it stops moving, nothing flows. */
    public long activity() {
        long sum = 0;
        for (NodeCounters c : counters) {
            sum += c.sent() + c.received() + c.lost();
        }
        return sum;
    }

    /** The counts of one reading, without rates, and when it was taken ({@link #clock} ns, after the counts). */
    record Reading(RunSnapshot snapshot, long nanos) {
    }

    /**
     * The counts now. Receivers' counts are read before senders', and a sender's count is raised to
     * what its receivers prove it sent ({@link #provenSent}), so that no node shows more received
     * than its senders sent; the time is taken after the counts, so that no rate is overstated. Latency totals are always current; the recent window closes once per
     * {@value #LATENCY_WINDOW_MILLIS} ms, whoever reads.
     *
     * @param tailIsLost see {@link SnapshotReader#snapshot}
     */
    synchronized Reading read(boolean tailIsLost) {
        rollLatency();
        long[] tail = tailLosses();
        Map<Integer, FlowCounters> tailFlows = busiestFlowInto(tail);
        for (FlowShare share : shares) {
            if (counters[share.from()].sent() > 0) {
                flow(share.from(), share.to(), share.linkId());
            }
        }
        int n = counters.length;
        long[] received = new long[n];
        long[] lost = new long[n];
        for (int i = 0; i < n; i++) {
            received[i] = counters[i].received();
            lost[i] = counters[i].lost() + (tailIsLost ? tail[i] : 0);
        }
        List<FlowTotals> flowTotals = new ArrayList<>();
        for (FlowCounters f : flowOrder) {
            long flowTail = tailIsLost && tailFlows.get(f.to()) == f ? tail[f.to()] : 0;
            flowTotals.add(new FlowTotals(f, f.messages(), f.bytes(), f.lost() + flowTail));
        }
        long[] sent = new long[n];
        for (int i = 0; i < n; i++) {
            sent[i] = counters[i].sent();
        }
        long[] filteredTopics = new long[shares.size()];
        int s = 0;
        for (FlowShare share : shares) {
            filteredTopics[s++] = filteredOf(share);
        }
        long nanos = clock.getAsLong();
        return new Reading(account(sent, received, lost, flowTotals, filteredTopics, nanos), nanos);
    }

    /** The flow's counts as read, before the accounting is closed. */
    private record FlowTotals(FlowCounters flow, long messages, long bytes, long lost) {
    }

    /** Closes the accounting of one reading: filtered and in flight per flow and node. */
    private RunSnapshot account(long[] sent, long[] received, long[] lost, List<FlowTotals> flowTotals,
                                long[] filteredByShare, long nanos) {
        int n = counters.length;
        provenSent(sent, flowTotals);
        long[] filteredAt = new long[n];
        long[] accountedFrom = new long[n];
        long[] inFlightFrom = new long[n];
        List<FlowSnapshot> flowSnapshots = new ArrayList<>(flowTotals.size());
        for (FlowTotals t : flowTotals) {
            FlowCounters f = t.flow();
            Integer share = shareOf.get(key(f.from(), f.to()));
            Long offered = share == null ? null : sent[f.from()];
            long filtered = share == null ? 0 : filteredByShare[share];
            long inFlight = offered == null ? 0 : Math.max(0, offered - t.messages() - t.lost() - filtered);
            filteredAt[f.to()] += filtered;
            accountedFrom[f.from()] += t.messages() + t.lost() + filtered;
            inFlightFrom[f.from()] += inFlight;
            flowSnapshots.add(new FlowSnapshot(nodes.get(f.from()).id(), nodes.get(f.to()).id(), f.linkId(), offered,
                    t.messages(), t.bytes(), t.lost(), filtered, inFlight, 0, f.latency().total(),
                    f.latency().recent(), f.history.activeNanos() / 1000, f.history.steadyPerSecond()));
        }
        List<NodeSnapshot> nodeSnapshots = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NodeCounters c = counters[i];
            NodeInfo info = nodes.get(i);
            long inFlight = broadcasts(i) ? inFlightFrom[i] : Math.max(0, sent[i] - accountedFrom[i]);
            nodeSnapshots.add(new NodeSnapshot(info.id(), info.socket(), c.state(), sent[i], received[i], lost[i],
                    filteredAt[i], inFlight, c.errors(), 0, 0, endToEnd[i].total(), c.lastError()));
        }
        long elapsedMillis = (nanos - startNanos) / 1_000_000;
        return new RunSnapshot(topologyName, Math.max(0, elapsedMillis), nodeSnapshots, flowSnapshots);
    }

    /**
     * Raises each sender's count to what its receivers prove it sent, when they have counted messages
     * its own count does not hold yet. A sender publishes its count after the send (once per batch),
     * so a receiver read before it may already hold messages the sender's count lacks (a relay once
     * showed 316 received of 315 sent). What the flows out of a node received or saw lost (gaps in
     * its sequence), it sent: all of it for a node that offers each message to one peer, each flow's
     * for a broadcaster. (Filtered counts come from the sender's own side, and prove nothing more.)
     * The result never exceeds what was truly sent, and never goes down from one reading to the next
     * (both terms only grow).
     */
    private void provenSent(long[] sent, List<FlowTotals> flowTotals) {
        long[] proven = new long[sent.length];
        for (FlowTotals t : flowTotals) {
            long accounted = t.messages() + t.lost();
            int from = t.flow().from();
            proven[from] = broadcasts(from) ? Math.max(proven[from], accounted) : proven[from] + accounted;
        }
        for (int i = 0; i < sent.length; i++) {
            sent[i] = Math.max(sent[i], proven[i]);
        }
    }

    /**
     * Notes every flow's count now in its history ({@link FlowHistory}): call a few times a second
     * while the run goes on, and once more when it has stopped. Any one thread.
     */
    public synchronized void sampleRates() {
        long now = clock.getAsLong() - startNanos;
        for (FlowCounters f : flowOrder) {
            f.history.sample(now, f.messages());
        }
    }

    /** Whether the node offers each message to every peer (PUB, XPUB) rather than to one of them. */
    private boolean broadcasts(int node) {
        SocketType socket = nodes.get(node).socket();
        return socket == SocketType.PUB || socket == SocketType.XPUB;
    }

    /** What the share's receiver refused of its sender's topics (0 when it takes all, or the counts are unknown). */
    private long filteredOf(FlowShare share) {
        PublishedCounts counts = published[share.from()];
        long filtered = 0;
        if (counts != null) {
            for (int topic : share.filteredTopics()) {
                filtered += counts.count(topic);
            }
        }
        return filtered;
    }

    /** Brings every latency total up to date, and closes the latency window when it is over. */
    private void rollLatency() {
        long now = clock.getAsLong();
        boolean closeWindow = now - windowStartNanos >= LATENCY_WINDOW_MILLIS * 1_000_000;
        if (closeWindow) {
            windowStartNanos = now;
        }
        for (LatencyRecorder recorder : endToEnd) {
            recorder.roll(closeWindow);
        }
        for (FlowCounters f : flowOrder) {
            f.latency().roll(closeWindow);
        }
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | to;
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
