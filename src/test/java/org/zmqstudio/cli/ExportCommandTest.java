package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: what it writes, and every input it refuses with one line, exit 2 and nothing written. */
class ExportCommandTest {

    private static final String BROKEN = """
            {
              "format": "zmq-studio/topology",
              "version": 1,
              "nodes": [
                { "id": "a", "socket": "PULL" },
                { "id": "b", "socket": "PULL" }
              ],
              "links": [ { "connect": "a", "bind": "b" } ]
            }
            """;

    @TempDir
    Path folder;

    @Test
    void writesAJavaProgramNamedAfterItsFileAndSaysHowToRunIt() throws IOException {
        Path out = folder.resolve("HelloWorld.java");

        CommandLineRun run = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "java", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        String program = Files.readString(out);
        assertTrue(program.contains("public class HelloWorld {"), program);
        assertTrue(program.contains("server.bind(\"tcp://127.0.0.1:5555\");"), program);
        assertTrue(program.contains("client.connect(\"tcp://127.0.0.1:5555\");"), program);
        assertEquals(List.of("zmq-studio export: wrote " + out + "; run it with java -cp jeromq-0.6.0.jar " + out), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void writesAPythonScriptAndReplacesAnOlderFileLeavingNoTemporaryFile() throws IOException {
        Path out = folder.resolve("pipeline.py");
        Files.writeString(out, "an older export");

        CommandLineRun run = CommandLineRun.of("export", "topologies/parallel-pipeline.json", "--to", "python", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        String script = Files.readString(out);
        assertTrue(script.startsWith("#!/usr/bin/env python3\n# Parallel pipeline"), script);
        assertTrue(script.contains("ventilator.bind(\"inproc://tasks\")"), script);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(out), files.toList(), "only the script, no temporary file");
        }
    }

    @Test
    void aTopologyWithErrorsIsRefusedWithItsProblemsAndNothingIsWritten() throws IOException {
        Path topology = Files.writeString(folder.resolve("broken.json"), BROKEN);
        Path out = folder.resolve("Broken.java");

        CommandLineRun run = CommandLineRun.of("export", topology.toString(), "--to", "java", "--out", out.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("ERROR E_PAIR_TYPES"), run.err());
        assertTrue(run.err().contains("zmq-studio export: " + topology + " has 1 error; nothing was written"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputOntoTheTopologyFileIsRefusedAndTheFileIsKept() throws IOException {
        Path topology = folder.resolve("hello.json");
        Files.copy(Path.of("topologies/hello-world.json"), topology);
        String before = Files.readString(topology);

        CommandLineRun run = CommandLineRun.of("export", topology.toString(), "--to", "python", "--out",
                folder.resolve(".").resolve("hello.json").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("it is the topology file being exported; nothing was written"), run.err());
        assertEquals(before, Files.readString(topology));
    }

    @Test
    void anOutputInAMissingFolderOrOntoAFolderIsRefused() {
        CommandLineRun missing = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "java", "--out",
                folder.resolve("no/such/Hello.java").toString());
        CommandLineRun onFolder = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "java", "--out",
                folder.toString());

        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such folder; nothing was written"), missing.err());
        assertEquals(2, onFolder.exitCode());
        assertTrue(onFolder.err().contains("it is a folder; nothing was written"), onFolder.err());
    }

    @Test
    void anUnknownFormatOrAMissingOptionIsAUsageError() {
        CommandLineRun png = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "png", "--out",
                folder.resolve("x.png").toString());
        CommandLineRun noOut = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "java");

        assertEquals(2, png.exitCode());
        assertTrue(png.err().lines().findFirst().orElse("").contains("java or python, not 'png'"), png.err());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().contains("Missing required option: '--out=PATH'"), noOut.err());
        assertFalse(png.leaksInternals() || noOut.leaksInternals());
    }
}
