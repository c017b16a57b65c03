package org.zmqstudio.runtime;

import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.SocketType;

/**
 * Sends a received message on another socket, as relays, proxies and replies do: marks the sender as
 * the last hop in the trace and keeps trying while the message cannot go out (BLOCKED). A ROUTER
 * never waits, as in ZeroMQ: a message for a peer that is gone or full is dropped, and counted lost
 * (ROUTER_MANDATORY makes the drop visible instead of silent).
 */
final class Forwarder {

    private final RunPlan plan;
    private final UnitSockets sockets;
    private final SharedHopFrames sharedHopFrames;

    Forwarder(RunPlan plan, UnitSockets sockets) {
        this.plan = plan;
        this.sockets = sockets;
        this.sharedHopFrames = new SharedHopFrames(plan.size());
    }

    /**
     * Forwards the message in {@code inbound} on node {@code to}'s socket.
     *
     * @return false when the run stopped or the node was killed before the message went out (a
     *     paused node keeps trying: pausing stops its receiving, not a send under way)
     */
    boolean forward(Inbound inbound, int to, NodeCounters counters) {
        Frames frames = inbound.frames;
        if (inbound.trace.shared) {
            frames.setLast(sharedHopFrames.withHop(frames.last(), inbound.trace, to));
        } else if (inbound.trace.length > 0) {
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

    private static boolean dropped(NodeCounters counters, String why) {
        counters.addLost(1);
        counters.note(why);
        return true;
    }
}
