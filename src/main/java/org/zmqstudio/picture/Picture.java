package org.zmqstudio.picture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/**
 * What a picture of the diagram shows: the topology's nodes (all, or those of {@code nodeIds}) with
 * the links between them, in the light or dark colours, on the theme's background or a transparent
 * one, and optionally one line of live numbers under a node or on a link ({@code nodeNotes},
 * {@code linkNotes} by id). Immutable.
 *
 * @param nodeIds the nodes to show; empty shows them all
 */
public record Picture(Topology topology, Set<String> nodeIds, DiagramColors colors, boolean transparent,
                      Map<String, String> nodeNotes, Map<String, String> linkNotes) {

    /** Room around the cards, canvas units (a note under a card fits in it). */
    static final double MARGIN = 28;

    public Picture {
        nodeIds = Set.copyOf(nodeIds);
        nodeNotes = Map.copyOf(nodeNotes);
        linkNotes = Map.copyOf(linkNotes);
    }

    /** The whole topology on the theme's background, without numbers. */
    public static Picture of(Topology topology, boolean dark) {
        return new Picture(topology, Set.of(), DiagramColors.of(dark), false, Map.of(), Map.of());
    }

    public Picture onlyNodes(Set<String> ids) {
        return new Picture(topology, ids, colors, transparent, nodeNotes, linkNotes);
    }

    public Picture withTransparentBackground(boolean clear) {
        return new Picture(topology, nodeIds, colors, clear, nodeNotes, linkNotes);
    }

    public Picture withNotes(Map<String, String> onNodes, Map<String, String> onLinks) {
        return new Picture(topology, nodeIds, colors, transparent, onNodes, onLinks);
    }

    /** The nodes shown, in the topology's order. */
    public List<Node> nodes() {
        return topology.nodes().stream().filter(n -> nodeIds.isEmpty() || nodeIds.contains(n.id())).toList();
    }

    /** The links whose two ends are shown. */
    public List<Link> links() {
        Map<String, Node> shown = byId();
        return topology.links().stream().filter(l -> shown.containsKey(l.connect()) && shown.containsKey(l.bind())).toList();
    }

    Map<String, Node> byId() {
        Map<String, Node> byId = new HashMap<>();
        nodes().forEach(n -> byId.putIfAbsent(n.id(), n));
        return byId;
    }

    /** The canvas rectangle the picture shows: every shown card and a margin; a small square when there is none. */
    public Area area() {
        List<Node> nodes = nodes();
        if (nodes.isEmpty()) {
            return new Area(0, 0, 2 * MARGIN, 2 * MARGIN);
        }
        double minX = nodes.stream().mapToDouble(Node::x).min().orElse(0) - MARGIN;
        double minY = nodes.stream().mapToDouble(Node::y).min().orElse(0) - MARGIN;
        double maxX = nodes.stream().mapToDouble(Node::x).max().orElse(0) + NodeCard.WIDTH + MARGIN;
        double maxY = nodes.stream().mapToDouble(Node::y).max().orElse(0) + NodeCard.HEIGHT + MARGIN;
        return new Area(minX, minY, maxX - minX, maxY - minY);
    }

    /** A rectangle in canvas units. */
    public record Area(double x, double y, double width, double height) {
    }
}
