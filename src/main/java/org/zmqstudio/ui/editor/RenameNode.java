package org.zmqstudio.ui.editor;

import java.util.Objects;
import org.zmqstudio.model.Topology;

/**
 * Gives a node a new id; links and relay/proxy targets follow ({@link Topology#renameNode}). Does
 * nothing when the old id is missing or the new one is taken, so that it never merges two nodes.
 */
public record RenameNode(String oldId, String newId) implements EditCommand {

    public RenameNode {
        Objects.requireNonNull(oldId, "oldId");
        Objects.requireNonNull(newId, "newId");
    }

    @Override
    public String name() {
        return "Rename " + oldId + " to " + newId;
    }

    @Override
    public Topology apply(Topology before) {
        if (before.node(oldId).isEmpty() || before.node(newId).isPresent()) {
            return before;
        }
        return before.renameNode(oldId, newId);
    }
}
