package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFiles;

class ExplanationsTest {

    private static Topology example(String name) throws Exception {
        return TopologyFiles.load(Path.of("topologies", name));
    }

    private static MessageEvent hop(String from, String to, String topic, String preview) {
        return new MessageEvent(1, from, from, to, "l", 0, 0, topic, preview, 1, List.of());
    }

    private static NodeSnapshot node(String id, SocketType type, NodeState state, long received, long lost) {
        return new NodeSnapshot(id, type, state, 0, received, lost, 0, 0, 0, 0, 0, LatencySummary.EMPTY, null);
    }

    @Test
    void aPushHopIsExplainedAsRoundRobin() throws Exception {
        Explanations explain = new Explanations(example("parallel-pipeline.json"));
        String sentence = explain.whyHop(hop("ventilator", "worker-2-in", null, "task 2"));
        assertTrue(sentence.contains("round-robin"), sentence);
        assertTrue(sentence.contains("'task 2'"), sentence);
    }

    @Test
    void aPubHopNamesTheMatchingSubscriptionAndTheSubscribersThatFilteredItOut() throws Exception {
        Explanations explain = new Explanations(example("weather-updates.json"));
        String sentence = explain.whyHop(hop("weather-server", "zip-10001", "10001 ", "10001 temperature 3"));
        assertTrue(sentence.contains("subscribes to '10001 ', which matches topic '10001 '"), sentence);
        assertTrue(sentence.contains("filtered out for zip-10002 ('10002 ')"), sentence);
    }

    @Test
    void aReqHopExplainsTheLockStep() throws Exception {
        String sentence = new Explanations(example("hello-world.json")).whyHop(hop("client", "server", null, "Hello"));
        assertTrue(sentence.contains("lock-step"), sentence);
    }

    @Test
    void lossesAreExplainedAsSlowJoinerBeforeTheFirstMessageAndAsHighWaterMarkAfter() throws Exception {
        Explanations explain = new Explanations(example("slow-joiner.json"));
        assertEquals(Optional.empty(), explain.whyLost(null, node("late-subscriber", SocketType.SUB, NodeState.RUNNING, 0, 0)));
        String joiner = explain.whyLost(node("late-subscriber", SocketType.SUB, NodeState.STARTING, 0, 0),
                node("late-subscriber", SocketType.SUB, NodeState.RUNNING, 0, 40)).orElseThrow();
        assertTrue(joiner.contains("slow joiner"), joiner);
        String hwm = explain.whyLost(node("late-subscriber", SocketType.SUB, NodeState.RUNNING, 100, 0),
                node("late-subscriber", SocketType.SUB, NodeState.RUNNING, 200, 5)).orElseThrow();
        assertTrue(hwm.contains("high-water mark"), hwm);
        assertTrue(hwm.contains("5 messages"), hwm);
    }

    @Test
    void aWaitingReqAndABlockedPushGetASentenceAndARunningNodeNone() throws Exception {
        Explanations explain = new Explanations(example("hello-world.json"));
        assertTrue(explain.whyState(node("client", SocketType.REQ, NodeState.WAITING_FOR_REPLY, 0, 0)).orElseThrow().contains("one request at a time"));
        assertTrue(explain.whyState(node("x", SocketType.PUSH, NodeState.BLOCKED, 0, 0)).orElseThrow().contains("high-water mark"));
        assertEquals(Optional.empty(), explain.whyState(node("client", SocketType.REQ, NodeState.RUNNING, 0, 0)));
    }
}
