package org.zmqstudio.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Endpoint;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/**
 * Adds nodes and links in one undo step: a node dropped from the palette, a paste, a duplicate, a
 * ready-made group. Ids that clash with the topology get a fresh {@code -N} suffix; links and the
 * relay/proxy targets among the added nodes follow the renames, and a fixed endpoint another node already
 * binds gets a fresh name (inproc, ipc) or any free port (tcp), so that a paste never breaks the topology.
 * A link may also name an existing node (its id is then left alone).
 */
public record AddElements(String name, List<Node> nodes, List<Link> links) implements EditCommand {

    /** What was actually added, after renaming. */
    public record Placement(List<Node> nodes, List<Link> links) {

        /** The added elements as a selection. */
        public Selection asSelection() {
            Set<String> nodeIds = new HashSet<>();
            nodes.forEach(n -> nodeIds.add(n.id()));
            Set<String> linkIds = new HashSet<>();
            links.forEach(l -> linkIds.add(l.id()));
            return new Selection(nodeIds, linkIds);
        }
    }

    public AddElements {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** Adds one node, e.g. one dropped from the palette. */
    public static AddElements node(Node node) {
        return new AddElements("Add " + node.socket(), List.of(node), List.of());
    }

    @Override
    public Topology apply(Topology before) {
        Placement placement = placementIn(before);
        Topology after = before;
        for (Node node : placement.nodes()) {
            after = after.withNode(node);
        }
        for (Link link : placement.links()) {
            after = after.withLink(link);
        }
        return after;
    }

    /** The elements as {@link #apply} adds them to {@code before}: with fresh ids where they clash. */
    public Placement placementIn(Topology before) {
        Set<String> takenIds = new HashSet<>();
        before.nodes().forEach(n -> takenIds.add(n.id()));
        Set<String> takenEndpoints = new HashSet<>();
        before.nodes().forEach(n -> {
            if (n.endpoint() != null) {
                takenEndpoints.add(n.endpoint());
            }
        });
        Map<String, String> renames = new HashMap<>();
        for (Node node : nodes) {
            String id = IdAllocator.fresh(node.id(), takenIds, IdAllocator.MAX_ID);
            takenIds.add(id);
            renames.put(node.id(), id);
        }
        List<Node> placedNodes = new ArrayList<>();
        for (Node node : nodes) {
            Node placed = node.withId(renames.get(node.id())).withBehavior(retarget(node.behavior(), renames));
            String endpoint = freshEndpoint(node.endpoint(), takenEndpoints);
            if (endpoint != null) {
                takenEndpoints.add(endpoint);
            }
            placedNodes.add(placed.withEndpoint(endpoint));
        }
        Set<String> takenLinkIds = new HashSet<>();
        before.links().forEach(l -> takenLinkIds.add(l.id()));
        List<Link> placedLinks = new ArrayList<>();
        for (Link link : links) {
            Link renamed = new Link(link.hasDefaultId() ? null : link.id(),
                    renames.getOrDefault(link.connect(), link.connect()), renames.getOrDefault(link.bind(), link.bind()));
            String id = IdAllocator.fresh(renamed.id(), takenLinkIds, Integer.MAX_VALUE);
            takenLinkIds.add(id);
            placedLinks.add(new Link(id, renamed.connect(), renamed.bind()));
        }
        return new Placement(placedNodes, placedLinks);
    }

    private static Behavior retarget(Behavior behavior, Map<String, String> renames) {
        if (behavior instanceof Behavior.Relay relay && renames.containsKey(relay.to())) {
            return new Behavior.Relay(renames.get(relay.to()), relay.workMillis());
        }
        if (behavior instanceof Behavior.Proxy proxy && renames.containsKey(proxy.peer())) {
            return new Behavior.Proxy(renames.get(proxy.peer()));
        }
        return behavior;
    }

    /** {@code endpoint} itself when free (or absent or malformed: the validator explains those). */
    private static String freshEndpoint(String endpoint, Set<String> taken) {
        if (endpoint == null || !taken.contains(endpoint)) {
            return endpoint;
        }
        Endpoint parsed;
        try {
            parsed = Endpoint.parse(endpoint);
        } catch (IllegalArgumentException malformed) {
            return endpoint;
        }
        return switch (parsed.transport()) {
            case TCP -> "tcp://" + parsed.host() + ":*";
            case INPROC, IPC -> {
                String scheme = parsed.transport() == Endpoint.Transport.INPROC ? "inproc://" : "ipc://";
                Set<String> takenNames = new HashSet<>();
                taken.stream().filter(t -> t.startsWith(scheme)).forEach(t -> takenNames.add(t.substring(scheme.length())));
                yield scheme + IdAllocator.fresh(parsed.name(), takenNames, 200);
            }
        };
    }
}
