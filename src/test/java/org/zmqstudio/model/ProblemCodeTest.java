package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemCodeTest {

    @Test
    void errorCodesStartWithEAndWarningCodesWithW() {
        for (ProblemCode code : ProblemCode.values()) {
            String expectedPrefix = code.severity() == Severity.ERROR ? "E_" : "W_";
            assertTrue(code.code().startsWith(expectedPrefix), code.code());
            assertFalse(code.description().isBlank(), code.code());
        }
    }

    @Test
    void aProblemMadeFromACodeTakesItsSeverityAndPrintsAsBefore() {
        Problem problem = new Problem(ProblemCode.W_SLOW_JOINER, ElementRef.node("sub"), "starts late");

        assertEquals(Severity.WARNING, problem.severity());
        assertTrue(problem.is(ProblemCode.W_SLOW_JOINER));
        assertFalse(problem.is(ProblemCode.E_LABEL));
        assertEquals("WARNING W_SLOW_JOINER node sub: starts late", problem.toString());
    }

    @Test
    void codeStringsMapBackToTheirCodeAndForeignOnesToNone() {
        assertEquals(Optional.of(ProblemCode.E_PAIR_TYPES), ProblemCode.of("E_PAIR_TYPES"));
        assertEquals(Optional.empty(), ProblemCode.of("E_TEST"));
    }
}
