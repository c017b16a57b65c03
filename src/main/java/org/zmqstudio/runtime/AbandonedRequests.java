package org.zmqstudio.runtime;

import org.zmqstudio.metrics.FlowCounters;
import org.zmqstudio.metrics.NodeCounters;

/**
 * Counts the request attempts a Lazy Pirate client gives up (it resends on a fresh socket, or stops
 * trying) as lost at the client: the round trip will never complete there, as the socket a late
 * reply would reach is closed. When the client has one peer, the loss is counted on the flow of its
 * replies too, so that the peer's reply, when it is sent, is not left in flight for ever. Client's
 * thread only.
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

    /** One attempt given up: its request or its reply is lost. */
    void abandoned() {
        counters.addLost(1);
        if (peer >= 0) {
            FlowCounters replies = run.metrics.flow(peer, client, run.plan.linkId(peer, client));
            replies.addLost(1);
        }
    }
}
