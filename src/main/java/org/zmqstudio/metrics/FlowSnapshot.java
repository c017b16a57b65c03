package org.zmqstudio.metrics;

/**
 * The traffic of one flow: messages that node {@code from} sent and node {@code to} received, in the
 * direction they travelled, whichever side binds. A request-reply link has two flows, one each way.
 * Where the flow's share of its sender is known ({@link FlowShare}), {@code sent = messages + lost +
 * filtered + inFlight}.
 *
 * @param linkId            the link the flow travels on
 * @param sent              messages the sender offered to this receiver, or {@code null} when its share
 *                          is not observable (a round-robin sender with several peers)
 * @param messages          messages received on this flow since the run started
 * @param bytes             their payload bytes (all frames, trace excluded)
 * @param lost              sequence gaps seen on this flow (silent drops), and once the run has
 *                          settled, what a finished publisher sent after the last message seen
 * @param filtered          messages the receiver's subscription refused (not a loss)
 * @param inFlight          messages offered and not yet received, lost or filtered (0 when
 *                          {@code sent} is unknown: the sender's node holds them)
 * @param messagesPerSecond rate over the reader's last interval, msgs/s
 * @param latency           hop latency (from's send to to's receive) over the whole run
 * @param recentLatency     hop latency over the last completed {@value RunMetrics#LATENCY_WINDOW_MILLIS} ms
 * @param activeMicros      time from the start gate to the last message this flow received, µs (to
 *                          within the engine's sampling, a few ms at steady rates); 0 before the first
 * @param steadyPerSecond   the flow's steady rate, msgs/s: the median of its rates over short intervals
 *                          (100 ms or more) in the second half of its active time, so that a cold
 *                          JVM's slow first seconds do not hide in one average; 0 without messages
 */
public record FlowSnapshot(String from, String to, String linkId, Long sent, long messages, long bytes, long lost,
                           long filtered, long inFlight, double messagesPerSecond, LatencySummary latency,
                           LatencySummary recentLatency, long activeMicros, double steadyPerSecond) {

    /** Without a history of the flow's rate (activeMicros and steadyPerSecond 0). */
    public FlowSnapshot(String from, String to, String linkId, Long sent, long messages, long bytes, long lost,
                        long filtered, long inFlight, double messagesPerSecond, LatencySummary latency,
                        LatencySummary recentLatency) {
        this(from, to, linkId, sent, messages, bytes, lost, filtered, inFlight, messagesPerSecond, latency,
                recentLatency, 0, 0);
    }

    /** {@link #activeMicros} in whole ms. */
    public long activeMillis() {
        return activeMicros / 1000;
    }

    /** Messages over the flow's active time (start gate to its last message), msgs/s; 0 without messages. */
    public double activePerSecond() {
        return activeMicros > 0 ? messages * 1e6 / activeMicros : 0;
    }

    /** The same numbers with the rate of a reader's interval. */
    FlowSnapshot withRate(double rate) {
        return new FlowSnapshot(from, to, linkId, sent, messages, bytes, lost, filtered, inFlight, rate, latency,
                recentLatency, activeMicros, steadyPerSecond);
    }
}
