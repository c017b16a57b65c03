package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.SocketType;

class RunReportTest {

    private static final LatencySummary SINK_LATENCY = new LatencySummary(100, 41.04, 60, 95.26, 130);

    @Test
    void theReportHasTheFieldsOfDesignSixInTopologyOrderWithPercentilesOnlyWhereSampledAndSentOnlyWhereKnown() {
        // The first flow's last message came 500 ms after the gate: 100 in 0.5 s is 200/s over its
        // active time, and its second half ran at 250/s.
        RunSnapshot run = new RunSnapshot("Parallel pipeline", 812, List.of(
                node("ventilator", SocketType.PUSH, 100, 0, LatencySummary.EMPTY),
                node("sink", SocketType.PULL, 0, 100, SINK_LATENCY),
                node("alpha", SocketType.PULL, 0, 0, LatencySummary.EMPTY)),
                List.of(new FlowSnapshot("ventilator", "sink", "sink->ventilator", 103L, 100, 6400, 2, 0, 1, 0,
                                new LatencySummary(100, 12, 20, 40, 88), LatencySummary.EMPTY, 500_400, 250.4),
                        new FlowSnapshot("sink", "alpha", "alpha->sink", null, 1, 64, 0, 0, 0, 0,
                                LatencySummary.EMPTY, LatencySummary.EMPTY)));

        assertEquals("""
                {
                  "topology": "Parallel pipeline",
                  "elapsedMillis": 812,
                  "activeMillis": 500,
                  "nodes": {
                    "ventilator": {
                      "socket": "PUSH",
                      "sent": 100,
                      "received": 0,
                      "lost": 0,
                      "filtered": 0,
                      "inFlightAtStop": 0,
                      "errors": 0
                    },
                    "sink": {
                      "socket": "PULL",
                      "sent": 0,
                      "received": 100,
                      "lost": 0,
                      "filtered": 0,
                      "inFlightAtStop": 0,
                      "errors": 0,
                      "endToEndMicros": {
                        "p50": 41.0,
                        "p90": 60.0,
                        "p99": 95.3,
                        "max": 130.0
                      }
                    },
                    "alpha": {
                      "socket": "PULL",
                      "sent": 0,
                      "received": 0,
                      "lost": 0,
                      "filtered": 0,
                      "inFlightAtStop": 0,
                      "errors": 0
                    }
                  },
                  "flows": [
                    {
                      "from": "ventilator",
                      "to": "sink",
                      "sent": 103,
                      "messages": 100,
                      "bytes": 6400,
                      "lost": 2,
                      "filtered": 0,
                      "inFlightAtStop": 1,
                      "activeMillis": 500,
                      "messagesPerSecond": 200,
                      "steadyMessagesPerSecond": 250,
                      "latencyMicros": {
                        "p50": 12.0,
                        "p90": 20.0,
                        "p99": 40.0,
                        "max": 88.0
                      }
                    },
                    {
                      "from": "sink",
                      "to": "alpha",
                      "messages": 1,
                      "bytes": 64,
                      "lost": 0,
                      "filtered": 0,
                      "inFlightAtStop": 0,
                      "activeMillis": 0,
                      "messagesPerSecond": 0,
                      "steadyMessagesPerSecond": 0
                    }
                  ]
                }
                """, RunReport.toJson(run));
    }

    @Test
    void aRunWithoutNodesOrFlowsGivesEmptyObjectsNotNulls() {
        assertEquals("""
                {
                  "topology": "",
                  "elapsedMillis": 0,
                  "activeMillis": 0,
                  "nodes": {},
                  "flows": []
                }
                """, RunReport.toJson(new RunSnapshot("", 0, List.of(), List.of())));
    }

    private static NodeSnapshot node(String id, SocketType socket, long sent, long received, LatencySummary endToEnd) {
        return new NodeSnapshot(id, socket, NodeState.DONE, sent, received, 0, 0, 0, 0, 0, 0, endToEnd, null);
    }
}
