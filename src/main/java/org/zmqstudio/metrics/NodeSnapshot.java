package org.zmqstudio.metrics;

import org.zmqstudio.model.SocketType;

/**
 * One node's numbers at one moment (DESIGN.md §6: a relay counts what its receiving socket received
 * and what its sending socket sent; a {@code request} node counts requests as sent, replies as received).
 * <p>
 * The accounting closes at the sender: for a sender that is not a broadcaster, {@code sent} = the
 * {@code messages + lost + filtered} of its outgoing flows + {@code inFlight}; a broadcaster (PUB,
 * XPUB) offers every message to every subscriber, so its accounting closes per flow and its
 * {@code inFlight} is the sum of its flows'.
 *
 * @param sent              messages sent since the run started
 * @param received          messages received since the run started
 * @param lost              messages ZeroMQ dropped silently on their way to this node (sequence gaps),
 *                          or, for a ROUTER, messages it could not route (not counted as sent)
 * @param filtered          messages offered to this node that its subscription refused (a SUB's
 *                          topic filter): not a loss
 * @param inFlight          messages this node sent that no receiver has yet (queued, on the wire, or
 *                          dropped with a socket closed under them); at the end of a run, in flight at stop
 * @param errors            failed operations (a send refused, a request given up, a socket error)
 * @param sentPerSecond     send rate over the reader's last interval, msgs/s
 * @param receivedPerSecond receive rate over the reader's last interval, msgs/s
 * @param endToEnd          latency from the origin's send to this node's receive, for messages this
 *                          node consumed, over the whole run; {@link LatencySummary#EMPTY} when none
 * @param lastError         the last error in one plain sentence, or {@code null}
 */
public record NodeSnapshot(String nodeId, SocketType socket, NodeState state, long sent, long received, long lost,
                           long filtered, long inFlight, long errors, double sentPerSecond, double receivedPerSecond,
                           LatencySummary endToEnd, String lastError) {

    /** The same numbers with the rates of a reader's interval. */
    NodeSnapshot withRates(double sentRate, double receivedRate) {
        return new NodeSnapshot(nodeId, socket, state, sent, received, lost, filtered, inFlight, errors, sentRate,
                receivedRate, endToEnd, lastError);
    }
}
