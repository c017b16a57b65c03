package org.zmqstudio.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every stable problem code the project reports, with its severity and what it means. The code
 * string ({@link #code()}) is what {@code validate} prints and scripts match: errors start with
 * {@code E_}, warnings with {@code W_}. {@link #E_FILE} and {@link #E_SYNTAX} are about a file that
 * cannot be read at all; every other code is a {@link Validator} finding.
 *
 * <p>Range checks use two codes: {@link #E_BEHAVIOR_FIELD} for the fields of a behaviour and
 * {@link #E_OPTION_RANGE} for the socket options and the start delay; both name the field and its
 * allowed range ({@link Limits}).
 */
public enum ProblemCode {
    E_FILE(Severity.ERROR, "the file as a whole cannot be read (missing, empty, too large, not a plain file, "
            + "nested too deep, a newer format version)"),
    E_SYNTAX(Severity.ERROR, "the JSON at a line and column cannot be read"),
    E_ID_MALFORMED(Severity.ERROR, "a node or link id has characters or a length that are not allowed"),
    E_ID_DUPLICATE(Severity.ERROR, "several nodes, or several links, have one id"),
    E_LABEL(Severity.ERROR, "a label is too long or holds control characters"),
    E_LINK_MISSING_NODE(Severity.ERROR, "a link names a node that does not exist"),
    E_LINK_SELF(Severity.ERROR, "a link joins a node to itself"),
    E_LINK_DUPLICATE(Severity.ERROR, "two links join the same two nodes"),
    E_PAIR_TYPES(Severity.ERROR, "the two socket types of a link cannot talk to each other (ZMTP rules)"),
    E_PAIR_PEERS(Severity.ERROR, "a PAIR socket is linked to more than one peer"),
    E_ENDPOINT_INVALID(Severity.ERROR, "an endpoint is malformed"),
    E_ENDPOINT_NETWORK(Severity.ERROR, "an endpoint can be reached from other machines and the network is not allowed"),
    E_ENDPOINT_DUPLICATE(Severity.ERROR, "two sockets bind one endpoint, or one loopback port (ipc included)"),
    E_BEHAVIOR_SOCKET(Severity.ERROR, "a behaviour the socket type cannot perform"),
    E_BEHAVIOR_FIELD(Severity.ERROR, "a field of a behaviour is missing, out of its range or wrong for the socket"),
    E_TARGET_MISSING(Severity.ERROR, "a relay or proxy names no existing target node"),
    E_TARGET_SELF(Severity.ERROR, "a relay or proxy names its own node as target"),
    E_TARGET_DRIVEN(Severity.ERROR, "the target of a relay or proxy is already driven by something else"),
    E_TARGET_CANNOT_SEND(Severity.ERROR, "a relay or proxy target cannot carry the messages"),
    E_OPTION_RANGE(Severity.ERROR, "a socket option or the start delay is out of its range"),
    E_POSITION(Severity.ERROR, "a node's x or y is not a finite number within the canvas"),
    E_EXTERNAL_INPROC(Severity.ERROR, "an external node would bind or connect over inproc, which no other process can reach"),
    E_EXTERNAL_ANY_PORT(Severity.ERROR, "an external node, or a node it connects to, binds a tcp port of *, which the other process cannot know"),
    E_EXTERNAL_NO_ENDPOINT(Severity.ERROR, "an external node binds but names no tcp or ipc endpoint where its process binds"),
    E_TOUR_ID(Severity.ERROR, "a tour step focuses on, kills or restarts an element that does not exist"),
    E_TOUR_TEXT(Severity.ERROR, "a tour step says nothing, says too much, or holds control characters"),
    W_UNREACHABLE(Severity.WARNING, "a node no socket can ever reach"),
    W_NO_RECEIVER(Severity.WARNING, "a node sends but nothing linked to it reads"),
    W_NO_UPSTREAM(Severity.WARNING, "a node waits for messages but nothing linked to it sends"),
    W_SUB_NO_SUBSCRIPTION(Severity.WARNING, "a SUB subscribes to nothing"),
    W_REQ_SEVERAL_REPS(Severity.WARNING, "a REQ is linked to several repliers, which answer one at a time"),
    W_SLOW_JOINER(Severity.WARNING, "a subscriber starts after its publisher and misses messages (slow joiner)");

    private final Severity severity;
    private final String description;

    ProblemCode(Severity severity, String description) {
        this.severity = severity;
        this.description = description;
    }

    /** The stable code as printed, e.g. {@code "E_PAIR_TYPES"}. */
    public String code() {
        return name();
    }

    public Severity severity() {
        return severity;
    }

    /** What the code means, in a few words. */
    public String description() {
        return description;
    }

    /** The code with this string, if it is one of ours. */
    public static Optional<ProblemCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
