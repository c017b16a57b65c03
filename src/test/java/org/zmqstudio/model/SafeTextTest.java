package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void lineBreaksTabsAndEscapeSequencesAreShownAsEscapes() {
        assertEquals("REP\\nFAKE: ERROR injected", SafeText.escape("REP\nFAKE: ERROR injected"));
        assertEquals("a\\r\\tb\\u001b[31mred\\u0000", SafeText.escape("a\r\tb\u001b[31mred\u0000"));
    }

    @Test
    void c1ControlsUnicodeLineSeparatorsAndBidiOverridesAreEscaped() {
        assertEquals("\\u0085\\u009b\\u007f", SafeText.escape("\u0085\u009b\u007f"));
        assertEquals("a\\u2028b\\u2029c", SafeText.escape("a\u2028b\u2029c"));
        assertEquals("x\\u202egnp.exe\\u2066\\u200f", SafeText.escape("x\u202egnp.exe\u2066\u200f"));
        assertEquals("lone \\ud800 surrogate", SafeText.escape("lone \ud800 surrogate"));
    }

    @Test
    void printableTextOfEveryScriptIsKeptAsItIs() {
        String text = "vent-1 é ✓ 日本 😀 \\n";

        assertEquals(text, SafeText.escape(text));
        assertNull(SafeText.escape(null));
        assertEquals("'a\\nb'", SafeText.quote("a\nb"));
    }

    @Test
    void escapingTwiceChangesNothingMore() {
        String once = SafeText.escape("a\nb\u001bc\u2028");

        assertEquals(once, SafeText.escape(once));
    }

    @Test
    void problemsShowIdsAndMessagesOnOneLine() {
        Problem problem = new Problem(ProblemCode.E_ID_MALFORMED, ElementRef.node("a\nERROR x"), "the id 'a\nERROR x'");

        assertEquals("ERROR E_ID_MALFORMED node a\\nERROR x: the id 'a\\nERROR x'", problem.toString());
    }
}
