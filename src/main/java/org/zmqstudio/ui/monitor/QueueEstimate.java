package org.zmqstudio.ui.monitor;

import java.util.List;
import java.util.Optional;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.PatternFamily;
import org.zmqstudio.model.Topology;

/**
 * How full the queues of a flow are, as a fraction of its high-water marks. ZeroMQ does not expose
 * queue depths, so this is an estimate: what the sender sent and no receiver has received (nor
 * lost) yet, shared evenly over the sender's flows, against the sender's send HWM plus the
 * receiver's receive HWM. Publishers are left out: a PUB never queues for long, it drops, and its
 * drop counter says so.
 */
final class QueueEstimate {

    private QueueEstimate() {
    }

    /** The fill of the flow's queues, 0 to 1, or empty when it cannot be estimated. */
    static Optional<Double> fill(Topology topology, RunSnapshot snapshot, FlowSnapshot flow) {
        Optional<Node> sender = topology.node(flow.from());
        Optional<Node> receiver = topology.node(flow.to());
        Optional<NodeSnapshot> sent = snapshot.node(flow.from());
        if (sender.isEmpty() || receiver.isEmpty() || sent.isEmpty() || !sender.get().socket().sends()
                || sender.get().socket().family() == PatternFamily.PUBLISH_SUBSCRIBE) {
            return Optional.empty();
        }
        List<FlowSnapshot> out = snapshot.flows().stream().filter(f -> f.from().equals(flow.from())).toList();
        long arrived = out.stream().mapToLong(f -> f.messages() + f.lost()).sum();
        double inFlight = Math.max(0, sent.get().sent() - arrived) / (double) out.size();
        int capacity = sender.get().options().effectiveSndhwm() + receiver.get().options().effectiveRcvhwm();
        return Optional.of(Math.min(1.0, inFlight / capacity));
    }
}
