package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C (SIGINT) and SIGTERM on {@code run} in a real process: either stops the run cleanly and
 * promptly, the report is still written, and the exit status and last line say which signal it was.
 */
@Timeout(60)
class RunSignalTest {

    @TempDir
    Path folder;

    @Test
    void sigtermStopsTheRunWritesTheReportAndExitsWith143() throws Exception {
        stopWith(process -> process.toHandle().destroy(), "stopped by SIGTERM", 143);
    }

    @Test
    void ctrlCStopsTheRunWritesTheReportAndExitsWith130() throws Exception {
        stopWith(process -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "stopped by Ctrl+C (SIGINT)", 130);
    }

    private void stopWith(Consumer<Process> signal, String lastWords, int exitCode) throws Exception {
        Path file = Files.writeString(folder.resolve("endless.json"), """
                {"format": "zmq-studio/topology", "version": 1, "name": "Endless",
                 "nodes": [{"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 0, "rate": 100}},
                           {"id": "sink", "socket": "PULL"}],
                 "links": [{"connect": "sink", "bind": "sender"}]}
                """);
        Path report = folder.resolve("report.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", file.toString(), "--duration", "60", "--report", report.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = output.readLine();
            while (line != null && !line.contains(" sent ")) {
                line = output.readLine();
            }
            assertTrue(line != null, "the run printed no summary line");

            long stopped = System.nanoTime();
            // Not Process.destroy(): that would also close our end of its output.
            signal.accept(process);
            StringBuilder rest = new StringBuilder();
            output.lines().forEach(l -> rest.append(l).append('\n'));
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), rest.toString());
            double seconds = (System.nanoTime() - stopped) / 1e9;

            assertTrue(seconds < 5, "took " + seconds + " s to stop");
            assertTrue(rest.toString().contains(lastWords), rest.toString());
            assertEquals(exitCode, process.exitValue(), rest.toString());
            JsonNode written = new ObjectMapper().readTree(report.toFile());
            assertTrue(written.get("nodes").get("sink").get("received").asLong() > 0, Files.readString(report));
            assertEquals("Endless", written.get("topology").asText());
        } finally {
            process.destroyForcibly();
        }
    }
}
