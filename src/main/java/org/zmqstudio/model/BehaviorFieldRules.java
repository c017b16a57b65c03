package org.zmqstudio.model;

import java.util.List;

/** The numbers and lists inside a behaviour are in range and fit the socket (DESIGN.md §3). */
final class BehaviorFieldRules {

    private BehaviorFieldRules() {
    }

    static void check(Node node, Findings findings) {
        Fields fields = new Fields(node, findings);
        Behavior behavior = node.behavior();
        if (behavior instanceof Behavior.Produce p) {
            fields.atLeast("count", p.count(), 0, "0 means no limit");
            fields.rate(p.rate());
            fields.payload(p.payload());
            fields.atLeast("size", p.size(), 0, "0 means no padding");
            fields.atLeast("parts", p.parts(), 1, "every message has at least one frame");
            if (!p.topics().isEmpty() && node.socket() != SocketType.PUB && node.socket() != SocketType.XPUB) {
                fields.wrong("topics", "only a PUB or XPUB puts topics in front of its messages");
            }
        } else if (behavior instanceof Behavior.Request r) {
            fields.atLeast("count", r.count(), 0, "0 means no limit");
            fields.rate(r.rate());
            fields.payload(r.payload());
            fields.atLeast("timeoutMillis", r.timeoutMillis(), 1, "how long to wait for each reply, in ms");
            fields.atLeast("retries", r.retries(), 0, "0 means give up after the first timeout");
        } else if (behavior instanceof Behavior.Reply r) {
            fields.payload(r.payload());
            fields.workMillis(r.workMillis());
        } else if (behavior instanceof Behavior.Consume c) {
            fields.workMillis(c.workMillis());
            if (!node.socket().subscribes() && !c.subscribe().isEmpty() && !c.subscribe().equals(List.of(""))) {
                fields.wrong("subscribe", "only a SUB or XSUB filters messages by topic");
            }
        } else if (behavior instanceof Behavior.Relay r) {
            fields.workMillis(r.workMillis());
        }
    }

    /** Reports {@code E_BEHAVIOR_FIELD} for one node's behaviour. */
    private record Fields(Node node, Findings findings) {

        void atLeast(String field, double value, long min, String meaning) {
            if (!(value >= min)) {
                wrong(field, "it is " + format(value) + " but must be " + min + " or more (" + meaning + ")");
            }
        }

        void rate(double rate) {
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                wrong("rate", "it is " + format(rate) + " but must be messages per second, 0 for as fast as possible");
            }
        }

        void workMillis(long workMillis) {
            atLeast("workMillis", workMillis, 0, "the pause per message in ms, 0 for none");
        }

        void payload(String payload) {
            if (payload == null) {
                wrong("payload", "it is missing; write a template such as \"msg {n}\"");
            }
        }

        void wrong(String field, String why) {
            findings.add(ProblemCode.E_BEHAVIOR_FIELD, ElementRef.node(node.id()),
                    "its " + node.behavior().kind().fileName() + " field '" + field + "' is wrong: " + why);
        }

        private static String format(double value) {
            return value == Math.rint(value) && !Double.isInfinite(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }
}
