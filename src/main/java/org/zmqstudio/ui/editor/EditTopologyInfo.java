package org.zmqstudio.ui.editor;

import java.util.Objects;
import org.zmqstudio.model.Topology;

/** Changes the topology's name or description; successive edits of the same one absorb each other. */
public record EditTopologyInfo(Part part, String value) implements EditCommand {

    /** Which text of the topology changes. */
    public enum Part { NAME, DESCRIPTION }

    public EditTopologyInfo {
        Objects.requireNonNull(part, "part");
        value = value == null ? "" : value;
    }

    @Override
    public String name() {
        return part == Part.NAME ? "Rename topology" : "Change description";
    }

    @Override
    public Topology apply(Topology before) {
        return part == Part.NAME ? before.withName(value) : before.withDescription(value);
    }

    @Override
    public boolean absorbs(EditCommand next) {
        return next instanceof EditTopologyInfo other && other.part == part;
    }
}
