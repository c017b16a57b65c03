package org.zmqstudio.ui.monitor;

/**
 * A message drawn on its way along a link.
 *
 * @param from     the node it left (the link's connect or bind side, whichever sent it)
 * @param to       the node it is heading for
 * @param topic    its pub-sub topic, or {@code null}; tokens are coloured by it
 * @param progress how far it has travelled, 0 (at {@code from}) to 1 (at {@code to})
 */
public record Token(long messageId, String linkId, String from, String to, String topic, double progress) {
}
