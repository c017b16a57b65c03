package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.consume;
import static org.zmqstudio.runtime.TestRuns.produce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** Reads each thread's nice value where Linux shows it: /proc/self/task/TID/stat, field 19. */
@Timeout(20)
class BackgroundPriorityTest {

    private static final Path TASKS = Path.of("/proc/self/task");

    private static Topology pushPull() {
        String endpoint = "inproc://background-" + System.nanoTime();
        return topology(List.of(node("push", SocketType.PUSH, produce(0, 100)).withEndpoint(endpoint),
                node("pull", SocketType.PULL, consume())), link("pull", "push"));
    }

    /** The nice values of this process's threads whose names start with {@code prefix}. */
    private static List<Integer> niceOfThreads(String prefix) throws IOException {
        List<Integer> values = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).startsWith(prefix)) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        values.add(Integer.parseInt(fields[16]));
                    }
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return values;
    }

    @Test
    void aRunForTheWindowRunsItsSocketThreadsAtBackgroundPriority() throws IOException {
        assumeTrue(Files.isDirectory(TASKS), "Linux only");
        try (RunHandle run = Engine.start(pushPull(), RunOptions.DEFAULTS.withBackground(true))) {
            TestRuns.awaitSnapshot(run, Duration.ofSeconds(5), s -> TestRuns.node(s, "pull").received() > 0);
            List<Integer> nice = niceOfThreads("zmqstudio-run");
            assertFalse(nice.isEmpty());
            assertEquals(List.of(BackgroundPriority.NICE, BackgroundPriority.NICE, BackgroundPriority.NICE), nice,
                    "the push and pull threads and the drain watcher");
        }
    }

    @Test
    void aRunFromTheCommandLineKeepsNormalPriority() throws IOException {
        assumeTrue(Files.isDirectory(TASKS), "Linux only");
        try (RunHandle run = Engine.start(pushPull(), RunOptions.DEFAULTS)) {
            TestRuns.awaitSnapshot(run, Duration.ofSeconds(5), s -> TestRuns.node(s, "pull").received() > 0);
            List<Integer> nice = niceOfThreads("zmqstudio-run");
            assertFalse(nice.isEmpty());
            assertFalse(nice.contains(BackgroundPriority.NICE), nice.toString());
        }
    }
}
