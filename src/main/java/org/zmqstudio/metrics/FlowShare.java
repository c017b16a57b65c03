package org.zmqstudio.metrics;

import java.util.List;

/**
 * A flow on which the receiver is offered every message its sender sends, so that the flow's own
 * accounting can be closed: {@code sent = messages + lost + filtered + inFlight}. That holds when the
 * sender has this one receiver, or broadcasts (PUB, XPUB) to all its subscribers. A round-robin
 * sender's split between its peers is ZeroMQ's and not observable: it has no share, and its
 * accounting closes at the node.
 *
 * @param from           the sending node's index
 * @param to             the receiving node's index
 * @param linkId         the link the flow travels on
 * @param filteredTopics the topic slots of the sender ({@link PublishedCounts}) that the receiver's
 *                       subscription refuses; empty when it takes every message
 */
public record FlowShare(int from, int to, String linkId, List<Integer> filteredTopics) {

    public FlowShare {
        filteredTopics = List.copyOf(filteredTopics);
    }
}
