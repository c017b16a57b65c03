package org.zmqstudio.ui.monitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;

/**
 * p50 and p99 over the last minute for every flow (hop latency of the interval) and every consuming
 * node (end-to-end latency over the run so far), for the latency chart. UI thread only.
 */
public final class LatencyHistory {

    /** How far back the chart looks, ms. */
    public static final long WINDOW_MILLIS = 60_000;

    private final Map<String, Deque<LatencyPoint>> series = new HashMap<>();

    /** The key of a flow's series. */
    public static String flowKey(String from, String to) {
        return from + " → " + to;
    }

    /** Adds the snapshot's figures and forgets points older than the window. */
    public void record(RunSnapshot snapshot) {
        long now = snapshot.elapsedMillis();
        for (FlowSnapshot flow : snapshot.flows()) {
            add(flowKey(flow.from(), flow.to()), now, flow.recentLatency());
        }
        for (NodeSnapshot node : snapshot.nodes()) {
            add(node.nodeId(), now, node.endToEnd());
        }
        series.values().forEach(points -> {
            while (!points.isEmpty() && points.peekFirst().elapsedMillis() < now - WINDOW_MILLIS) {
                points.removeFirst();
            }
        });
    }

    /** The points of a flow ({@link #flowKey}) or node id, oldest first; empty when it has none. */
    public List<LatencyPoint> points(String key) {
        Deque<LatencyPoint> points = series.get(key);
        return points == null ? List.of() : List.copyOf(points);
    }

    public void clear() {
        series.clear();
    }

    private void add(String key, long elapsedMillis, LatencySummary latency) {
        if (latency.isEmpty()) {
            return;
        }
        series.computeIfAbsent(key, k -> new ArrayDeque<>())
                .addLast(new LatencyPoint(elapsedMillis, latency.p50Micros(), latency.p99Micros()));
    }
}
