package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.consume;
import static org.zmqstudio.runtime.TestRuns.produce;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.zmqstudio.Eventually;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

@Timeout(20)
class BackgroundPriorityTest {

    private static final String RUN_THREADS = "zmqstudio-run";

    private static Topology pushPull() {
        String endpoint = "inproc://background-" + System.nanoTime();
        return topology(List.of(node("push", SocketType.PUSH, produce(0, 100)).withEndpoint(endpoint),
                node("pull", SocketType.PULL, consume())), link("pull", "push"));
    }

    private static boolean aThreadCanLowerItself() throws InterruptedException {
        AtomicBoolean lowered = new AtomicBoolean();
        Thread probe = new Thread(() -> lowered.set(BackgroundPriority.lowerCurrentThread()));
        probe.start();
        probe.join();
        return lowered.get();
    }

    @Test
    void aRunAtBackgroundPriorityLowersItsSocketThreadsAndItsWatcher() throws Exception {
        assumeTrue(aThreadCanLowerItself(), "no C library to call");
        assumeTrue(ThreadNiceness.readable(), "Linux only");
        Set<String> before = ThreadNiceness.threadIds();
        try (RunHandle run = Engine.start(pushPull(), RunOptions.DEFAULTS.withBackground(true))) {
            List<Integer> expected = List.of(BackgroundPriority.NICE, BackgroundPriority.NICE, BackgroundPriority.NICE);
            List<Integer> nice = Eventually.await(Duration.ofSeconds(5),
                    () -> ThreadNiceness.ofThreadsNamed(RUN_THREADS, before), expected::equals);
            assertEquals(expected, nice, "the push and pull threads and the drain watcher");
        }
    }

    @Test
    void aRunAtNormalPriorityKeepsIt() {
        assumeTrue(ThreadNiceness.readable(), "Linux only");
        Set<String> before = ThreadNiceness.threadIds();
        try (RunHandle run = Engine.start(pushPull(), RunOptions.DEFAULTS)) {
            TestRuns.awaitSnapshot(run, Duration.ofSeconds(5), s -> TestRuns.node(s, "pull").received() > 0);
            List<Integer> nice = ThreadNiceness.ofThreadsNamed(RUN_THREADS, before);
            assertFalse(nice.isEmpty());
            assertFalse(nice.contains(BackgroundPriority.NICE), nice.toString());
        }
    }
}
