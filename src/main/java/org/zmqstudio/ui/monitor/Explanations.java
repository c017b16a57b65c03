package org.zmqstudio.ui.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * Says in plain words why a message went where it went, and why a node lost messages or waits:
 * the sentences of the monitor's event list in step mode. Pure; knows the ZeroMQ routing rules of
 * each socket type and reads subscriptions from the topology.
 */
public final class Explanations {

    private final Topology topology;

    public Explanations(Topology topology) {
        this.topology = topology;
    }

    /** Why this hop went from its sender to its receiver. */
    public String whyHop(MessageEvent event) {
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

    /** Why a node lost messages between two snapshots, or empty when it lost none. */
    public Optional<String> whyLost(NodeSnapshot before, NodeSnapshot after) {
        long lost = after.lost() - (before == null ? 0 : before.lost());
        if (lost <= 0) {
            return Optional.empty();
        }
        Node node = topology.node(after.nodeId()).orElse(null);
        String who = node == null ? after.nodeId() : name(node);
        String count = lost + (lost == 1 ? " message" : " messages");
        if (node != null && node.socket() == SocketType.ROUTER) {
            return Optional.of(who + " could not route " + count + ": no peer with that identity is connected, and a ROUTER drops what it cannot route.");
        }
        if (after.received() == 0 && before != null && before.received() == 0) {
            return Optional.of(who + " missed " + count + ": it had not joined yet, and a PUB drops messages for subscribers that are not connected (slow joiner).");
        }
        return Optional.of(who + " missed " + count + ": its queue reached the high-water mark, and a PUB drops rather than waits for a slow subscriber.");
    }

    /** A sentence for a state a learner may wonder about, or empty for an ordinary one. */
    public Optional<String> whyState(NodeSnapshot node) {
        String who = topology.node(node.nodeId()).map(Explanations::name).orElse(node.nodeId());
        return switch (node.state()) {
            case WAITING_FOR_REPLY -> Optional.of(who + " waits for its reply: a REQ sends one request at a time and blocks until it is answered.");
            case BLOCKED -> Optional.of(who + " is blocked: every peer's queue is at its high-water mark (or none is connected), so it waits instead of dropping.");
            case PAUSED -> Optional.of(who + " is paused: it stops receiving, so messages queue up toward it until the high-water mark.");
            case DEAD -> Optional.of(who + " is killed: its socket is closed, and its peers route around it.");
            default -> Optional.empty();
        };
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
