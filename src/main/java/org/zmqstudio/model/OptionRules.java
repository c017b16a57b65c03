package org.zmqstudio.model;

import java.nio.charset.StandardCharsets;

/** Socket options and the start delay are within the ranges ZeroMQ and the engine accept (DESIGN.md §2). */
final class OptionRules {

    static final int MAX_IDENTITY_BYTES = 255;

    private OptionRules() {
    }

    static void check(Topology topology, Findings findings) {
        for (Node node : topology.nodes()) {
            SocketOptions options = node.options();
            hwm("sndhwm", options.sndhwm(), node, findings);
            hwm("rcvhwm", options.rcvhwm(), node, findings);
            if (options.linger() != null && options.linger() < -1) {
                outOfRange(node, "linger is " + options.linger()
                        + " but must be -1 (wait forever), 0 (drop at once) or a number of ms", findings);
            }
            if (options.maxMsgSize() != null && options.maxMsgSize() < -1) {
                outOfRange(node, "maxMsgSize is " + options.maxMsgSize()
                        + " but must be -1 (no limit) or a number of bytes", findings);
            }
            String identity = options.identity();
            if (identity != null && (identity.isEmpty() || !Wording.isPrintable(identity)
                    || identity.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTITY_BYTES)) {
                outOfRange(node, "identity " + Wording.quote(identity) + " must be 1–" + MAX_IDENTITY_BYTES
                        + " bytes of printable text", findings);
            }
            if (node.startAfterMillis() < 0) {
                outOfRange(node, "startAfterMillis is " + node.startAfterMillis()
                        + " but must be 0 or more ms after the run starts", findings);
            }
        }
    }

    private static void hwm(String name, Integer value, Node node, Findings findings) {
        if (value != null && (value < 1 || value > SocketOptions.MAX_HWM)) {
            outOfRange(node, name + " is " + value + " but must be 1–" + SocketOptions.MAX_HWM
                    + " messages (default " + SocketOptions.DEFAULT_HWM + ")", findings);
        }
    }

    private static void outOfRange(Node node, String message, Findings findings) {
        findings.add(ProblemCode.E_OPTION_RANGE, ElementRef.node(node.id()), message);
    }
}
