package org.zmqstudio.metrics;

/**
 * A consumer that should receive every message a publisher sends on a topic: once the publisher is
 * done and the run has drained, what the consumer never saw at the tail counts as lost.
 *
 * @param consumer node index of the consumer
 * @param origin   node index of the publisher
 * @param topic    index of the topic in the publisher's list (0 when it has none)
 */
public record ExpectedStream(int consumer, int origin, int topic) {
}
