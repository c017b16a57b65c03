package org.zmqstudio.cli;

import org.zmqstudio.QuickExamples;
import org.zmqstudio.persistence.TopologyFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --explain} on the loss examples: one line per cause and place, whose counts add up to the report's. */
@Timeout(60)
class RunExplainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code CODE FROM[ → TO]: COUNT WORD — WHY; FIX}. */
    private static final Pattern LINE = Pattern.compile(
            "([a-z-]+) ([^ :]+)(?: → ([^ :]+))?: (\\d+) (lost|filtered|in flight) — (.+); (.+)");

    /** One explained line. */
    private record Cause(String code, String from, String to, long count, String word) {

        /**
         * The node whose counter holds it: the sender of what is in flight, the client of a request
         * given up, else the receiver of what was lost or filtered on the way to it.
         */
        String countedAt(JsonNode nodes) {
            if (to == null || word.equals("in flight")) {
                return from;
            }
            boolean fromClient = code.equals("timed-out") && List.of("REQ", "DEALER").contains(nodes.get(from).get("socket").asText());
            return fromClient ? from : to;
        }
    }

    @Test
    void theSlowJoinersLossesAreExplainedAsPublishedBeforeTheSubscriptionArrived() throws Exception {
        Explained run = explain("slow-joiner.json");

        long lateLost = run.report.get("nodes").get("late-subscriber").get("lost").asLong();
        assertTrue(lateLost > 0, run.err);
        assertEquals(List.of(new Cause("late-sub", "publisher", "late-subscriber", lateLost, "lost")), run.causes, run.err);
        assertTrue(run.err.contains("published before the subscription arrived (slow joiner); start the subscriber first"),
                run.err);
        run.assertAddsUpToTheReport();
    }

    @Test
    void aSlowSubscribersLossesAreExplainedAsHighWaterMarkDrops() throws Exception {
        Explained run = explain("slow-subscriber-hwm.json");

        assertTrue(run.report.get("nodes").get("slow-subscriber").get("lost").asLong() > 0, run.err);
        assertTrue(run.causes.stream().anyMatch(c -> c.code.equals("hwm") && c.to.equals("slow-subscriber")), run.err);
        assertTrue(run.err.contains("high-water mark"), run.err);
        run.assertAddsUpToTheReport();
    }

    @Test
    void requestsALazyPirateClientGaveUpAreLostAndNoLongerInFlight() throws Exception {
        Explained run = explain("lazy-pirate.json");

        assertTrue(run.causes.stream().anyMatch(c -> c.code.equals("timed-out") && c.from.equals("server")), run.err);
        assertTrue(run.err.contains("(Lazy Pirate)"), run.err);
        run.assertAddsUpToTheReport();
        assertEquals(0, run.report.get("nodes").get("server").get("inFlightAtStop").asLong(), run.err);
    }

    private record Explained(String err, JsonNode report, List<Cause> causes) {

        /** Per node, the lost, filtered and in-flight lines add up to its numbers in the report; per flow, to the flow's lost. */
        void assertAddsUpToTheReport() {
            Map<String, long[]> perNode = new HashMap<>();
            for (Cause c : causes) {
                int column = switch (c.word) {
                    case "lost" -> 0;
                    case "filtered" -> 1;
                    default -> 2;
                };
                perNode.computeIfAbsent(c.countedAt(report.get("nodes")), k -> new long[3])[column] += c.count;
            }
            report.get("nodes").fields().forEachRemaining(node -> {
                long[] explained = perNode.getOrDefault(node.getKey(), new long[3]);
                JsonNode numbers = node.getValue();
                assertEquals(numbers.get("lost").asLong(), explained[0], node.getKey() + " lost\n" + err);
                assertEquals(numbers.get("filtered").asLong(), explained[1], node.getKey() + " filtered\n" + err);
                assertEquals(numbers.get("inFlightAtStop").asLong(), explained[2], node.getKey() + " in flight\n" + err);
            });
            for (JsonNode flow : report.get("flows")) {
                long explained = causes.stream().filter(c -> c.word.equals("lost") && flow.get("from").asText().equals(c.from)
                        && flow.get("to").asText().equals(c.to)).mapToLong(Cause::count).sum();
                assertEquals(flow.get("lost").asLong(), explained, flow + "\n" + err);
            }
        }
    }

    @TempDir
    Path folder;

    /** Runs a copy of the example at test speed whose tcp ports are any free ones (another run may hold the example's own). */
    private Explained explain(String example) throws Exception {
        Path file = folder.resolve(example);
        TopologyFiles.save(QuickExamples.loadOnFreePorts(example), file);
        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--explain", "--report", "-");
        assertEquals(0, run.exitCode(), run.err());
        List<Cause> causes = run.err().lines().map(LINE::matcher).filter(Matcher::matches)
                .map(m -> new Cause(m.group(1), m.group(2), m.group(3), Long.parseLong(m.group(4)), m.group(5)))
                .toList();
        return new Explained(run.err(), JSON.readTree(run.out()), causes);
    }
}
