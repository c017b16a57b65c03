package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on tours (issue 14, Bad input): missing ids and unknown actions, each with its step number. */
class ValidateTourTest {

    private static final String HEAD = """
            {"format": "zmq-studio/topology", "version": 1,
             "nodes": [{"id": "a", "socket": "PUSH"}, {"id": "b", "socket": "PULL"}],
             "links": [{"connect": "b", "bind": "a"}],
             "tour": [""";

    @TempDir
    Path folder;

    @Test
    void aStepNamingAMissingNodeIsAnErrorWithItsStepNumber() throws Exception {
        Path file = Files.writeString(folder.resolve("t.json"),
                HEAD + "{\"say\": \"Go.\", \"do\": \"run\"}, {\"say\": \"Kill it.\", \"focus\": [\"c\"], \"do\": \"kill:c\"}]}");

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of(
                file + ": ERROR E_TOUR_ID topology: tour step 2: 'focus' names 'c', which is neither a node nor a link of this topology",
                file + ": ERROR E_TOUR_ID topology: tour step 2: 'kill:c' names 'c', which is not a node of this topology"),
                run.outLines());
    }

    @Test
    void anUnknownActionIsASyntaxErrorWithItsStepNumber() throws Exception {
        Path file = Files.writeString(folder.resolve("t.json"), HEAD + "{\"say\": \"Go.\", \"do\": \"fly\"}]}");

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.outLines().size(), run.out());
        assertEquals(true, run.outLines().get(0).contains("unknown action 'fly' in tour step 1"), run.out());
    }
}
