package org.zmqstudio.metrics;

import java.util.List;

/**
 * One sampled message hop, for the monitor to animate and list. Sampled: not every message has one.
 *
 * @param messageId     the id the trace gave the message at its origin (unique in a run)
 * @param origin        the node that first sent the message
 * @param from          the node that sent this hop
 * @param to            the node that received this hop
 * @param linkId        the link the hop travelled on
 * @param sentNanos     {@link System#nanoTime()} at {@code from}'s send
 * @param receivedNanos {@link System#nanoTime()} at {@code to}'s receive
 * @param topic         the topic for pub-sub messages, else {@code null}
 * @param preview       the start of the payload as text, at most 64 characters
 * @param frames        frames in the message as the behaviour sees it (envelope excluded)
 * @param envelope      the routing envelope frames as printable text (ROUTER identities), often empty
 */
public record MessageEvent(long messageId, String origin, String from, String to, String linkId, long sentNanos,
                           long receivedNanos, String topic, String preview, int frames, List<String> envelope) {

    public MessageEvent {
        envelope = List.copyOf(envelope);
    }
}
