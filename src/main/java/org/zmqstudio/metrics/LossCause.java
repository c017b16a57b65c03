package org.zmqstudio.metrics;

/**
 * Why messages did not arrive where the pattern would send them, in the words a learner reads in the
 * Messages list and {@code run --explain} prints: a short code, what happened and what a developer
 * would change. {@link #FILTERED} and {@link #IN_FLIGHT} are not losses in ZeroMQ's terms and are
 * counted apart (the report's {@code filtered} and {@code inFlightAtStop}).
 */
public enum LossCause {
    LATE_SUBSCRIBER("late-sub", true,
            "published before the subscription arrived (slow joiner)",
            "start the subscriber first or wait for it (zguide ch. 2, Node Coordination)"),
    HIGH_WATER_MARK("hwm", true,
            "dropped by the publisher while this subscriber's queue was full (high-water mark)",
            "raise SNDHWM/RCVHWM, make the subscriber faster, or use credit-based flow control"),
    UNROUTABLE("unroutable", true,
            "the ROUTER could not route it: no connected peer has that identity, or that peer took no more",
            "address a connected peer's identity; set ROUTER_MANDATORY to get an error instead of a silent drop"),
    REQUEST_TIMED_OUT("timed-out", true,
            "no reply within the timeout: the client gave the request up and closed its socket, so a late reply is dropped (Lazy Pirate)",
            "give the server more time (timeoutMillis), answer faster, or add servers"),
    KILLED_PEER("killed", false,
            "queued to a peer that was killed: ZeroMQ discards a closed socket's queue",
            "restart the peer; resend what matters at the application level (Lazy Pirate, zguide ch. 4)"),
    FILTERED("filtered", false,
            "filtered out: no subscription of the receiver matches the topic (not a loss)",
            "subscribe to the topic to receive it"),
    IN_FLIGHT("in-flight", false,
            "still queued or on the wire when the run stopped",
            "let the run drain before stopping, or give the receiver more time");

    private final String code;
    private final boolean lost;
    private final String why;
    private final String fix;

    LossCause(String code, boolean lost, String why, String fix) {
        this.code = code;
        this.lost = lost;
        this.why = why;
        this.fix = fix;
    }

    /** A short name for the command line, e.g. {@code late-sub}. */
    public String code() {
        return code;
    }

    /** Whether the messages count as lost (the report's {@code lost}); else filtered or in flight. */
    public boolean isLoss() {
        return lost;
    }

    /** What happened to the messages, one clause without a full stop. */
    public String why() {
        return why;
    }

    /** What a developer would change, one clause without a full stop. */
    public String fix() {
        return fix;
    }

    /** The word for the count: {@code lost}, {@code filtered} or {@code in flight}. */
    public String countWord() {
        return switch (this) {
            case FILTERED -> "filtered";
            case IN_FLIGHT, KILLED_PEER -> "in flight";
            default -> "lost";
        };
    }
}
