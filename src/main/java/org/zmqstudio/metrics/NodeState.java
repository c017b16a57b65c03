package org.zmqstudio.metrics;

/** What a node's thread is doing right now, as the monitor badges and the CLI summary show it. */
public enum NodeState {
    /** Not yet created: before the start gate opens, or during {@code startAfterMillis}. */
    STARTING("starting"),
    RUNNING("running"),
    /** A REQ (or request-behaviour DEALER) has sent and waits for its reply: the REQ lock-step. */
    WAITING_FOR_REPLY("waiting for reply"),
    /**
     * A sender held at the step gate: in step mode it waits for the user's next step to let its next
     * message out (it still polls, so stop and the user's controls reach it).
     */
    HELD("waiting for step"),
    /** A send cannot go out: every peer is at its high-water mark, or none is connected (PUSH, DEALER, REQ). */
    BLOCKED("blocked"),
    /** Paused by the user: it stops receiving, so its queues fill up to the high-water mark. */
    PAUSED("paused"),
    /** Killed by the user: its socket is closed until it is restarted. */
    DEAD("killed"),
    /** A bounded sender that has sent everything it had to, or a requester that gave up. */
    DONE("done"),
    /** Its socket failed (for example a port in use); see {@link NodeSnapshot#lastError()}. */
    FAILED("failed"),
    /** An external node: a process outside the studio owns the socket, which the studio never opens. */
    EXTERNAL("external");

    private final String label;

    NodeState(String label) {
        this.label = label;
    }

    /** A few plain words for a badge. */
    public String label() {
        return label;
    }
}
