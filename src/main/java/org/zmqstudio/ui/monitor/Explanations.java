package org.zmqstudio.ui.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqstudio.metrics.LossCause;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/**
 * Says in plain words why a message went where it went, or why messages never arrived: the sentences
 * of the monitor's event list, message view and loss diagnosis. Pure; knows the ZeroMQ routing rules
 * of each socket type and reads subscriptions from the topology.
 */
public final class Explanations {

    private final Topology topology;

    public Explanations(Topology topology) {
        this.topology = topology;
    }

    /** The topology whose run this explains. */
    public Topology topology() {
        return topology;
    }

    /** Why this hop went from its sender to its receiver; for a loss entry, why its messages did not arrive. */
    public String whyHop(MessageEvent event) {
        if (event.isLoss()) {
            return whyLost(event.loss());
        }
        Node from = topology.node(event.from()).orElse(null);
        Node to = topology.node(event.to()).orElse(null);
        if (from == null || to == null) {
            return event.from() + " sent a message to " + event.to() + ".";
        }
        String what = "'" + event.preview() + "'";
        String sent = name(from) + " sent " + what + " to " + name(to);
        return switch (from.socket()) {
            case PUSH -> sent + ": a PUSH hands each message to the next connected receiver in turn (round-robin)"
                    + others(from, to) + ".";
            case DEALER -> sent + ": a DEALER sends to its connected peers in turn (round-robin), without waiting for replies.";
            case REQ -> sent + " and now waits for the reply: a REQ cannot send again until it is answered (lock-step).";
            case REP -> sent + ": a REP answers the request it received last, then waits for the next one.";
            case ROUTER -> sent + ": the ROUTER reads the identity at the front of the envelope and routes the message to that peer only.";
            case PUB, XPUB -> sent + pubSubReason(from, to, event.topic());
            case PAIR -> sent + ": a PAIR talks to exactly one other PAIR.";
            default -> sent + ".";
        };
    }

    /** What happened to the row's messages, why, and what a developer would change, in whole sentences. */
    public String whyLost(LossRow row) {
        String count = row.count() + (row.count() == 1 ? " message" : " messages");
        String from = named(row.from());
        String what;
        if (row.to() == null) {
            what = count + " at " + from;
        } else {
            String to = named(row.to());
            what = switch (row.cause()) {
                case REQUEST_TIMED_OUT -> row.count() + (row.count() == 1 ? " request" : " requests") + " of "
                        + named(row.at()) + " to " + named(row.at().equals(row.from()) ? row.to() : row.from())
                        + (row.count() == 1 ? " was" : " were") + " given up";
                case FILTERED -> count + " from " + from + " did not reach " + to + ", which subscribes to "
                        + describe(topology.node(row.to()).map(this::subscriptions).orElse(List.of("")));
                case KILLED_PEER, IN_FLIGHT -> count + " from " + from + " to " + to;
                default -> count + " from " + from + " never reached " + to;
            };
        }
        return what + ": " + row.cause().why() + watermarks(row) + ". Fix: " + row.cause().fix() + ".";
    }

    /** For a high-water-mark drop, the marks that were reached: {@code ; SNDHWM 10 at publisher, RCVHWM 10 at sub}. */
    private String watermarks(LossRow row) {
        if (row.cause() != LossCause.HIGH_WATER_MARK || row.to() == null) {
            return "";
        }
        Optional<Node> from = topology.node(row.from());
        Optional<Node> to = topology.node(row.to());
        if (from.isEmpty() || to.isEmpty()) {
            return "";
        }
        return " (SNDHWM " + from.get().options().effectiveSndhwm() + " at " + row.from() + ", RCVHWM "
                + to.get().options().effectiveRcvhwm() + " at " + row.to() + ")";
    }

    private String named(String nodeId) {
        return topology.node(nodeId).map(Explanations::name).orElse(nodeId);
    }

    /** Why a publisher's message reached this subscriber, naming the subscribers it did not reach. */
    private String pubSubReason(Node publisher, Node subscriber, String topic) {
        String shown = topic == null || topic.isEmpty() ? "every message" : "topic '" + topic + "'";
        String reason = ": " + name(subscriber) + " subscribes to " + describe(subscriptions(subscriber))
                + ", which matches " + shown;
        List<String> filteredOut = new ArrayList<>();
        for (Node peer : peers(publisher)) {
            if (!peer.id().equals(subscriber.id()) && !matchesAny(subscriptions(peer), topic)) {
                filteredOut.add(peer.id() + " (" + describe(subscriptions(peer)) + ")");
            }
        }
        if (!filteredOut.isEmpty()) {
            reason += "; filtered out for " + String.join(", ", filteredOut);
        }
        return reason + ".";
    }

    private String others(Node sender, Node chosen) {
        long others = peers(sender).stream().filter(n -> !n.id().equals(chosen.id())).count();
        return others == 0 ? "" : "; the next one goes to another of its " + (others + 1) + " receivers";
    }

    private List<Node> peers(Node node) {
        return topology.linksOf(node.id()).stream()
                .map(l -> topology.node(l.otherEnd(node.id())))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    private List<String> subscriptions(Node node) {
        if (!node.socket().subscribes()) {
            return List.of("");
        }
        Behavior behavior = topology.effectiveBehavior(node).orElse(null);
        return behavior instanceof Behavior.Consume consume ? consume.subscribe() : List.of("");
    }

    private static boolean matchesAny(List<String> prefixes, String topic) {
        String subject = topic == null ? "" : topic;
        return prefixes.stream().anyMatch(subject::startsWith);
    }

    private static String describe(List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return "nothing";
        }
        if (prefixes.contains("")) {
            return "everything";
        }
        return "'" + String.join("', '", prefixes) + "'";
    }

    private static String name(Node node) {
        return node.displayLabel() + " (" + node.socket() + ")";
    }
}
