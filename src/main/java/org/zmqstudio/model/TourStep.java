package org.zmqstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a guided tour (DESIGN.md §8): what to tell the learner, which nodes and links to point
 * at, and what to do to the run when the step is reached.
 *
 * @param say    the sentence(s) shown, never {@code null}
 * @param focus  ids of nodes or links to highlight, in file order; may be empty
 * @param action what the step does; {@link TourAction#NONE} when it only explains
 */
public record TourStep(String say, List<String> focus, TourAction action) {

    public TourStep {
        say = say == null ? "" : say;
        focus = List.copyOf(focus);
        Objects.requireNonNull(action, "action");
    }

    /** This step with every mention of node {@code oldId} (focus and action) renamed. */
    TourStep renamed(String oldId, String newId) {
        return new TourStep(say, focus.stream().map(id -> id.equals(oldId) ? newId : id).toList(),
                action.renamed(oldId, newId));
    }
}
