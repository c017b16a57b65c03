package org.zmqstudio.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Look-ups the validation rules share, built once per validation so that the rules stay linear in
 * the size of the topology. Where ids repeat, the first node with an id wins (the repeat itself is
 * an {@code E_ID_DUPLICATE}).
 */
final class TopologyIndex {

    private final Topology topology;
    private final Map<String, Node> nodesById = new HashMap<>();
    private final Map<String, Set<Node>> peersById = new HashMap<>();
    private final Map<String, Node> driversById = new HashMap<>();
    private final Set<String> boundIds = new HashSet<>();

    TopologyIndex(Topology topology) {
        this.topology = topology;
        for (Node node : topology.nodes()) {
            nodesById.putIfAbsent(node.id(), node);
        }
        for (Link link : topology.links()) {
            boundIds.add(link.bind());
            Node connect = nodesById.get(link.connect());
            Node bind = nodesById.get(link.bind());
            if (connect != null && bind != null && connect != bind) {
                peersById.computeIfAbsent(connect.id(), id -> new LinkedHashSet<>()).add(bind);
                peersById.computeIfAbsent(bind.id(), id -> new LinkedHashSet<>()).add(connect);
            }
        }
        for (Node node : topology.nodes()) {
            String driven = node.behavior() == null ? null : node.behavior().drivenNodeId();
            if (driven != null && !driven.equals(node.id())) {
                driversById.putIfAbsent(driven, node);
            }
        }
    }

    Topology topology() {
        return topology;
    }

    Optional<Node> node(String id) {
        return Optional.ofNullable(id == null ? null : nodesById.get(id));
    }

    /** What {@link Topology#bindEndpoint(Node)} says, without scanning the links again. */
    String bindEndpoint(Node node) {
        return Topology.bindEndpoint(node, boundIds.contains(node.id()));
    }

    /** The distinct existing nodes linked to this one (either side, self-links left out), in link order. */
    List<Node> peers(Node node) {
        return new ArrayList<>(peersById.getOrDefault(node.id(), Set.of()));
    }

    /** The first node whose relay or proxy names this one as its target, if any. */
    Optional<Node> driver(Node node) {
        return Optional.ofNullable(driversById.get(node.id()));
    }

    /**
     * What the node's thread does, as {@link Topology#effectiveBehavior} says, but empty too when its
     * socket cannot perform it (that is an {@code E_BEHAVIOR_SOCKET}, not a flow to reason about).
     */
    Optional<BehaviorKind> effectiveKind(Node node) {
        if (node.behavior() != null) {
            BehaviorKind kind = node.behavior().kind();
            return node.socket().supports(kind) ? Optional.of(kind) : Optional.empty();
        }
        return driver(node).isPresent() ? Optional.empty() : Optional.of(node.socket().defaultBehavior());
    }

    /** The kind of behaviour of the node that drives this one (relay or proxy), if any. */
    Optional<BehaviorKind> drivenBy(Node node) {
        return driver(node).map(d -> d.behavior().kind());
    }
}
