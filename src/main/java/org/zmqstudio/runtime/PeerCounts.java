package org.zmqstudio.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * How many peers are connected to each studio node that an external node connects to, from the
 * ZeroMQ monitor events of its bind (accepted, disconnected), counting every peer: the studio's own
 * and the outside processes. Written by each node's own thread, read by any.
 */
final class PeerCounts {

    private final RunPlan plan;
    private final AtomicIntegerArray connected;
    private final AtomicIntegerArray accepted;

    PeerCounts(RunPlan plan) {
        this.plan = plan;
        this.connected = new AtomicIntegerArray(plan.size());
        this.accepted = new AtomicIntegerArray(plan.size());
    }

    /** Whether the node's peers are watched for the whole run: it binds, and an external node connects to it. */
    boolean watched(int node) {
        return plan.externallyConnected(node);
    }

    /** What the node's monitor has seen so far (its own thread only). */
    void update(int node, SocketEvents events) {
        connected.set(node, events.inboundConnections());
        accepted.set(node, events.acceptedConnections());
    }

    /**
     * Per watched node id, in node order: {@code "1 peer connected (3 connections in all)"}.
     */
    Map<String, String> described() {
        Map<String, String> described = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            if (watched(i)) {
                int now = connected.get(i);
                int all = accepted.get(i);
                described.put(plan.node(i).id(), now + (now == 1 ? " peer" : " peers") + " connected ("
                        + all + (all == 1 ? " connection" : " connections") + " accepted in all)");
            }
        }
        return described;
    }
}
