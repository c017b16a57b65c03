package org.zmqstudio.ui.editor;

import java.util.Set;

/** The selected nodes and links, by id; immutable. */
public record Selection(Set<String> nodeIds, Set<String> linkIds) {

    public static final Selection NONE = new Selection(Set.of(), Set.of());

    public Selection {
        nodeIds = Set.copyOf(nodeIds);
        linkIds = Set.copyOf(linkIds);
    }

    public static Selection ofNodes(Set<String> ids) {
        return new Selection(ids, Set.of());
    }

    public static Selection ofLink(String id) {
        return new Selection(Set.of(), Set.of(id));
    }

    public boolean isEmpty() {
        return nodeIds.isEmpty() && linkIds.isEmpty();
    }

    public boolean contains(String id) {
        return nodeIds.contains(id) || linkIds.contains(id);
    }
}
