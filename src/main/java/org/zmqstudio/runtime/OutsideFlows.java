package org.zmqstudio.runtime;

import java.util.List;
import org.zmqstudio.metrics.FlowCounters;

/**
 * The flows from one studio node to the external nodes that get every message it sends
 * ({@link RunPlan#outsideReceivers}). No receiver in the run can count what a process outside takes,
 * so these flows count each message as it is handed to ZeroMQ, after the node's sent count: their
 * accounting closes at once ({@code sent = messages}), and nothing stays in flight towards the
 * outside. One thread only.
 */
final class OutsideFlows {

    private final FlowCounters[] flows;
    private long messages;
    private long bytes;

    OutsideFlows(RunContext run, int node) {
        List<Integer> receivers = run.plan.outsideReceivers(node);
        flows = new FlowCounters[receivers.size()];
        for (int i = 0; i < flows.length; i++) {
            int to = receivers.get(i);
            flows[i] = run.metrics.flow(node, to, run.plan.linkId(node, to));
        }
    }

    /** Whether the node has such flows at all. */
    boolean any() {
        return flows.length > 0;
    }

    /** One message went out: held until {@link #publish}, called once the node's sent count has it. */
    void add(Frames frames) {
        if (flows.length > 0) {
            messages++;
            bytes += frames.bytes();
        }
    }

    /** Counts the messages {@link #add}ed since the last call on every flow. */
    void publish() {
        if (messages > 0) {
            for (FlowCounters flow : flows) {
                flow.received(messages, bytes);
            }
            messages = 0;
            bytes = 0;
        }
    }

    /** {@link #add} then {@link #publish}: one message sent and counted. */
    void handed(Frames frames) {
        add(frames);
        publish();
    }
}
