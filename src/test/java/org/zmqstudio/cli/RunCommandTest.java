package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on real sockets: exit codes, the summary lines, the report, early stop, failures. */
@Timeout(30)
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY_LINE = Pattern.compile(
            " *\\d+\\.\\d s  sent \\d+ \\(\\d+/s\\)  received \\d+ \\(\\d+/s\\)  lost \\d+.*  [a-z ]+");

    @TempDir
    Path folder;

    @Test
    void aBoundedRunReportsEveryMessageOnStdoutAsJsonAndExitsZero() throws IOException {
        Path file = topology("Push 50", """
                {"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 50, "rate": 0, "payload": "task {n}"}},
                {"id": "sink", "socket": "PULL", "behavior": {"kind": "consume"}}""",
                """
                {"connect": "sink", "bind": "sender"}""");

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--report", "-");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(List.of("topology", "elapsedMillis", "activeMillis", "nodes", "flows"), fieldNames(report));
        assertEquals("Push 50", report.get("topology").asText());
        assertTrue(report.get("elapsedMillis").asLong() > 0, run.out());
        assertTrue(report.get("activeMillis").asLong() < report.get("elapsedMillis").asLong(),
                "the rates' time ends with the last message, before the drain is noticed: " + run.out());
        assertEquals(List.of("sender", "sink"), fieldNames(report.get("nodes")));
        JsonNode sender = report.get("nodes").get("sender");
        JsonNode sink = report.get("nodes").get("sink");
        assertEquals(List.of("socket", "sent", "received", "lost", "filtered", "inFlightAtStop", "errors"),
                fieldNames(sender));
        assertEquals("PUSH", sender.get("socket").asText());
        assertEquals(50, sender.get("sent").asLong());
        assertEquals(50, sink.get("received").asLong());
        assertEquals(0, sink.get("lost").asLong());
        assertEquals(0, sink.get("errors").asLong());
        assertEquals(1, report.get("flows").size(), run.out());
        JsonNode flow = report.get("flows").get(0);
        assertEquals("sender", flow.get("from").asText());
        assertEquals("sink", flow.get("to").asText());
        assertEquals(50, flow.get("messages").asLong());
        assertTrue(flow.get("bytes").asLong() >= 50 * "task 1".length(), run.out());
        assertEquals(0, flow.get("lost").asLong());
        assertTrue(flow.get("messagesPerSecond").asLong() > 0 && flow.get("steadyMessagesPerSecond").asLong() > 0, run.out());
        for (JsonNode percentiles : List.of(flow.path("latencyMicros"), sink.path("endToEndMicros"))) {
            if (!percentiles.isMissingNode()) {
                assertEquals(List.of("p50", "p90", "p99", "max"), fieldNames(percentiles));
            }
        }
    }

    @Test
    void stopsAsSoonAsTheBoundedSendersAreDoneAndTheFlowsHaveDrained() throws IOException {
        Path file = topology("Twenty at 100/s", """
                {"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 20, "rate": 100}},
                {"id": "sink", "socket": "PULL"}""",
                """
                {"connect": "sink", "bind": "sender"}""");

        long started = System.nanoTime();
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--duration", "25");
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(seconds < 8, "took " + seconds + " s:\n" + run.err());
        String last = lastLine(run.err());
        assertTrue(last.contains("sent 20 ") && last.contains("received 20 ") && last.endsWith("  finished"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void printsASummaryLineEverySecondUntilTheDuration() throws IOException {
        Path file = topology("Unbounded", """
                {"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 0, "rate": 50}},
                {"id": "sink", "socket": "PULL"}""",
                """
                {"connect": "sink", "bind": "sender"}""");

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--duration", "2.5");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        List<String> summaries = lines.stream().filter(l -> SUMMARY_LINE.matcher(l).matches()).toList();
        assertTrue(summaries.size() >= 3, run.err());
        assertTrue(summaries.get(0).matches("  1\\.\\d s  sent .*"), run.err());
        assertTrue(lastLine(run.err()).endsWith("  duration reached"), run.err());
        assertFalse(run.leaksInternals(), run.err());
    }

    @Test
    void anInvalidTopologyIsRefusedWithTheProblemsAsValidatePrintsThemAndNothingStarts() throws IOException {
        Path file = topology("Broken", """
                {"id": "w1", "socket": "PULL"},
                {"id": "vent", "socket": "PULL"}""",
                """
                {"connect": "w1", "bind": "vent"}""");
        Path report = folder.resolve("report.json");

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--report", report.toString());
        CommandLineRun validate = CommandLineRun.of("validate", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertFalse(validate.outLines().isEmpty());
        assertTrue(run.err().lines().toList().containsAll(validate.outLines()), run.err());
        assertTrue(run.err().contains(file + ": ERROR E_"), run.err());
        assertTrue(lastLine(run.err()).endsWith("; nothing was started"), run.err());
        assertTrue(run.err().lines().noneMatch(l -> SUMMARY_LINE.matcher(l).matches()), run.err());
        assertFalse(Files.exists(report));
        assertEquals("", run.out());
    }

    @Test
    void anUnreadableFileIsRefusedWithExitTwo() {
        CommandLineRun run = CommandLineRun.of("run", folder.resolve("missing.json").toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("missing.json: ERROR E_FILE no such file"), run.err());
    }

    @Test
    void aPortInUseFailsWithExitOneAndAMessageNamingTheEndpoint() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String endpoint = "tcp://127.0.0.1:" + taken.getLocalPort();
            Path file = topology("Port taken", """
                    {"id": "sender", "socket": "PUSH", "endpoint": "%s", "behavior": {"kind": "produce", "count": 5}},
                    {"id": "sink", "socket": "PULL"}""".formatted(endpoint),
                    """
                    {"connect": "sink", "bind": "sender"}""");

            CommandLineRun run = CommandLineRun.of("run", file.toString(), "--report", "-");

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(lastLine(run.err()).startsWith("zmq-studio run: "), run.err());
            assertTrue(lastLine(run.err()).contains(endpoint), run.err());
            assertFalse(run.leaksInternals(), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aNodeThatFailsToBindAfterTheStartFailsTheRunWithExitOne() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String endpoint = "tcp://127.0.0.1:" + taken.getLocalPort();
            Path file = topology("Late bind", """
                    {"id": "late", "socket": "PUSH", "endpoint": "%s", "startAfterMillis": 300,
                     "behavior": {"kind": "produce", "count": 5}},
                    {"id": "sink", "socket": "PULL"},
                    {"id": "ticker", "socket": "PUSH", "behavior": {"kind": "produce", "count": 0, "rate": 20}},
                    {"id": "listener", "socket": "PULL"}""".formatted(endpoint),
                    """
                    {"connect": "sink", "bind": "late"}, {"connect": "listener", "bind": "ticker"}""");

            long started = System.nanoTime();
            CommandLineRun run = CommandLineRun.of("run", file.toString(), "--duration", "20", "--report", "-");
            double seconds = (System.nanoTime() - started) / 1e9;

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(seconds < 5, "took " + seconds + " s:\n" + run.err());
            assertTrue(lastLine(run.err()).startsWith("zmq-studio run: "), run.err());
            assertTrue(lastLine(run.err()).contains(endpoint), run.err());
            JsonNode nodes = JSON.readTree(run.out()).get("nodes");
            assertTrue(nodes.get("listener").get("received").asLong() > 0, run.out());
            assertEquals(1, nodes.get("late").get("errors").asLong(), run.out());
        }
    }

    @Test
    void reportReplacesTheFileWholeLeavingNoBackupOrTemporaryFileAndNothingOnStdout() throws IOException {
        Path file = topology("To a file", """
                {"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 10, "rate": 0}},
                {"id": "sink", "socket": "PULL"}""",
                """
                {"connect": "sink", "bind": "sender"}""");
        Path report = folder.resolve("report.json");
        Files.writeString(report, "the report of an earlier run");

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--report", report.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        JsonNode written = JSON.readTree(report.toFile());
        assertEquals(10, written.get("nodes").get("sink").get("received").asLong());
        assertTrue(Files.readString(report).endsWith("}\n"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("report.json", file.getFileName().toString()),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aReportPathThatIsALinkIsWrittenThroughAndStaysALink() throws IOException {
        Path file = topology("Through a link", """
                {"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 5, "rate": 0}},
                {"id": "sink", "socket": "PULL"}""",
                """
                {"connect": "sink", "bind": "sender"}""");
        Path real = Files.writeString(folder.resolve("real-report.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("report.json"), real.getFileName());

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--report", link.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(5, JSON.readTree(real.toFile()).get("nodes").get("sink").get("received").asLong());
    }

    @Test
    void aReportInAMissingFolderIsRefusedBeforeStarting() throws IOException {
        Path file = topology("Nowhere", """
                {"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 1}},
                {"id": "sink", "socket": "PULL"}""",
                """
                {"connect": "sink", "bind": "sender"}""");
        Path report = folder.resolve("no-such-folder").resolve("report.json");

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--report", report.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("zmq-studio run: cannot write the report to " + report + ": no such folder; nothing was started",
                lastLine(run.err()));
    }

    @Test
    void aReportOntoTheTopologyFileItselfIsRefusedAndTheFileKept() throws IOException {
        Path file = topology("Keep me", """
                {"id": "sender", "socket": "PUSH", "behavior": {"kind": "produce", "count": 1}},
                {"id": "sink", "socket": "PULL"}""",
                """
                {"connect": "sink", "bind": "sender"}""");
        String before = Files.readString(file);

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--report",
                folder.resolve(".").resolve(file.getFileName()).toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(lastLine(run.err()).contains("it is the topology file being run; nothing was started"), run.err());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void aTopologyLargerThanARunTakesIsRefusedBeforeStarting() throws IOException {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i <= RunCommand.MAX_NODES; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i).append("\", \"socket\": \"PULL\"}");
        }
        Path file = topology("Too big", nodes.toString(), "");

        CommandLineRun run = CommandLineRun.of("run", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(lastLine(run.err()).contains("has " + (RunCommand.MAX_NODES + 1) + " nodes; a run takes at most "
                + RunCommand.MAX_NODES), lastLine(run.err()));
    }

    @Test
    void theCommandEndsWithinTheDurationPlusFiveSecondsEvenWhenTheStartIsSlow() throws IOException {
        StringBuilder nodes = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            nodes.append(i == 0 ? "" : ",").append("""
                    {"id": "p%d", "socket": "PUSH", "endpoint": "tcp://127.0.0.1:*",
                     "behavior": {"kind": "produce", "count": 0, "rate": 5}},
                    {"id": "c%d", "socket": "PULL"}""".formatted(i, i));
            links.append(i == 0 ? "" : ",").append("{\"connect\": \"c%d\", \"bind\": \"p%d\"}".formatted(i, i));
        }
        Path file = topology("Many pairs", nodes.toString(), links.toString());

        long started = System.nanoTime();
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--duration", "2", "--report", "-");
        double seconds = (System.nanoTime() - started) / 1e9;

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(seconds < 7, "took " + seconds + " s for --duration 2");
        AccountingOfReport.assertCloses(JSON.readTree(run.out()));
    }

    @Test
    void anUnknownOptionIsAnErrorWithTheRunUsage() {
        CommandLineRun run = CommandLineRun.of("run", "--bogus", "x.json");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("zmq-studio run: Unknown option: '--bogus'"), run.err());
        assertTrue(run.err().contains("Usage: zmq-studio run [-hV] [--allow-network]"), run.err());
    }

    @Test
    void aDurationThatIsNotPositiveOrLongerThanADayIsRefused() {
        for (String duration : List.of("0", "-1", "86401", "NaN")) {
            CommandLineRun run = CommandLineRun.of("run", "x.json", "--duration", duration);

            assertEquals(2, run.exitCode(), duration);
            assertTrue(run.err().startsWith("zmq-studio run: --duration must be more than 0 and at most 86400 seconds"),
                    run.err());
        }
        CommandLineRun notANumber = CommandLineRun.of("run", "x.json", "--duration", "soon");
        assertEquals(2, notANumber.exitCode());
        assertTrue(notANumber.err().contains("'soon'"), notANumber.err());
    }

    @Test
    void helpDescribesTheOptionsAndExitCodes() {
        CommandLineRun run = CommandLineRun.of("run", "--help");

        assertEquals(0, run.exitCode());
        for (String expected : List.of("--duration=SECONDS", "--report=PATH|-", "--allow-network", "Exit status")) {
            assertTrue(run.out().contains(expected), run.out());
        }
    }

    /** Writes a topology file with these nodes and links (JSON object lists without brackets). */
    private Path topology(String name, String nodes, String links) throws IOException {
        return Files.writeString(folder.resolve("topology.json"), """
                {"format": "zmq-studio/topology", "version": 1, "name": "%s",
                 "nodes": [%s],
                 "links": [%s]}
                """.formatted(name, nodes, links));
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
