package org.zmqstudio.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.BehaviorKind;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/**
 * The one-line summary that {@code run} prints on stderr once a second, e.g.
 * <pre>
 *   3.0 s  sent 300 (100/s)  received 298 (99/s)  lost 0  p99 1.20 ms  2 blocked  running
 * </pre>
 * "sent" counts what the topology's origins sent (produce and request nodes), "received" what its
 * ends received (consume nodes, and the replies of request nodes), so that a message relayed through
 * a pipeline counts once. "lost", "filtered" (by subscriptions; shown when not 0), "in flight" (sent
 * and not yet received; while running, when not 0) and "errors" add up every node; p99 is the worst end-to-end p99 of
 * the run so far (for a requester, of its round trips). Unusual node states (blocked, waiting,
 * paused, killed, …) are counted by label while the run goes on.
 */
final class RunSummaryLine {

    /** States that need no mention: the normal case. */
    private static final Set<NodeState> QUIET = Set.of(NodeState.RUNNING, NodeState.DONE);

    private final Set<String> origins;
    private final Set<String> ends;

    RunSummaryLine(Topology topology) {
        origins = nodesDoing(topology, Set.of(BehaviorKind.PRODUCE, BehaviorKind.REQUEST));
        ends = nodesDoing(topology, Set.of(BehaviorKind.CONSUME, BehaviorKind.REQUEST));
    }

    /**
     * A line while the run goes on. Rates are the snapshot's, so they cover the time since the
     * previous snapshot.
     *
     * @param status a word or two at the end: the phase
     */
    String format(RunSnapshot run, String status) {
        return format(run, status, true);
    }

    /**
     * The last line, on the numbers after the run stopped. Node states are left out: stopping
     * leaves them as the teardown found them (senders blocked, say), which says nothing about the run.
     *
     * @param status why the run ended
     */
    String formatLast(RunSnapshot run, String status) {
        return format(run, status, false);
    }

    private String format(RunSnapshot run, String status, boolean withStates) {
        long sent = 0;
        long received = 0;
        double sentRate = 0;
        double receivedRate = 0;
        long lost = 0;
        long filtered = 0;
        long errors = 0;
        double worstP99 = -1;
        Map<NodeState, Integer> unusual = new EnumMap<>(NodeState.class);
        for (NodeSnapshot node : run.nodes()) {
            if (origins.contains(node.nodeId())) {
                sent += node.sent();
                sentRate += node.sentPerSecond();
            }
            if (ends.contains(node.nodeId())) {
                received += node.received();
                receivedRate += node.receivedPerSecond();
            }
            lost += node.lost();
            filtered += node.filtered();
            errors += node.errors();
            if (node.endToEnd() != null && !node.endToEnd().isEmpty()) {
                worstP99 = Math.max(worstP99, node.endToEnd().p99Micros());
            }
            if (withStates && !QUIET.contains(node.state())) {
                unusual.merge(node.state(), 1, Integer::sum);
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%5.1f s  sent %d (%.0f/s)  received %d (%.0f/s)  lost %d",
                run.elapsedMillis() / 1000.0, sent, sentRate, received, receivedRate, lost));
        if (filtered > 0) {
            line.append("  filtered ").append(filtered);
        }
        if (withStates && run.inFlight() > 0) {
            line.append("  in flight ").append(run.inFlight());
        }
        if (errors > 0) {
            line.append("  errors ").append(errors);
        }
        if (worstP99 >= 0) {
            line.append("  p99 ").append(millis(worstP99));
        }
        unusual.forEach((state, count) -> line.append("  ").append(count).append(' ').append(state.label()));
        return line.append("  ").append(status).toString();
    }

    /** Microseconds as milliseconds with a sensible number of decimals: 0.04 ms, 1.20 ms, 35 ms. */
    static String millis(double micros) {
        double ms = micros / 1000.0;
        return String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : "%.0f ms", ms);
    }

    private static Set<String> nodesDoing(Topology topology, Set<BehaviorKind> kinds) {
        return topology.nodes().stream()
                .filter(node -> topology.effectiveBehavior(node).map(b -> kinds.contains(b.kind())).orElse(false))
                .map(Node::id)
                .collect(Collectors.toUnmodifiableSet());
    }
}
