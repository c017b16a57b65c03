package org.zmqstudio.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.zmqstudio.metrics.ExpectedStream;
import org.zmqstudio.metrics.FlowShare;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;

/**
 * Where a gap in a sequence is a real loss, and which flows get every message of their sender
 * ({@link FlowShare}), so that their accounting closes per flow. Only publishers (PUB, XPUB) promise every subscriber
 * every matching message, so only their sequences are checked, per topic, and only at subscribers
 * whose filter is decided by the topic (a prefix cutting into the payload would skip messages on
 * purpose). Round-robin gaps (PUSH, DEALER) are never losses.
 */
final class LossPlan {

    /** Topic sequences one publisher can number; more topics share their slots modulo this. */
    static final int MAX_TOPIC_SLOTS = 256;

    final int[] publisherTopics;
    final int[][] trackedSlots;
    final List<ExpectedStream> expected = new ArrayList<>();
    final List<FlowShare> shares = new ArrayList<>();

    LossPlan(RunPlan plan) {
        int n = plan.size();
        publisherTopics = new int[n];
        trackedSlots = new int[n][];
        for (int o = 0; o < n; o++) {
            if (plan.behavior(o) instanceof Behavior.Produce p && isPublisher(plan.node(o).socket())) {
                publisherTopics[o] = topicSlots(p);
            }
        }
        for (int o = 0; o < n; o++) {
            if (publisherTopics[o] == 0) {
                continue;
            }
            Behavior.Produce produce = (Behavior.Produce) plan.behavior(o);
            boolean[] reached = downstream(plan, o);
            for (int r = 0; r < n; r++) {
                if (r == o || !reached[r] || !plan.node(r).socket().subscribes()) {
                    continue;
                }
                List<String> prefixes = plan.behavior(r) instanceof Behavior.Consume c ? c.subscribe() : List.of("");
                if (!filterFollowsTopics(prefixes, produce)) {
                    continue;
                }
                if (trackedSlots[r] == null) {
                    trackedSlots[r] = new int[n];
                }
                trackedSlots[r][o] = publisherTopics[o];
                if (plan.behavior(r) instanceof Behavior.Consume) {
                    for (int t = 0; t < publisherTopics[o]; t++) {
                        if (passes(prefixes, messageStart(produce, t))) {
                            expected.add(new ExpectedStream(r, o, t));
                        }
                    }
                }
            }
        }
        for (int sender = 0; sender < n; sender++) {
            addShares(plan, sender);
        }
    }

    /**
     * The shares of the sender's flows: its one receiver's, when it sends to one; each subscriber's,
     * when it broadcasts, where the subscriber's filter is known and follows the topics.
     */
    private void addShares(RunPlan plan, int sender) {
        if (plan.isExternal(sender)) {
            return; // what a process outside sends is not counted: its flows have no sent share
        }
        List<Integer> receivers = new ArrayList<>();
        for (var link : plan.topology().linksOf(plan.node(sender).id())) {
            int other = plan.index(link.otherEnd(plan.node(sender).id()));
            if (plan.node(sender).socket().sends() && plan.node(other).socket().receives()) {
                receivers.add(other);
            }
        }
        boolean broadcasts = isPublisher(plan.node(sender).socket());
        if (!broadcasts) {
            if (receivers.size() == 1) {
                int to = receivers.get(0);
                shares.add(new FlowShare(sender, to, plan.linkId(sender, to), List.of()));
            }
            return;
        }
        for (int to : receivers) {
            List<String> prefixes = subscriptions(plan, to);
            if (prefixes == null) {
                continue;
            }
            if (prefixes.contains("")) {
                shares.add(new FlowShare(sender, to, plan.linkId(sender, to), List.of()));
            } else if (publisherTopics[sender] > 0) {
                Behavior.Produce produce = (Behavior.Produce) plan.behavior(sender);
                if (filterFollowsTopics(prefixes, produce)) {
                    List<Integer> refused = new ArrayList<>();
                    for (int t = 0; t < publisherTopics[sender]; t++) {
                        if (!passes(prefixes, messageStart(produce, t))) {
                            refused.add(t);
                        }
                    }
                    shares.add(new FlowShare(sender, to, plan.linkId(sender, to), refused));
                }
            }
        }
    }

    /**
     * The prefixes a subscribing node takes: a SUB's consume list (everything without one), a
     * consuming XSUB's list; {@code null} when they are not known here (an XSUB in a proxy takes what
     * its downstream subscribers ask for).
     */
    private static List<String> subscriptions(RunPlan plan, int node) {
        Behavior behavior = plan.behavior(node);
        if (behavior instanceof Behavior.Consume c) {
            return c.subscribe();
        }
        return plan.node(node).socket() == SocketType.SUB ? List.of("") : null;
    }

    static boolean isPublisher(SocketType socket) {
        return socket == SocketType.PUB || socket == SocketType.XPUB;
    }

    static int topicSlots(Behavior.Produce produce) {
        return Math.max(1, Math.min(MAX_TOPIC_SLOTS, produce.topics().size()));
    }

    /** The text every message of that topic starts with: the topic, then the template up to its first field. */
    private static String messageStart(Behavior.Produce produce, int topic) {
        String template = produce.payload() == null ? "" : produce.payload();
        int field = template.indexOf('{');
        String literal = field < 0 ? template : template.substring(0, field);
        return produce.topics().isEmpty() ? literal : produce.topics().get(topic) + literal;
    }

    /**
     * Whether each prefix either takes every message of a topic or none of them, and the filter takes
     * either all the topics numbered in one sequence slot or none of them (beyond
     * {@link #MAX_TOPIC_SLOTS} topics share slots): otherwise the subscriber would see gaps that are
     * not losses.
     */
    private static boolean filterFollowsTopics(List<String> prefixes, Behavior.Produce produce) {
        int slots = topicSlots(produce);
        for (int t = 0; t < Math.max(1, produce.topics().size()); t++) {
            String start = messageStart(produce, t);
            for (String prefix : prefixes) {
                if (!start.startsWith(prefix) && prefix.startsWith(start)) {
                    return false;
                }
            }
            if (t >= slots && passes(prefixes, start) != passes(prefixes, messageStart(produce, t % slots))) {
                return false;
            }
        }
        return true;
    }

    private static boolean passes(List<String> prefixes, String start) {
        return prefixes.stream().anyMatch(start::startsWith);
    }

    /** The nodes a message from {@code origin} can reach: over links in data direction, and through relays and proxies. */
    private static boolean[] downstream(RunPlan plan, int origin) {
        boolean[] reached = new boolean[plan.size()];
        Deque<Integer> todo = new ArrayDeque<>(List.of(origin));
        reached[origin] = true;
        while (!todo.isEmpty()) {
            int at = todo.pop();
            for (int next : nextHops(plan, at)) {
                if (!reached[next]) {
                    reached[next] = true;
                    todo.push(next);
                }
            }
        }
        return reached;
    }

    private static List<Integer> nextHops(RunPlan plan, int at) {
        List<Integer> next = new ArrayList<>();
        Node node = plan.node(at);
        for (var link : plan.topology().linksOf(node.id())) {
            int other = plan.index(link.otherEnd(node.id()));
            if (node.socket().sends() && plan.node(other).socket().receives()) {
                next.add(other);
            }
        }
        Behavior behavior = plan.behavior(at);
        if (behavior != null && behavior.drivenNodeId() != null) {
            next.add(plan.index(behavior.drivenNodeId()));
        }
        if (behavior == null) {
            plan.topology().driver(node.id()).filter(d -> d.behavior() instanceof Behavior.Proxy)
                    .ifPresent(d -> next.add(plan.index(d.id())));
        }
        return next;
    }
}
