package org.zmqstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole topology: immutable; every {@code with…}/{@code without…} returns a new one.
 *
 * @param name        a short title, never {@code null} (may be empty)
 * @param description a sentence or two for learners, never {@code null} (may be empty)
 * @param tour        the guided tour's steps (DESIGN.md §8), in order; empty when the topology has none
 */
public record Topology(String name, String description, List<Node> nodes, List<Link> links, List<TourStep> tour) {

    public static final Topology EMPTY = new Topology("Untitled", "", List.of(), List.of());

    public Topology {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        tour = List.copyOf(tour);
    }

    /** A topology without a tour. */
    public Topology(String name, String description, List<Node> nodes, List<Link> links) {
        this(name, description, nodes, links, List.of());
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Link> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public List<Link> linksOf(String nodeId) {
        return links.stream().filter(l -> l.touches(nodeId)).toList();
    }

    /** Whether some link names this node as its binding side. */
    public boolean isBound(String nodeId) {
        return links.stream().anyMatch(l -> l.bind().equals(nodeId));
    }

    /**
     * The endpoint this node binds: its own, else {@code inproc://<id>} when it is the bind side of a
     * link, else {@code null} (it binds nothing). The string may be malformed; see {@link Validator}.
     */
    public String bindEndpoint(Node node) {
        return bindEndpoint(node, isBound(node.id()));
    }

    /**
     * {@link #bindEndpoint(Node)} for a caller that already knows whether a link binds the node (this
     * one scans every link), so that asking for every node stays linear.
     */
    public static String bindEndpoint(Node node, boolean bound) {
        if (node.endpoint() != null && !node.endpoint().isEmpty()) {
            return node.endpoint();
        }
        return bound ? "inproc://" + node.id() : null;
    }

    /** The node whose relay or proxy drives this one, if any. */
    public Optional<Node> driver(String nodeId) {
        return nodes.stream()
                .filter(n -> n.behavior() != null && nodeId.equals(n.behavior().drivenNodeId()))
                .findFirst();
    }

    /**
     * What this node's thread does: its own behaviour, else nothing when another node's relay or
     * proxy drives its socket, else its socket type's default.
     */
    public Optional<Behavior> effectiveBehavior(Node node) {
        if (node.behavior() != null) {
            return Optional.of(node.behavior());
        }
        if (driver(node.id()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Behavior.defaultOf(node.socket().defaultBehavior()));
    }

    public Topology withName(String value) {
        return new Topology(value, description, nodes, links, tour);
    }

    public Topology withTour(List<TourStep> value) {
        return new Topology(name, description, nodes, links, value);
    }

    public Topology withDescription(String value) {
        return new Topology(name, value, nodes, links, tour);
    }

    /** Adds the node, or replaces the node with the same id in place. */
    public Topology withNode(Node node) {
        List<Node> next = new ArrayList<>(nodes);
        int index = indexOfNode(node.id());
        if (index >= 0) {
            next.set(index, node);
        } else {
            next.add(node);
        }
        return new Topology(name, description, next, links, tour);
    }

    public Topology updateNode(String id, UnaryOperator<Node> change) {
        return node(id).map(n -> withNode(change.apply(n))).orElse(this);
    }

    /** Removes the node and every link touching it. */
    public Topology withoutNode(String id) {
        return new Topology(name, description,
                nodes.stream().filter(n -> !n.id().equals(id)).toList(),
                links.stream().filter(l -> !l.touches(id)).toList(), tour);
    }

    /** Adds the link, or replaces the link with the same id in place. */
    public Topology withLink(Link link) {
        List<Link> next = new ArrayList<>(links);
        int index = -1;
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).id().equals(link.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            next.set(index, link);
        } else {
            next.add(link);
        }
        return new Topology(name, description, nodes, next, tour);
    }

    public Topology withoutLink(String id) {
        return new Topology(name, description, nodes, links.stream().filter(l -> !l.id().equals(id)).toList(), tour);
    }

    /**
     * Renames a node and follows the rename in links (default link ids follow too) and in the
     * relay/proxy targets that name it.
     */
    public Topology renameNode(String oldId, String newId) {
        List<Node> renamed = nodes.stream().map(n -> {
            Node next = n.id().equals(oldId) ? n.withId(newId) : n;
            if (next.behavior() instanceof Behavior.Relay r && oldId.equals(r.to())) {
                next = next.withBehavior(new Behavior.Relay(newId, r.workMillis()));
            } else if (next.behavior() instanceof Behavior.Proxy p && oldId.equals(p.peer())) {
                next = next.withBehavior(new Behavior.Proxy(newId));
            }
            return next;
        }).toList();
        List<Link> relinked = links.stream().map(l -> {
            if (!l.touches(oldId)) {
                return l;
            }
            String connect = l.connect().equals(oldId) ? newId : l.connect();
            String bind = l.bind().equals(oldId) ? newId : l.bind();
            return new Link(l.hasDefaultId() ? null : l.id(), connect, bind);
        }).toList();
        return new Topology(name, description, renamed, relinked,
                tour.stream().map(step -> step.renamed(oldId, newId)).toList());
    }

    private int indexOfNode(String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (Objects.equals(nodes.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }
}
