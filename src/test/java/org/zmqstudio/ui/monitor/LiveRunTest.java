package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.Eventually;
import org.zmqstudio.QuickExamples;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;

class LiveRunTest {

    private static final long FRAME_NANOS = 16_666_667L;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aPipelineRunShowsTokensOnEveryWorkerLinkAndTheSinkCountsEveryTask() throws Exception {
        Topology pipeline = QuickExamples.load("parallel-pipeline.json");
        Set<String> linksWithTokens = new HashSet<>();
        try (RunHandle handle = Engine.start(pipeline, RunOptions.DEFAULTS)) {
            LiveRun live = new LiveRun(handle, pipeline);
            long[] now = {0};
            assertTrue(Eventually.await(Duration.ofSeconds(15), () -> {
                now[0] += FRAME_NANOS;
                live.onFrame(now[0]).tokens().forEach(t -> linksWithTokens.add(t.linkId()));
                return live.snapshot().node("sink").orElseThrow().received() == 300;
            }), "the sink counts every task");
        }
        assertTrue(linksWithTokens.containsAll(Set.of("worker-1-in->ventilator", "worker-2-in->ventilator",
                "worker-3-in->ventilator", "worker-1-out->sink", "worker-2-out->sink", "worker-3-out->sink")),
                linksWithTokens.toString());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theEventLogFillsWithHopsThatEachGetAReason() throws Exception {
        Topology pipeline = QuickExamples.load("parallel-pipeline.json");
        try (RunHandle handle = Engine.start(pipeline, RunOptions.DEFAULTS)) {
            LiveRun live = new LiveRun(handle, pipeline);
            long[] now = {0};
            assertTrue(Eventually.await(Duration.ofSeconds(15), () -> {
                now[0] += FRAME_NANOS;
                live.onFrame(now[0]);
                return !live.eventLog().matching("ventilator").isEmpty();
            }), "the ventilator's hops are logged");
            String why = live.explanations().whyHop(live.eventLog().matching("ventilator").get(0));
            assertTrue(why.contains("round-robin"), why);
            assertEquals(pipeline.name(), live.snapshot().topologyName());
        }
    }
}
