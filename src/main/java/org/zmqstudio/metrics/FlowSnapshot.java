package org.zmqstudio.metrics;

/**
 * The traffic of one flow: messages that node {@code from} sent and node {@code to} received, in the
 * direction they travelled, whichever side binds. A request-reply link has two flows, one each way.
 *
 * @param linkId            the link the flow travels on
 * @param messages          messages received on this flow since the run started
 * @param bytes             their payload bytes (all frames, trace excluded)
 * @param lost              sequence gaps seen on this flow (silent drops)
 * @param messagesPerSecond rate over the last snapshot interval, msgs/s
 * @param latency           hop latency (from's send to to's receive) over the whole run
 * @param recentLatency     hop latency over the last snapshot interval only
 */
public record FlowSnapshot(String from, String to, String linkId, long messages, long bytes, long lost,
                           double messagesPerSecond, LatencySummary latency, LatencySummary recentLatency) {
}
