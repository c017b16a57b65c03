package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.zmqstudio.persistence.MalformedCorpus;

/**
 * {@code validate} and {@code run} on every file of the project's malformed-file corpus
 * ({@link MalformedCorpus}): exit 2, nothing that looks like a stack trace or an exception, exactly
 * one well-formed line per problem the summary counts, and no run started.
 */
@Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
class ValidateMalformedCorpusTest {

    private static final Pattern LINE = Pattern.compile(
            "(?<file>[^\\p{Cntrl}]+?)(:\\d+:\\d+)?: (ERROR|WARNING) [EW]_[A-Z_]+ [^\\p{Cntrl}\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]+");

    @TempDir
    Path folder;

    @Test
    void theFilesTheCorpusIsMadeFromAreValid() throws IOException {
        for (Map.Entry<String, String> base : MalformedCorpus.BASES.entrySet()) {
            Path file = Files.writeString(folder.resolve(base.getKey() + ".json"), base.getValue());

            CommandLineRun run = CommandLineRun.of("validate", file.toString());

            assertEquals(0, run.exitCode(), run.out());
        }
    }

    @Test
    void everyFileOfTheCorpusIsRefusedWithOneLinePerProblemAndNoStackTrace() throws IOException {
        List<Path> corpus = MalformedCorpus.writeTo(folder.resolve("malformed"));
        List<String> failures = new ArrayList<>();

        for (Path file : corpus) {
            CommandLineRun run = CommandLineRun.of("validate", file.toString());
            try {
                assertEquals(2, run.exitCode(), "exit code");
                ValidateControlCharactersTest.assertOneLinePerProblem(run);
                for (String line : run.outLines()) {
                    assertTrue(LINE.matcher(line).matches() && line.startsWith(file + ":"), "malformed line: " + line);
                }
            } catch (AssertionError e) {
                failures.add(file.getFileName() + ": " + e.getMessage() + "\n" + run.out() + run.err());
            }
        }

        assertTrue(corpus.size() > 500, "only " + corpus.size() + " files");
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " files");
    }

    @Test
    void runRefusesEveryFileOfTheCorpusBeforeStartingAnything() throws IOException {
        List<Path> corpus = MalformedCorpus.writeTo(folder.resolve("malformed"));
        List<String> failures = new ArrayList<>();

        for (Path file : corpus) {
            CommandLineRun run = CommandLineRun.of("run", file.toString(), "--duration", "1");
            boolean refused = run.exitCode() == 2 && !run.leaksInternals()
                    && run.err().lines().reduce((first, second) -> second).orElse("").endsWith("nothing was started");
            if (!refused) {
                failures.add(file.getFileName() + ": exit " + run.exitCode() + "\n" + run.err());
            }
        }

        assertTrue(corpus.size() > 500, "only " + corpus.size() + " files");
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " files");
    }
}
