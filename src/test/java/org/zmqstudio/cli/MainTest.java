package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void noArgumentOpensTheWindowWithoutAFile() {
        CommandLineRun run = CommandLineRun.of();

        assertEquals(0, run.exitCode());
        assertEquals(Arrays.asList((Path) null), run.opened());
    }

    @Test
    void aFileArgumentOpensTheWindowOnThatFile(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("t.json"), "{}");

        CommandLineRun run = CommandLineRun.of(file.toString());

        assertEquals(0, run.exitCode());
        assertEquals(List.of(file), run.opened());
    }

    @Test
    void aMissingFileIsRefusedWithoutOpeningTheWindow() {
        CommandLineRun run = CommandLineRun.of("no-such.json");

        assertEquals(2, run.exitCode());
        assertEquals("zmq-studio: cannot open no-such.json: no such file\n", run.err());
        assertEquals(List.of(), run.opened());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CommandLineRun run = CommandLineRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: zmq-studio"), run.out());
        assertTrue(run.out().contains("validate"), run.out());
        assertEquals(List.of(), run.opened());
    }

    @Test
    void versionSaysDevWhenNotRunFromTheJar() {
        CommandLineRun run = CommandLineRun.of("--version");

        assertEquals(0, run.exitCode());
        assertEquals("ZMQ Studio dev\n", run.out());
    }

    @Test
    void anUnknownOptionIsAnErrorWithAUsageLine() {
        CommandLineRun run = CommandLineRun.of("--bogus");

        assertEquals(2, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertEquals("zmq-studio: Unknown option: '--bogus'", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Usage: zmq-studio")), run.err());
        assertEquals("Try 'zmq-studio --help' for more information.", lines.get(lines.size() - 1));
        assertEquals(List.of(), run.opened());
        assertFalse(run.leaksInternals(), run.err());
    }

    @Test
    void aSubCommandsUnknownOptionShowsThatSubCommandsUsage() {
        CommandLineRun run = CommandLineRun.of("validate", "--bogus", "x.json");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("zmq-studio validate: Unknown option: '--bogus'"), run.err());
        assertTrue(run.err().contains("Usage: zmq-studio validate [-hV] [--allow-network] FILE..."), run.err());
    }

    @Test
    void validateWithoutFilesSaysAFileIsNeeded() {
        CommandLineRun run = CommandLineRun.of("validate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("zmq-studio validate: Missing required parameter: 'FILE'"), run.err());
    }
}
