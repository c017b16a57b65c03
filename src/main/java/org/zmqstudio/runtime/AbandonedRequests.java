package org.zmqstudio.runtime;

import org.zmqstudio.metrics.FlowCounters;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;

/**
 * Counts the request attempts a Lazy Pirate client gives up (it resends on a fresh socket, or stops
 * trying) as lost at the client: the round trip will never complete there, as the socket a late
 * reply would reach is closed. When the client has one peer, the loss is counted on the flow that
 * lost the message too, so that it is not left in flight for ever. Client's thread only.
 */
final class AbandonedRequests {

    private final RunContext run;
    private final int client;
    private final NodeCounters counters;
    /** The client's one peer, or -1 with several (which one would answer is ZeroMQ's). */
    private final int peer;

    AbandonedRequests(RunContext run, int client) {
        this.run = run;
        this.client = client;
        this.counters = run.metrics.node(client);
        var links = run.plan.topology().linksOf(run.plan.node(client).id());
        this.peer = links.size() == 1 ? run.plan.index(links.get(0).otherEnd(run.plan.node(client).id())) : -1;
    }

    /**
     * One attempt given up: its request or its reply is lost. A killed peer never gets the request (its
     * queue went with its socket), and a paused one has not taken it, so the request flow carries the
     * loss; a busy one answers in the end, to a socket now closed, so the reply flow does. (A paused
     * peer resumed later still answers: that reply then stays in flight.) The client is the one writer of both flows'
     * lost counts: the peer counts messages on the request flow, but no gaps (only subscribers do).
     */
    void abandoned() {
        counters.addLost(1);
        if (peer >= 0) {
            NodeState peerState = run.metrics.node(peer).state();
            boolean requestLost = peerState == NodeState.DEAD || peerState == NodeState.PAUSED;
            FlowCounters flow = requestLost ? run.metrics.flow(client, peer, run.plan.linkId(client, peer))
                    : run.metrics.flow(peer, client, run.plan.linkId(peer, client));
            flow.addLost(1);
        }
    }
}
