package org.zmqstudio.ui.editor;

import java.util.Map;
import java.util.Objects;
import org.zmqstudio.model.Topology;

/**
 * Puts nodes at new positions (canvas units). Successive moves of the same set of nodes fold into one
 * undo step, so a whole drag undoes at once; the canvas ends the run with
 * {@link EditorDocument#endOfGesture()} when the mouse is released.
 *
 * @param positions the new top-left corner of each moved node, by node id
 */
public record MoveNodes(Map<String, Position> positions) implements EditCommand {

    /** A point on the canvas, canvas units. */
    public record Position(double x, double y) {
    }

    public MoveNodes {
        positions = Map.copyOf(Objects.requireNonNull(positions, "positions"));
    }

    @Override
    public String name() {
        return positions.size() == 1 ? "Move node" : "Move " + positions.size() + " nodes";
    }

    @Override
    public Topology apply(Topology before) {
        Topology after = before;
        for (Map.Entry<String, Position> entry : positions.entrySet()) {
            Position p = entry.getValue();
            after = after.updateNode(entry.getKey(), n -> n.withPosition(p.x(), p.y()));
        }
        return after.equals(before) ? before : after;
    }

    /** Moving nodes is layout only: it is allowed while a run locks the structure. */
    @Override
    public boolean changesStructure() {
        return false;
    }

    @Override
    public boolean absorbs(EditCommand next) {
        return next instanceof MoveNodes move && move.positions.keySet().equals(positions.keySet());
    }
}
