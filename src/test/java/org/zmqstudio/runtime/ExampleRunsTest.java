package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.runtime.TestRuns.node;
import static org.zmqstudio.runtime.TestRuns.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.zmqstudio.QuickExamples;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.persistence.TopologyFiles;

/**
 * Every example in {@code topologies/} runs to its end (with free ports, {@link QuickExamples} faster)
 * and counts what its description promises.
 */
@Timeout(60)
class ExampleRunsTest {

    private static final Map<String, Consumer<RunSnapshot>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("hello-world.json", s -> {
            assertEquals(20, n(s, "client").received());
            assertEquals(20, n(s, "server").sent());
        });
        EXPECTED.put("lazy-pirate.json", s -> {
            for (String client : List.of("client-a", "client-b")) {
                NodeSnapshot c = n(s, client);
                assertEquals(NodeState.DONE, c.state());
                assertTrue(c.received() == 6 || c.errors() == 1, client + " got every reply or gave up: " + c);
                assertTrue(c.sent() >= c.received());
            }
        });
        EXPECTED.put("multipart.json", s -> assertEquals(100, n(s, "receiver").received()));
        EXPECTED.put("pair-relay.json", s -> assertEquals(50, n(s, "step-3").received()));
        EXPECTED.put("parallel-pipeline.json", s -> {
            assertEquals(300, n(s, "sink").received());
            for (int w = 1; w <= 3; w++) {
                assertTrue(n(s, "worker-" + w + "-in").received() >= 80);
            }
        });
        EXPECTED.put("pipeline-kill-signal.json", s -> {
            assertEquals(300, n(s, "sink").received());
            for (int w = 1; w <= 3; w++) {
                assertEquals(3, n(s, "worker-" + w + "-control").received(), "every worker hears KILL");
            }
        });
        EXPECTED.put("pubsub-forwarder.json", s -> {
            assertEquals(200, n(s, "sports-fan").received());
            assertEquals(200, n(s, "weather-watcher").received());
        });
        EXPECTED.put("shared-queue.json", s -> {
            for (int c = 1; c <= 3; c++) {
                assertEquals(40, n(s, "client-" + c).received());
            }
            assertTrue(n(s, "worker-1").received() > 0 && n(s, "worker-2").received() > 0);
        });
        EXPECTED.put("slow-joiner.json", s -> {
            assertEquals(100, n(s, "early-subscriber").received());
            NodeSnapshot late = n(s, "late-subscriber");
            assertTrue(late.received() < 100 && late.lost() > 0, late.toString());
            assertEquals(100, late.received() + late.lost());
        });
        EXPECTED.put("slow-subscriber-hwm.json", s -> {
            assertEquals(600, n(s, "fast-subscriber").received());
            NodeSnapshot slow = n(s, "slow-subscriber");
            assertTrue(slow.lost() > 0, slow.toString());
            assertEquals(600, slow.received() + slow.lost());
        });
        EXPECTED.put("weather-updates.json", s -> {
            assertEquals(200, n(s, "zip-10001").received());
            assertEquals(200, n(s, "zip-10002").received());
        });
    }

    private static NodeSnapshot n(RunSnapshot s, String id) {
        return node(s, id);
    }

    @Test
    void everyExampleRunsToItsEndAndCountsWhatItsDescriptionPromises() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("topologies"))) {
            files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(EXPECTED.keySet().stream().sorted().toList(),
                files.stream().map(f -> f.getFileName().toString()).toList(), "every example has its expectations");
        Map<String, RunHandle> runs = new LinkedHashMap<>();
        try {
            for (Path file : files) {
                runs.put(file.getFileName().toString(), start(withFreePorts(QuickExamples.quickened(TopologyFiles.load(file)))));
            }
            List<Executable> checks = new ArrayList<>();
            for (var entry : runs.entrySet()) {
                RunSnapshot s = awaitDrained(entry.getValue(), Duration.ofSeconds(15));
                RunPhase phase = entry.getValue().phase();
                checks.add(() -> {
                    assertEquals(RunPhase.DRAINED, phase, entry.getKey());
                    EXPECTED.get(entry.getKey()).accept(s);
                });
            }
            assertAll(checks);
        } finally {
            runs.values().forEach(RunHandle::stop);
        }
    }
}
