package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Text from a file cannot forge an output line of {@code validate} nor reach the terminal raw. */
@Timeout(10)
class ValidateControlCharactersTest {

    private static final String HEAD = "{\"format\": \"zmq-studio/topology\", \"version\": 1, ";
    /** Characters that must never reach the output raw (besides the line ends of the output itself). */
    private static final Pattern RAW = Pattern.compile("[\\p{Cntrl}\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]");
    private static final Pattern SUMMARY = Pattern.compile("1 file checked: (\\d+) errors? in 1 file, (\\d+) warnings?\n");

    @TempDir
    Path folder;

    @Test
    void aForgedLineInASocketTypeIsPrintedEscapedOnItsOwnLine() throws IOException {
        Path file = write("forged.json", HEAD + """
                "nodes": [{"id": "a", "socket": "REP\\nFAKE: ERROR injected"}]}""");

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of(file + ": ERROR E_FILE unknown socket type 'REP\\nFAKE: ERROR injected' in node 'a'; "
                + "use one of REQ, REP, DEALER, ROUTER, PUB, SUB, XPUB, XSUB, PUSH, PULL, PAIR"), run.outLines());
    }

    @Test
    void controlCharactersInIdsLabelsEndpointsAndOptionsGiveOneLinePerProblem() throws IOException {
        Path file = write("controls.json", HEAD + """
                "nodes": [
                  {"id": "a\\nERROR forged", "socket": "PUSH", "label": "bell\\u0007\\u001b[2J",
                   "endpoint": "tcp://127.0.0.1\\r:5555", "options": {"identity": "x\\u2028y"}},
                  {"id": "b\\u202e", "socket": "PULL", "endpoint": "ipc://n\\u0085"},
                  {"id": "c", "socket": "PULL", "behavior": {"kind": "relay", "to": "ghost\\t\\u2029"}}],
                "links": [{"id": "l\\u0000", "connect": "b\\u202e", "bind": "a\\nERROR forged"},
                          {"connect": "c", "bind": "nowhere\\u009b"}]}""");

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertOneLinePerProblem(run);
        assertTrue(run.out().contains("node a\\nERROR forged: "), run.out());
        assertTrue(run.out().contains("'ghost\\t\\u2029'"), run.out());
        assertTrue(run.out().contains("'tcp://127.0.0.1\\r:5555'"), run.out());
    }

    @Test
    void aFileNameWithALineBreakIsEscapedToo() throws IOException {
        Path file = write("two\nlines.json", "");

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertEquals(List.of(file.toString().replace("\n", "\\n") + ": ERROR E_FILE the file is empty; a topology file "
                + "holds a JSON object { … }"), run.outLines());
    }

    /** The stdout lines are exactly the problems the summary counts, none holds a raw control character. */
    static void assertOneLinePerProblem(CommandLineRun run) {
        Matcher summary = SUMMARY.matcher(run.err());
        assertTrue(summary.matches(), run.err());
        int problems = Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2));
        assertEquals(problems, run.outLines().size(), run.out());
        for (String line : run.outLines()) {
            assertFalse(RAW.matcher(line).find(), "raw control character in: " + line);
        }
        assertFalse(run.leaksInternals(), run.out() + run.err());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
