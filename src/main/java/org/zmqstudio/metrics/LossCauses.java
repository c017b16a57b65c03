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
        List<NodeSnapshot> nodes = snapshot.nodes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).nodeId(), i);
        }
        // Per node, the flows whose losses it counted, and what its flows have in flight: one pass,
        // as the window asks four times a second of runs with a thousand nodes.
        List<List<FlowSnapshot>> lostHeld = new ArrayList<>(nodes.size());
        long[] inFlightOnFlows = new long[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            lostHeld.add(new ArrayList<>());
        }
        for (FlowSnapshot flow : snapshot.flows()) {
            int from = index.getOrDefault(flow.from(), -1);
            int to = index.getOrDefault(flow.to(), -1);
            if (from < 0 || to < 0) {
                continue;
            }
            if (flow.lost() > 0) {
                lostHeld.get(isRequester(nodes.get(from)) ? from : to).add(flow);
            }
            inFlightOnFlows[from] += flow.inFlight();
        }
        List<LossRow> rows = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSnapshot node = nodes.get(i);
            SequenceTracker tracker = metrics == null ? null : metrics.tracker(i);
            long onFlows = 0;
            for (FlowSnapshot flow : lostHeld.get(i)) {
                onFlows += flow.lost();
                lost(rows, node, tracker, index.get(flow.from()), flow, flow.lost());
            }
            if (node.lost() > onFlows) {
                lost(rows, node, tracker, -1, null, node.lost() - onFlows);
            }
        }
        for (FlowSnapshot flow : snapshot.flows()) {
            Integer to = index.get(flow.to());
            boolean killed = to != null && nodes.get(to).state() == NodeState.DEAD;
            add(rows, LossCause.FILTERED, flow.to(), null, flow, flow.filtered());
            add(rows, killed ? LossCause.KILLED_PEER : LossCause.IN_FLIGHT, flow.from(), null, flow, flow.inFlight());
        }
        for (int i = 0; i < nodes.size(); i++) {
            NodeSnapshot node = nodes.get(i);
            add(rows, LossCause.IN_FLIGHT, node.nodeId(), node, null, node.inFlight() - inFlightOnFlows[i]);
        }
        return rows;
    }

    /**
     * Whether the node counts the losses of its own requests (REQ, DEALER: a request given up with
     * its peer killed is lost on the request flow); everyone else counts what was lost on the way to it.
     */
    private static boolean isRequester(NodeSnapshot node) {
        return node.socket() == SocketType.REQ || node.socket() == SocketType.DEALER;
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
