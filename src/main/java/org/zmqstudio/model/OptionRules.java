package org.zmqstudio.model;

import java.nio.charset.StandardCharsets;

/**
 * A node's own numbers: socket options and the start delay are within the ranges ZeroMQ and the
 * engine accept (DESIGN.md §2, {@link Limits}), each value out of range an {@code E_OPTION_RANGE};
 * its position is finite and on the canvas ({@code E_POSITION}), so that it can be drawn and saved.
 */
final class OptionRules {

    private OptionRules() {
    }

    static void check(Topology topology, Findings findings) {
        for (Node node : topology.nodes()) {
            SocketOptions options = node.options();
            hwm("sndhwm", options.sndhwm(), node, findings);
            hwm("rcvhwm", options.rcvhwm(), node, findings);
            if (options.linger() != null && (options.linger() < -1 || options.linger() > Limits.MAX_MILLIS)) {
                outOfRange(node, "linger is " + options.linger() + " but must be -1 (wait forever), 0 (drop at once) "
                        + "or a number of ms up to " + Limits.MAX_MILLIS + " (one day)", findings);
            }
            if (options.maxMsgSize() != null
                    && (options.maxMsgSize() < -1 || options.maxMsgSize() > Limits.MAX_MSG_SIZE_OPTION)) {
                outOfRange(node, "maxMsgSize is " + options.maxMsgSize() + " but must be -1 (no limit) or a number "
                        + "of bytes up to " + Limits.MAX_MSG_SIZE_OPTION + " (JeroMQ's largest frame)", findings);
            }
            String identity = options.identity();
            if (identity != null && (identity.isEmpty() || !Wording.isPrintable(identity)
                    || identity.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_IDENTITY_BYTES)) {
                outOfRange(node, "identity " + Wording.quote(identity) + " must be 1–" + Limits.MAX_IDENTITY_BYTES
                        + " bytes of printable text", findings);
            }
            if (!(Math.abs(node.x()) <= Limits.MAX_COORDINATE && Math.abs(node.y()) <= Limits.MAX_COORDINATE)) {
                findings.add(ProblemCode.E_POSITION, ElementRef.node(node.id()), "its position (" + node.x() + ", "
                        + node.y() + ") must be two numbers within ±" + (long) Limits.MAX_COORDINATE + " canvas units");
            }
            if (node.startAfterMillis() < 0 || node.startAfterMillis() > Limits.MAX_MILLIS) {
                outOfRange(node, "startAfterMillis is " + node.startAfterMillis()
                        + " but must be 0–" + Limits.MAX_MILLIS + " ms (up to one day) after the run starts", findings);
            }
        }
    }

    private static void hwm(String name, Integer value, Node node, Findings findings) {
        if (value != null && (value < 1 || value > Limits.MAX_HWM)) {
            outOfRange(node, name + " is " + value + " but must be 1–" + Limits.MAX_HWM
                    + " messages (default " + SocketOptions.DEFAULT_HWM + ")", findings);
        }
    }

    private static void outOfRange(Node node, String message, Findings findings) {
        findings.add(ProblemCode.E_OPTION_RANGE, ElementRef.node(node.id()), message);
    }
}
