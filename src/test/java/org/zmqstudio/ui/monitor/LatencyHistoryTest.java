package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.SocketType;

class LatencyHistoryTest {

    private static RunSnapshot at(long millis, double flowP50, double sinkP99) {
        LatencySummary flow = new LatencySummary(10, flowP50, flowP50 * 2, flowP50 * 3, flowP50 * 4);
        LatencySummary sink = new LatencySummary(10, sinkP99 / 2, sinkP99, sinkP99, sinkP99);
        return new RunSnapshot("t", millis,
                List.of(new NodeSnapshot("sink", SocketType.PULL, NodeState.RUNNING, 0, 10, 0, 0, 0, 0, 0, 10, sink, null),
                        new NodeSnapshot("idle", SocketType.PULL, NodeState.RUNNING, 0, 0, 0, 0, 0, 0, 0, 0, LatencySummary.EMPTY, null)),
                List.of(new FlowSnapshot("vent", "sink", "sink->vent", null, 10, 640, 0, 0, 0, 10, flow, flow)));
    }

    @Test
    void recordsEachFlowAndNodeAndForgetsWhatIsOlderThanAMinute() {
        LatencyHistory history = new LatencyHistory();
        history.record(at(1_000, 40, 100));
        history.record(at(30_000, 50, 110));
        history.record(at(70_000, 60, 120));

        List<LatencyPoint> flow = history.points(LatencyHistory.flowKey("vent", "sink"));
        assertEquals(List.of(new LatencyPoint(30_000, 50, 150), new LatencyPoint(70_000, 60, 180)), flow);
        assertEquals(2, history.points("sink").size());
        assertEquals(110, history.points("sink").get(0).p99Micros());
        assertEquals(List.of(), history.points("idle"), "no samples, no points");
    }
}
