package org.zmqstudio.runtime;

import java.util.Arrays;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.SocketType;

/**
 * Sends a received message on another socket, as relays, proxies and replies do: marks the sender as
 * the last hop in the trace and keeps trying while the message cannot go out (BLOCKED). A ROUTER
 * never waits, as in ZeroMQ: a message for a peer that is gone or full is dropped, and counted lost
 * (ROUTER_MANDATORY makes the drop visible instead of silent). Towards the outside the trace goes:
 * a socket that sends clean ({@link RunPlan#sendsClean}) sends the message without it; a message that
 * came in untraced gets a fresh, stamped trace from the receiving node on, so that it is traced from
 * the first studio node onward.
 */
final class Forwarder {

    private final RunContext run;
    private final RunPlan plan;
    private final UnitSockets sockets;
    private final SharedHopFrames sharedHopFrames;
    /** Per sending node, its flows to the outside, made on first use. */
    private final OutsideFlows[] outside;
    /** Sequence of the traces this forwarder originates for messages that came in untraced. */
    private long originated;

    Forwarder(RunContext run, UnitSockets sockets) {
        this.run = run;
        this.plan = run.plan;
        this.sockets = sockets;
        this.sharedHopFrames = new SharedHopFrames(plan.size());
        this.outside = new OutsideFlows[plan.size()];
    }

    /**
     * Forwards the message in {@code inbound} on node {@code to}'s socket.
     *
     * @return false when the run stopped or the node was killed before the message went out (a
     *     paused node keeps trying: pausing stops its receiving, not a send under way)
     */
    boolean forward(Inbound inbound, int to, NodeCounters counters) {
        Frames frames = inbound.frames;
        Trace trace = inbound.trace;
        if (plan.sendsClean(to)) {
            if (trace.length > 0) {
                frames.setLast(Arrays.copyOf(frames.last(), frames.last().length - trace.length));
            }
        } else if (trace.length == 0) {
            byte[] traced = Arrays.copyOf(frames.last(), frames.last().length + TraceCodec.STAMPED_LENGTH);
            long now = System.nanoTime();
            TraceCodec.write(traced, inbound.node(), to, 0, originated++, true, now, now);
            frames.setLast(traced);
        } else if (trace.shared) {
            frames.setLast(sharedHopFrames.withHop(frames.last(), inbound.trace, to));
        } else {
            if (inbound.shared()) {
                frames.setLast(frames.last().clone());
            }
            TraceCodec.updateHop(frames.last(), inbound.trace, to, inbound.trace.stamped ? System.nanoTime() : 0);
        }
        return sendWhole(frames, to, counters);
    }

    /** Sends the frames as they are, retrying while blocked; true once sent or dropped as unroutable. */
    boolean sendWhole(Frames frames, int to, NodeCounters counters) {
        while (true) {
            ZMQ.Socket socket = sockets.socket(to);
            try {
                if (frames.send(socket)) {
                    counters.addSent(1);
                    outside(to).handed(frames);
                    counters.state(NodeState.RUNNING);
                    return true;
                }
            } catch (ZMQException e) {
                if (e.getErrorCode() != ZMQ.Error.EHOSTUNREACH.getCode()) {
                    throw e;
                }
                return dropped(counters, "a message for a peer that is gone could not be routed");
            }
            if (plan.node(to).socket() == SocketType.ROUTER) {
                return dropped(counters, "a message for a peer that takes no more (gone, or at its high-water mark) was dropped");
            }
            counters.state(NodeState.BLOCKED);
            if (sockets.interrupted()) {
                return false;
            }
        }
    }

    private OutsideFlows outside(int node) {
        OutsideFlows flows = outside[node];
        if (flows == null) {
            flows = new OutsideFlows(run, node);
            outside[node] = flows;
        }
        return flows;
    }

    private static boolean dropped(NodeCounters counters, String why) {
        counters.addLost(1);
        counters.note(why);
        return true;
    }
}
