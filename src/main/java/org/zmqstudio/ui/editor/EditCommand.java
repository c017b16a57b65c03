package org.zmqstudio.ui.editor;

import org.zmqstudio.model.Topology;

/**
 * One user edit, as the undo history keeps it: a pure function of the topology. Undo does not call
 * back into the command; the document restores the topology the command was applied to.
 */
public interface EditCommand {

    /** What the Undo menu item says after "Undo ", e.g. "Move 3 nodes". */
    String name();

    /** The topology after the edit; the same instance when the edit changes nothing. */
    Topology apply(Topology before);

    /**
     * Whether this edit may absorb {@code next} into one undo step (a drag's many small moves, typing in
     * one field). When it does, the document keeps the earlier "before" and applies {@code next}.
     */
    default boolean absorbs(EditCommand next) {
        return false;
    }

    /**
     * Whether the edit changes what would run (sockets, links, behaviours), as opposed to the layout.
     * While a run locks the document, only edits that do not are accepted.
     */
    default boolean changesStructure() {
        return true;
    }
}
