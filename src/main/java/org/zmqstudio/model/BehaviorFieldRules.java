package org.zmqstudio.model;

import java.util.List;

/**
 * The numbers and lists inside a behaviour are in range ({@link Limits}) and fit the socket
 * (DESIGN.md §3), and one message fits comfortably in memory. Every finding is an
 * {@code E_BEHAVIOR_FIELD} naming the field.
 */
final class BehaviorFieldRules {

    private BehaviorFieldRules() {
    }

    static void check(Node node, Findings findings) {
        Fields fields = new Fields(node, findings);
        Behavior behavior = node.behavior();
        if (behavior instanceof Behavior.Produce p) {
            fields.count(p.count());
            fields.rate(p.rate());
            fields.payload(p.payload());
            boolean sizeOk = fields.between("size", p.size(), 0, Limits.MAX_MESSAGE_BYTES,
                    "bytes to pad each message to, 0 for no padding; at most 64 MiB");
            boolean partsOk = fields.between("parts", p.parts(), 1, Limits.MAX_PARTS, "frames per message");
            if (!p.topics().isEmpty() && node.socket() != SocketType.PUB && node.socket() != SocketType.XPUB) {
                fields.wrong("topics", "only a PUB or XPUB puts topics in front of its messages");
            }
            if (sizeOk && partsOk && p.payload() != null) {
                fields.messageFits(MessageBytes.produce(p, node.id()), p.parts());
            }
        } else if (behavior instanceof Behavior.Request r) {
            fields.count(r.count());
            fields.rate(r.rate());
            fields.payload(r.payload());
            fields.between("timeoutMillis", r.timeoutMillis(), 1, Limits.MAX_MILLIS,
                    "how long to wait for each reply, in ms; at most one day");
            fields.between("retries", r.retries(), 0, Limits.MAX_RETRIES, "0 means give up after the first timeout");
            if (r.payload() != null) {
                fields.messageFits(MessageBytes.template(r.payload(), node.id(), 0), 1);
            }
        } else if (behavior instanceof Behavior.Reply r) {
            fields.payload(r.payload());
            fields.workMillis(r.workMillis());
            if (r.payload() != null) {
                fields.copiesRequestOnce(MessageBytes.requestCopies(r.payload()));
                fields.messageFits(MessageBytes.template(r.payload(), node.id(), 0), 1);
            }
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

        /** Whether {@code min <= value <= max}; reports the field otherwise. */
        boolean between(String field, double value, long min, long max, String meaning) {
            if (value >= min && value <= max) {
                return true;
            }
            wrong(field, "it is " + format(value) + " but must be " + min + "–" + max + " (" + meaning + ")");
            return false;
        }

        void count(long count) {
            between("count", count, 0, Limits.MAX_COUNT, "messages to send, 0 for no limit");
        }

        void rate(double rate) {
            between("rate", rate, 0, Limits.MAX_RATE, "messages per second, 0 for as fast as possible");
        }

        void workMillis(long workMillis) {
            between("workMillis", workMillis, 0, Limits.MAX_MILLIS, "the pause per message in ms, 0 for none; at most one day");
        }

        void payload(String payload) {
            if (payload == null) {
                wrong("payload", "it is missing; write a template such as \"msg {n}\"");
            }
        }

        void messageFits(long bytes, int parts) {
            if (bytes > Limits.MAX_MESSAGE_BYTES) {
                wrong(parts > 1 ? "parts" : "payload", "one message would be up to " + bytes + " bytes ("
                        + parts + (parts == 1 ? " part" : " parts") + " of the payload, with its topic and fields) but "
                        + "may be at most " + Limits.MAX_MESSAGE_BYTES + " bytes (64 MiB); send fewer parts or a shorter payload");
            }
        }

        void copiesRequestOnce(int copies) {
            if (copies > 1) {
                wrong("payload", "it copies " + PayloadField.REQUEST.token() + " " + copies + " times but may copy it "
                        + "at most once: each copy holds a whole request, up to " + Limits.MAX_MESSAGE_BYTES + " bytes");
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
