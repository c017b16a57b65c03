package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zmqstudio.model.TestTopologies.only;
import static org.zmqstudio.model.TestTopologies.pipeline;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tour rules (DESIGN.md §8): ids a step names exist, and each step says something printable. */
class ValidatorTourTest {

    private static Topology touring(TourStep... steps) {
        return pipeline().withTour(List.of(steps));
    }

    private static TourStep step(String say, List<String> focus, String action) {
        return new TourStep(say, focus, TourAction.parse(action).orElseThrow());
    }

    @Test
    void aTourNamingExistingNodesAndLinksHasNoProblem() {
        Topology topology = touring(step("The ventilator sends.", List.of("vent", "w-in->vent"), "run-paused"),
                step("Kill the worker.", List.of(), "kill:w-in"), step("Bring it back.", List.of("w-in"), "restart:w-in"));

        assertEquals(List.of(), Validator.validate(topology, false));
    }

    @Test
    void aFocusOnAMissingElementIsAnErrorNamingTheStep() {
        Problem problem = only(ProblemCode.E_TOUR_ID, touring(step("Hi.", List.of(), "none"),
                step("Look.", List.of("vent", "ghost"), "none")));

        assertEquals(ElementRef.TOPOLOGY, problem.element());
        assertEquals("tour step 2: 'focus' names 'ghost', which is neither a node nor a link of this topology",
                problem.message());
    }

    @Test
    void killingALinkOrAMissingNodeIsAnErrorNamingTheStep() {
        assertEquals("tour step 1: 'kill:w-in->vent' names 'w-in->vent', which is not a node of this topology",
                only(ProblemCode.E_TOUR_ID, touring(step("Cut.", List.of(), "kill:w-in->vent"))).message());
        assertEquals("tour step 1: 'restart:nobody' names 'nobody', which is not a node of this topology",
                only(ProblemCode.E_TOUR_ID, touring(step("Back.", List.of(), "restart:nobody"))).message());
    }

    @Test
    void aStepThatSaysNothingOrTooMuchOrBreaksLinesIsAnError() {
        assertEquals("tour step 1: 'say' must hold 1–600 printable characters (no line breaks or control characters)",
                only(ProblemCode.E_TOUR_TEXT, touring(step(" ", List.of(), "none"))).message());
        only(ProblemCode.E_TOUR_TEXT, touring(step("x".repeat(601), List.of(), "none")));
        only(ProblemCode.E_TOUR_TEXT, touring(step("two\nlines", List.of(), "none")));
    }

    @Test
    void renamingANodeFollowsTheRenameInTheTour() {
        Topology renamed = touring(step("Kill it.", List.of("w-in"), "kill:w-in")).renameNode("w-in", "worker");

        assertEquals(List.of(step("Kill it.", List.of("worker"), "kill:worker")), renamed.tour());
        assertEquals(List.of(), Validator.validate(renamed, false));
    }
}
