package org.zmqstudio.metrics;

/**
 * Messages of one cause at one place of a run: the flow {@code from → to}, or a node alone
 * ({@code to} is {@code null}: what a ROUTER could not route, or what a round-robin sender has in
 * flight towards peers it cannot tell apart).
 *
 * @param from   the sending node's id (for a node-only row, that node)
 * @param to     the receiving node's id, or {@code null} for a node-only row
 * @param linkId the link of the flow, or {@code null} for a node-only row
 * @param at     the node whose counter holds the count: its {@code lost} for a loss, its
 *               {@code filtered} (the receiver), or its {@code inFlight} (the sender)
 * @param count  how many messages, at least 1
 */
public record LossRow(LossCause cause, String from, String to, String linkId, String at, long count) {

    /** The same row with another count (the part of it that is new since an earlier reading). */
    public LossRow withCount(long value) {
        return new LossRow(cause, from, to, linkId, at, value);
    }

    /** Where: {@code from → to}, or the node. */
    public String place() {
        return to == null ? from : from + " → " + to;
    }

    /** One line: {@code late-sub publisher → late: 51 lost — published before …; start the subscriber first …}. */
    public String line() {
        return cause.code() + " " + place() + ": " + count + " " + cause.countWord() + " — " + cause.why() + "; "
                + cause.fix();
    }
}
