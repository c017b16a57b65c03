package org.zmqstudio.ui.editor;

import java.util.Objects;
import java.util.Set;
import org.zmqstudio.model.Topology;

/**
 * Deletes nodes (with every link touching them) and links in one undo step. Ids that are not in the
 * topology are ignored. A relay or proxy that drove a deleted node keeps naming it: the validator then
 * says so, and the user decides.
 */
public record DeleteElements(Set<String> nodeIds, Set<String> linkIds) implements EditCommand {

    public DeleteElements {
        nodeIds = Set.copyOf(Objects.requireNonNull(nodeIds, "nodeIds"));
        linkIds = Set.copyOf(Objects.requireNonNull(linkIds, "linkIds"));
    }

    /** Deletes what is selected. */
    public static DeleteElements of(Selection selection) {
        return new DeleteElements(selection.nodeIds(), selection.linkIds());
    }

    @Override
    public String name() {
        int count = nodeIds.size() + linkIds.size();
        if (count == 1) {
            return nodeIds.isEmpty() ? "Delete link" : "Delete node";
        }
        return "Delete " + count + " elements";
    }

    @Override
    public Topology apply(Topology before) {
        Topology after = before;
        for (String linkId : linkIds) {
            after = after.withoutLink(linkId);
        }
        for (String nodeId : nodeIds) {
            after = after.withoutNode(nodeId);
        }
        return after.equals(before) ? before : after;
    }
}
