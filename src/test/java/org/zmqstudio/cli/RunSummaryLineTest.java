package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class RunSummaryLineTest {

    /** A ventilator, one relaying worker and a sink; plus a REQ client of a REP server. */
    private static final Topology TOPOLOGY = new Topology("t", "", List.of(
            Node.of("vent", SocketType.PUSH, 0, 0),
            Node.of("w-in", SocketType.PULL, 0, 0).withBehavior(new Behavior.Relay("w-out", 0)),
            Node.of("w-out", SocketType.PUSH, 0, 0),
            Node.of("sink", SocketType.PULL, 0, 0),
            Node.of("client", SocketType.REQ, 0, 0),
            Node.of("server", SocketType.REP, 0, 0)),
            List.of(Link.between("w-in", "vent"), Link.between("w-out", "sink"), Link.between("client", "server")));

    private final RunSummaryLine summary = new RunSummaryLine(TOPOLOGY);

    @Test
    void countsWhatOriginsSentAndEndsReceivedSoARelayedMessageCountsOnce() {
        RunSnapshot run = new RunSnapshot("t", 3040, List.of(
                node("vent", NodeState.RUNNING, 300, 0, 100, 0, 0, LatencySummary.EMPTY),
                node("w-in", NodeState.RUNNING, 0, 299, 0, 99, 0, LatencySummary.EMPTY),
                node("w-out", NodeState.RUNNING, 299, 0, 99, 0, 0, LatencySummary.EMPTY),
                node("sink", NodeState.RUNNING, 0, 298, 0, 99, 1, new LatencySummary(298, 500, 900, 1204, 3000)),
                node("client", NodeState.RUNNING, 20, 20, 10, 10, 0, new LatencySummary(20, 50, 60, 70, 80)),
                node("server", NodeState.RUNNING, 20, 20, 10, 10, 0, LatencySummary.EMPTY)), List.of());

        assertEquals("  3.0 s  sent 320 (110/s)  received 318 (109/s)  lost 1  p99 1.20 ms  running",
                summary.format(run, "running"));
    }

    @Test
    void namesUnusualStatesWhileRunningButNotOnTheLastLineAndLeavesOutLatencyWithoutSamples() {
        RunSnapshot run = new RunSnapshot("t", 12_345, List.of(
                node("vent", NodeState.BLOCKED, 10, 0, 0, 0, 0, LatencySummary.EMPTY),
                node("w-in", NodeState.PAUSED, 0, 10, 0, 0, 0, LatencySummary.EMPTY),
                node("w-out", NodeState.BLOCKED, 0, 0, 0, 0, 0, LatencySummary.EMPTY),
                node("sink", NodeState.RUNNING, 0, 0, 0, 0, 0, LatencySummary.EMPTY),
                new NodeSnapshot("client", SocketType.REQ, NodeState.WAITING_FOR_REPLY, 1, 0, 0, 0, 0, 2, 0, 0,
                        LatencySummary.EMPTY, "gave up"),
                node("server", NodeState.DONE, 0, 0, 0, 0, 0, LatencySummary.EMPTY)), List.of());

        assertEquals(" 12.3 s  sent 11 (0/s)  received 0 (0/s)  lost 0  errors 2  1 waiting for reply  2 blocked"
                + "  1 paused  running", summary.format(run, "running"));
        assertEquals(" 12.3 s  sent 11 (0/s)  received 0 (0/s)  lost 0  errors 2  duration reached",
                summary.formatLast(run, "duration reached"));
    }

    @Test
    void latencyReadsInMillisecondsWithSensibleDecimals() {
        assertEquals("0.04 ms", RunSummaryLine.millis(41));
        assertEquals("1.20 ms", RunSummaryLine.millis(1204));
        assertEquals("35 ms", RunSummaryLine.millis(35_400));
    }

    private static NodeSnapshot node(String id, NodeState state, long sent, long received, double sentRate,
                                     double receivedRate, long lost, LatencySummary endToEnd) {
        SocketType socket = TOPOLOGY.node(id).orElseThrow().socket();
        return new NodeSnapshot(id, socket, state, sent, received, lost, 0, 0, 0, sentRate, receivedRate, endToEnd, null);
    }
}
