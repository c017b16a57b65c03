package org.zmqstudio.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/**
 * The editor's own clipboard: copied nodes with the links between them. Each paste lands a further
 * {@link #OFFSET} to the right and below the previous one, so pasted nodes never hide what they copy.
 */
public final class Clipboard {

    /** How far each paste moves from the previous one, canvas units (one grid step twice). */
    public static final double OFFSET = 40;

    private List<Node> nodes = List.of();
    private List<Link> links = List.of();
    private int pastes;

    /**
     * Copies the selected nodes and the links among them (a link to a node left behind is not copied).
     * Returns {@code false}, keeping the previous content, when no node is selected.
     */
    public boolean copy(Topology topology, Selection selection) {
        List<Node> copied = topology.nodes().stream().filter(n -> selection.nodeIds().contains(n.id())).toList();
        if (copied.isEmpty()) {
            return false;
        }
        nodes = copied;
        links = linksAmong(topology, copied);
        pastes = 0;
        return true;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The next paste: the copied elements, shifted one more step, or {@code null} when empty. */
    public AddElements nextPaste() {
        if (isEmpty()) {
            return null;
        }
        pastes++;
        return shifted("Paste", nodes, links, OFFSET * pastes);
    }

    /** A copy of the selected nodes (and links among them) one step away, without using the clipboard. */
    public static AddElements duplicate(Topology topology, Selection selection) {
        List<Node> selected = topology.nodes().stream().filter(n -> selection.nodeIds().contains(n.id())).toList();
        return selected.isEmpty() ? null : shifted("Duplicate", selected, linksAmong(topology, selected), OFFSET);
    }

    private static List<Link> linksAmong(Topology topology, List<Node> nodes) {
        Set<String> ids = nodes.stream().map(Node::id).collect(Collectors.toSet());
        return topology.links().stream().filter(l -> ids.contains(l.connect()) && ids.contains(l.bind())).toList();
    }

    private static AddElements shifted(String verb, List<Node> nodes, List<Link> links, double offset) {
        List<Node> moved = nodes.stream().map(n -> n.withPosition(n.x() + offset, n.y() + offset)).toList();
        String name = verb + (nodes.size() == 1 ? " node" : " " + nodes.size() + " nodes");
        return new AddElements(name, moved, links);
    }
}
