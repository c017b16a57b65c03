package org.zmqstudio.metrics;

import java.util.List;

/**
 * One sampled message hop, for the monitor to animate, list and open; or, with {@code loss} set,
 * messages that did not arrive on that hop, for the list. Sampled: not every message has one.
 *
 * @param messageId     the id the trace gave the message at its origin (unique in a run; -1 for a loss)
 * @param origin        the node that first sent the message
 * @param from          the node that sent this hop
 * @param to            the node that received this hop (for a loss, the node it should have reached,
 *                      or the sender itself when that is not known)
 * @param linkId        the link the hop travelled on, or {@code null}
 * @param sentNanos     {@link System#nanoTime()} at {@code from}'s send (for a loss, when it was noticed)
 * @param receivedNanos {@link System#nanoTime()} at {@code to}'s receive (for a loss, when it was noticed)
 * @param topic         the topic for pub-sub messages, else {@code null}
 * @param preview       the start of the payload as text, at most 64 characters
 * @param frames        frames in the message as the behaviour sees it (envelope excluded)
 * @param envelope      the routing envelope frames as printable text (ROUTER identities), often empty
 * @param envelopeFrames how many frames went before the payload: identities and the empty delimiter
 * @param parts         the message's frames as they arrived, envelope and delimiter included, trace
 *                      excluded, each cut to its first bytes ({@link FrameCopy}); at most
 *                      {@link FrameCopy#MAX_FRAMES}; empty when not kept
 * @param loss          for a loss entry, how many messages of which cause; {@code null} for a hop
 */
public record MessageEvent(long messageId, String origin, String from, String to, String linkId, long sentNanos,
                           long receivedNanos, String topic, String preview, int frames, List<String> envelope,
                           int envelopeFrames, List<FrameCopy> parts, LossRow loss) {

    public MessageEvent {
        envelope = List.copyOf(envelope);
        parts = List.copyOf(parts);
    }

    /** A hop whose frames were not kept. */
    public MessageEvent(long messageId, String origin, String from, String to, String linkId, long sentNanos,
                        long receivedNanos, String topic, String preview, int frames, List<String> envelope) {
        this(messageId, origin, from, to, linkId, sentNanos, receivedNanos, topic, preview, frames, envelope,
                envelope.size(), List.of(), null);
    }

    /** An entry for {@code row}'s messages, newly lost (or filtered) on its place, noticed at {@code nanos}. */
    public static MessageEvent ofLoss(LossRow row, long nanos) {
        String to = row.to() == null ? row.from() : row.to();
        return new MessageEvent(-1, row.from(), row.from(), to, row.linkId(), nanos, nanos, null, "", 0, List.of(),
                0, List.of(), row);
    }

    /** Whether this entry stands for messages that did not arrive rather than for one that did. */
    public boolean isLoss() {
        return loss != null;
    }
}
