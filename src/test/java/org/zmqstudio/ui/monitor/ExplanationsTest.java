package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.LossCause;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFiles;

class ExplanationsTest {

    private static Topology example(String name) throws Exception {
        return TopologyFiles.load(Path.of("topologies", name));
    }

    private static MessageEvent hop(String from, String to, String topic, String preview) {
        return new MessageEvent(1, from, from, to, "l", 0, 0, topic, preview, 1, List.of());
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
    void aHighWaterMarkDropNamesTheMarksReachedAndTheFix() throws Exception {
        String sentence = new Explanations(example("slow-subscriber-hwm.json")).whyLost(
                new LossRow(LossCause.HIGH_WATER_MARK, "publisher", "slow-subscriber", "l", "slow-subscriber", 12));
        assertEquals("12 messages from Fast publisher (200/s) (PUB) never reached Slow subscriber (20 ms) (SUB): dropped by the"
                + " publisher while this subscriber's queue was full (high-water mark) (SNDHWM 10 at publisher, RCVHWM 10"
                + " at slow-subscriber). Fix: raise SNDHWM/RCVHWM, make the subscriber faster, or use credit-based flow"
                + " control.", sentence);
    }

    @Test
    void aLossEntryIsExplainedByItsCause() throws Exception {
        LossRow late = new LossRow(LossCause.LATE_SUBSCRIBER, "publisher", "late-subscriber", "l", "late-subscriber", 50);
        String sentence = new Explanations(example("slow-joiner.json")).whyHop(MessageEvent.ofLoss(late, 0));
        assertTrue(sentence.startsWith("50 messages from Publisher (PUB) never reached Late subscriber (+1 s) (SUB): published"
                + " before the subscription arrived (slow joiner). Fix: start the subscriber first"), sentence);
    }

    @Test
    void aRequestGivenUpIsTheClientsWhicheverFlowCarriedItsLoss() throws Exception {
        Explanations explain = new Explanations(example("lazy-pirate.json"));
        String reply = explain.whyLost(new LossRow(LossCause.REQUEST_TIMED_OUT, "server", "client-a", "l", "client-a", 1));
        String request = explain.whyLost(new LossRow(LossCause.REQUEST_TIMED_OUT, "client-a", "server", "l", "client-a", 2));
        assertTrue(reply.startsWith("1 request of Client A (REQ) to Busy server (150 ms) (REP) was given up: no reply"), reply);
        assertTrue(request.startsWith("2 requests of Client A (REQ) to Busy server (150 ms) (REP) were given up"), request);
    }
}
