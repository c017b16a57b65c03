package org.zmqstudio.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reader's view of a run: its snapshots carry rates over the time since this reader's previous
 * snapshot, so that several readers (the window, the summary line, a report) never disturb each
 * other. One thread at a time per reader.
 */
public final class SnapshotReader {

    private static final double NANOS_PER_SECOND = 1e9;

    private final RunMetrics metrics;
    private long previousNanos;
    private final Map<String, long[]> previousNodes = new HashMap<>();
    private final Map<String, Long> previousFlows = new HashMap<>();

    SnapshotReader(RunMetrics metrics, long startNanos) {
        this.metrics = metrics;
        this.previousNanos = startNanos;
    }

    /**
     * The numbers now, with rates since this reader's previous call (since the start for the first).
     *
     * @param tailIsLost the run has settled: what a finished publisher sent after the last message a
     *                   subscriber saw is lost, not in flight
     */
    public RunSnapshot snapshot(boolean tailIsLost) {
        RunMetrics.Reading reading = metrics.read(tailIsLost);
        double seconds = Math.max(1e-6, (reading.nanos() - previousNanos) / NANOS_PER_SECOND);
        previousNanos = reading.nanos();
        RunSnapshot counts = reading.snapshot();
        List<NodeSnapshot> nodes = new ArrayList<>(counts.nodes().size());
        for (NodeSnapshot node : counts.nodes()) {
            long[] before = previousNodes.getOrDefault(node.nodeId(), new long[2]);
            previousNodes.put(node.nodeId(), new long[] {node.sent(), node.received()});
            nodes.add(node.withRates((node.sent() - before[0]) / seconds, (node.received() - before[1]) / seconds));
        }
        List<FlowSnapshot> flows = new ArrayList<>(counts.flows().size());
        for (FlowSnapshot flow : counts.flows()) {
            String key = flow.from() + '\n' + flow.to();
            long before = previousFlows.getOrDefault(key, 0L);
            previousFlows.put(key, flow.messages());
            flows.add(flow.withRate((flow.messages() - before) / seconds));
        }
        return new RunSnapshot(counts.topologyName(), counts.elapsedMillis(), nodes, flows, counts.activeMillis());
    }
}
