package org.zmqstudio.model;

import java.util.List;

/**
 * A guided tour's steps (DESIGN.md §8): each says something short and printable, focuses only on
 * nodes and links that exist, and kills or restarts only an existing node. Problems are about the
 * topology as a whole and name the step, counted from 1.
 */
final class TourRules {

    /** The most characters a step may say: a few sentences in the tour panel. */
    static final int MAX_SAY = 600;

    private TourRules() {
    }

    static void check(TopologyIndex index, Findings findings) {
        List<TourStep> tour = index.topology().tour();
        for (int i = 0; i < tour.size(); i++) {
            TourStep step = tour.get(i);
            String where = "tour step " + (i + 1) + ": ";
            if (step.say().isBlank() || Wording.length(step.say()) > MAX_SAY || !Wording.isPrintable(step.say())) {
                findings.add(ProblemCode.E_TOUR_TEXT, ElementRef.TOPOLOGY, where + "'say' must hold 1–" + MAX_SAY
                        + " printable characters (no line breaks or control characters)");
            }
            for (String id : step.focus()) {
                if (index.node(id).isEmpty() && index.topology().link(id).isEmpty()) {
                    findings.add(ProblemCode.E_TOUR_ID, ElementRef.TOPOLOGY, where + "'focus' names " + Wording.quote(id)
                            + ", which is neither a node nor a link of this topology");
                }
            }
            TourAction action = step.action();
            if (action.nodeId() != null && index.node(action.nodeId()).isEmpty()) {
                findings.add(ProblemCode.E_TOUR_ID, ElementRef.TOPOLOGY, where + Wording.quote(action.fileText())
                        + " names " + Wording.quote(action.nodeId()) + ", which is not a node of this topology");
            }
        }
    }
}
