package org.zmqstudio.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Everything a run measured, at one moment; immutable, safe to hand to any thread. The CLI's
 * summary and report and the GUI's monitor all read these.
 *
 * @param elapsedMillis time since the start gate opened, ms, taken after the counts were read
 * @param activeMillis  time from the start gate to the last message any flow received, ms (see
 *                      {@link FlowSnapshot#activeMillis}): what rates over the whole run divide by,
 *                      the time a run takes to notice it has drained and to stop left out
 * @param nodes         one per node, in topology order
 * @param flows         one per (from, to) pair that carried at least one message or whose share of its
 *                      sender is known and was offered one, in first-seen order
 */
public record RunSnapshot(String topologyName, long elapsedMillis, List<NodeSnapshot> nodes, List<FlowSnapshot> flows,
                          long activeMillis) {

    public RunSnapshot {
        nodes = List.copyOf(nodes);
        flows = List.copyOf(flows);
    }

    /** With {@code activeMillis} the latest of the flows'. */
    public RunSnapshot(String topologyName, long elapsedMillis, List<NodeSnapshot> nodes, List<FlowSnapshot> flows) {
        this(topologyName, elapsedMillis, nodes, flows,
                flows.stream().mapToLong(FlowSnapshot::activeMillis).max().orElse(0));
    }

    public Optional<NodeSnapshot> node(String nodeId) {
        return nodes.stream().filter(n -> n.nodeId().equals(nodeId)).findFirst();
    }

    public Optional<FlowSnapshot> flow(String from, String to) {
        return flows.stream().filter(f -> f.from().equals(from) && f.to().equals(to)).findFirst();
    }

    /** Messages sent that nobody has received, lost or filtered yet: the sum of the nodes' in flight. */
    public long inFlight() {
        return nodes.stream().mapToLong(NodeSnapshot::inFlight).sum();
    }
}
