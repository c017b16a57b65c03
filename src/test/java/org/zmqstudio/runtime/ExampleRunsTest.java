package org.zmqstudio.runtime;

import static org.zmqstudio.runtime.TestRuns.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.persistence.TopologyFiles;

@Timeout(120)
class ExampleRunsTest {
    @Test
    void printAll() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("topologies"))) {
            for (Path f : files.sorted().filter(p -> p.toString().contains(System.getProperty("only", ""))).toList()) {
                long t0 = System.nanoTime();
                try (RunHandle run = start(withFreePorts(TopologyFiles.load(f)))) {
                    RunSnapshot s = awaitDrained(run, Duration.ofSeconds(12));
                    System.out.println("== " + f + " " + run.phase() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                    s.nodes().forEach(n -> System.out.println("  " + n.nodeId() + " " + n.state() + " sent=" + n.sent() + " recv=" + n.received() + " lost=" + n.lost() + " err=" + n.errors() + " e2e=" + n.endToEnd().p50Micros() + " " + (n.lastError() == null ? "" : n.lastError())));
                    s.flows().forEach(fl -> System.out.println("  flow " + fl.from() + "->" + fl.to() + " [" + fl.linkId() + "] " + fl.messages() + " lost=" + fl.lost() + " p50=" + fl.latency().p50Micros()));
                    System.out.println("  events: " + run.drainEvents(5));
                }
            }
        }
    }
}
