package org.zmqstudio.metrics;

import org.zmqstudio.model.SocketType;

/**
 * One node's numbers at one moment (DESIGN.md §6: a relay counts what its receiving socket received
 * and what its sending socket sent; a {@code request} node counts requests as sent, replies as received).
 *
 * @param sent              messages sent since the run started
 * @param received          messages received since the run started
 * @param lost              messages ZeroMQ dropped silently on their way to this node (sequence gaps),
 *                          or, for a ROUTER, messages it could not route
 * @param errors            failed operations (a send refused, a request given up, a socket error)
 * @param sentPerSecond     send rate over the last snapshot interval, msgs/s
 * @param receivedPerSecond receive rate over the last snapshot interval, msgs/s
 * @param endToEnd          latency from the origin's send to this node's receive, for messages this
 *                          node consumed, over the whole run; {@link LatencySummary#EMPTY} when none
 * @param lastError         the last error in one plain sentence, or {@code null}
 */
public record NodeSnapshot(String nodeId, SocketType socket, NodeState state, long sent, long received, long lost,
                           long errors, double sentPerSecond, double receivedPerSecond, LatencySummary endToEnd,
                           String lastError) {
}
