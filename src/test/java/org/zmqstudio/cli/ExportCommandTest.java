package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
        CommandLineRun gif = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "gif", "--out",
                folder.resolve("x.gif").toString());
        CommandLineRun noOut = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "java");

        assertEquals(2, gif.exitCode());
        assertTrue(gif.err().lines().findFirst().orElse("").contains("java, python, png, svg, not 'gif'"), gif.err());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().contains("Missing required option: '--out=PATH'"), noOut.err());
        assertFalse(gif.leaksInternals() || noOut.leaksInternals());
    }

    @Test
    void writesAPngOfTheDiagramAtTheScaleAskedWithoutADisplay() throws IOException {
        Path one = folder.resolve("pipeline.png");
        Path two = folder.resolve("pipeline@2x.png");

        CommandLineRun atOne = CommandLineRun.of("export", "topologies/parallel-pipeline.json", "--to", "png", "--out", one.toString());
        CommandLineRun atTwo = CommandLineRun.of("export", "topologies/parallel-pipeline.json", "--to", "png", "--scale", "2",
                "--theme", "dark", "--out", two.toString());

        assertEquals(0, atOne.exitCode(), atOne.err());
        assertEquals(0, atTwo.exitCode(), atTwo.err());
        assertEquals(List.of("zmq-studio export: wrote " + one), atOne.err().lines().toList());
        int[] small = pngSize(Files.readAllBytes(one));
        int[] large = pngSize(Files.readAllBytes(two));
        assertEquals(2 * small[0], large[0]);
        assertEquals(2 * small[1], large[1]);
    }

    @Test
    void writesAnSvgWhoseWordsAreText() throws IOException {
        Path out = folder.resolve("pipeline.svg");

        CommandLineRun run = CommandLineRun.of("export", "topologies/parallel-pipeline.json", "--to", "svg", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains(">Ventilator</text>"), svg);
    }

    @Test
    void aPictureThatCannotBeWrittenFailsClearlyAndLeavesNoFile() throws IOException {
        // A folder nobody may create files in, root included (the tests may run as root).
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "Linux /proc");
        Path out = proc.resolve("zmq-studio-pipeline.png");

        CommandLineRun run = CommandLineRun.of("export", "topologies/parallel-pipeline.json", "--to", "png", "--out", out.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("zmq-studio export: cannot write " + out + ": "), run.err());
        assertTrue(run.err().strip().endsWith("nothing was written"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aScaleOtherThanOneTwoOrFourOrAnUnknownThemeIsRefused() {
        CommandLineRun scale = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "png", "--scale", "3",
                "--out", folder.resolve("x.png").toString());
        CommandLineRun theme = CommandLineRun.of("export", "topologies/hello-world.json", "--to", "svg", "--theme", "blue",
                "--out", folder.resolve("x.svg").toString());

        assertEquals(2, scale.exitCode());
        assertEquals("zmq-studio export: --scale must be 1, 2 or 4, not 3; nothing was written", scale.err().strip());
        assertEquals(2, theme.exitCode());
        assertEquals("zmq-studio export: --theme must be light or dark, not 'blue'; nothing was written", theme.err().strip());
        assertFalse(Files.exists(folder.resolve("x.png")) || Files.exists(folder.resolve("x.svg")));
    }

    /** Width and height from a PNG's header chunk. */
    private static int[] pngSize(byte[] png) {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png, 16, 8);
        return new int[] {header.getInt(), header.getInt()};
    }
}
