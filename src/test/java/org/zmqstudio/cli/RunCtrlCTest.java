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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+C on {@code run} in a real process: the JVM's shutdown (SIGTERM here, as SIGINT) stops the run
 * cleanly and the report is still written, promptly.
 */
@Timeout(30)
class RunCtrlCTest {

    @TempDir
    Path folder;

    @Test
    void stoppingTheProcessStopsTheRunAndStillWritesTheReport() throws Exception {
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
            // SIGTERM through the handle: Process.destroy() would also close our end of its output.
            process.toHandle().destroy();
            StringBuilder rest = new StringBuilder();
            output.lines().forEach(l -> rest.append(l).append('\n'));
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), rest.toString());
            double seconds = (System.nanoTime() - stopped) / 1e9;

            assertTrue(seconds < 5, "took " + seconds + " s to stop");
            assertTrue(rest.toString().contains("stopped by Ctrl+C"), rest.toString());
            JsonNode written = new ObjectMapper().readTree(report.toFile());
            assertTrue(written.get("nodes").get("sink").get("received").asLong() > 0, Files.readString(report));
            assertEquals("Endless", written.get("topology").asText());
        } finally {
            process.destroyForcibly();
        }
    }
}
