package org.zmqstudio.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqstudio.model.SocketType;

/**
 * Every message of a snapshot that did not arrive, under its cause and place ({@link LossRow}), made
 * from the counters alone: nothing is built per message. The rows agree with the snapshot: for each
 * node, its loss rows add up to its {@code lost}, and for each flow, the rows on it add up to its
 * {@code lost}, {@code filtered} and {@code inFlight}. Pure; any thread.
 * <p>
 * Causes: a gap at a subscriber is a slow joiner's for the messages published before the first one it
 * saw of each topic (all of them when it saw none), else a high-water-mark drop; what a ROUTER lost it
 * could not route; what a requester (REQ, DEALER) lost are attempts it gave up after its timeout.
 */
public final class LossCauses {

    private LossCauses() {
    }

    /**
     * @param metrics the run's metrics, whose sequence trackers tell a slow joiner's gaps from
     *                high-water-mark drops; {@code null} takes every gap for a high-water-mark drop
     */
    public static List<LossRow> of(RunSnapshot snapshot, RunMetrics metrics) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < snapshot.nodes().size(); i++) {
            index.put(snapshot.nodes().get(i).nodeId(), i);
        }
        List<LossRow> rows = new ArrayList<>();
        for (int i = 0; i < snapshot.nodes().size(); i++) {
            NodeSnapshot node = snapshot.nodes().get(i);
            SequenceTracker tracker = metrics == null ? null : metrics.tracker(i);
            long onFlows = 0;
            for (FlowSnapshot flow : snapshot.flows()) {
                if (flow.lost() > 0 && holder(snapshot, flow).equals(node.nodeId())) {
                    onFlows += flow.lost();
                    lost(rows, node, tracker, index.getOrDefault(flow.from(), -1), flow, flow.lost());
                }
            }
            if (node.lost() > onFlows) {
                lost(rows, node, tracker, -1, null, node.lost() - onFlows);
            }
        }
        for (FlowSnapshot flow : snapshot.flows()) {
            add(rows, LossCause.FILTERED, flow.to(), null, flow, flow.filtered());
            boolean killed = snapshot.node(flow.to()).map(n -> n.state() == NodeState.DEAD).orElse(false);
            add(rows, killed ? LossCause.KILLED_PEER : LossCause.IN_FLIGHT, flow.from(), null, flow, flow.inFlight());
        }
        for (NodeSnapshot node : snapshot.nodes()) {
            long onFlows = snapshot.flows().stream().filter(f -> f.from().equals(node.nodeId()))
                    .mapToLong(FlowSnapshot::inFlight).sum();
            add(rows, LossCause.IN_FLIGHT, node.nodeId(), node, null, node.inFlight() - onFlows);
        }
        return rows;
    }

    /**
     * The node that counted the flow's losses: its receiver (a gap, a reply given up), but the sender
     * for a requester's own requests (REQ, DEALER: a request given up with its peer killed).
     */
    private static String holder(RunSnapshot snapshot, FlowSnapshot flow) {
        SocketType sender = snapshot.node(flow.from()).map(NodeSnapshot::socket).orElse(null);
        return sender == SocketType.REQ || sender == SocketType.DEALER ? flow.from() : flow.to();
    }

    /**
     * The rows of {@code count} messages lost at {@code node}: on {@code flow}, whose sender has index
     * {@code origin}, or at the node alone ({@code flow} {@code null}, {@code origin} -1).
     */
    private static void lost(List<LossRow> rows, NodeSnapshot node, SequenceTracker tracker, int origin,
                             FlowSnapshot flow, long count) {
        String at = node.nodeId();
        if (tracker != null) {
            long late = Math.min(count, lateOf(tracker, origin, count));
            add(rows, LossCause.LATE_SUBSCRIBER, at, node, flow, late);
            add(rows, LossCause.HIGH_WATER_MARK, at, node, flow, count - late);
        } else if (node.socket() == SocketType.ROUTER) {
            add(rows, LossCause.UNROUTABLE, at, node, flow, count);
        } else if (node.socket() == SocketType.REQ || node.socket() == SocketType.DEALER) {
            add(rows, LossCause.REQUEST_TIMED_OUT, at, node, flow, count);
        } else {
            add(rows, LossCause.HIGH_WATER_MARK, at, node, flow, count);
        }
    }

    /**
     * How many of {@code count} gaps from {@code origin} were published before the subscription: all
     * when none of its messages arrived, else those before the first of each topic. For a flow from
     * a relay (the publisher further upstream), those of every publisher the node tracks.
     */
    private static long lateOf(SequenceTracker tracker, int origin, long count) {
        if (origin >= 0 && tracker.tracks(origin)) {
            return tracker.seenAny(origin) ? tracker.missedBeforeFirst(origin) : count;
        }
        long late = 0;
        boolean seenAny = false;
        for (int o = 0; o < tracker.origins(); o++) {
            late += tracker.missedBeforeFirst(o);
            seenAny |= tracker.seenAny(o);
        }
        return seenAny ? late : count;
    }

    /**
     * Adds a row of {@code count} messages (none when 0), held at node {@code at}, on {@code flow}, or
     * else at {@code node} alone.
     */
    private static void add(List<LossRow> rows, LossCause cause, String at, NodeSnapshot node, FlowSnapshot flow,
                            long count) {
        if (count > 0) {
            rows.add(flow == null ? new LossRow(cause, node.nodeId(), null, null, at, count)
                    : new LossRow(cause, flow.from(), flow.to(), flow.linkId(), at, count));
        }
    }
}
