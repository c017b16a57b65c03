package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.runtime.TestRuns.consume;
import static org.zmqstudio.runtime.TestRuns.produce;
import static org.zmqstudio.runtime.TestRuns.start;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.SocketType;

/** Issue 16 item 6: whatever moment a snapshot is taken, no node shows more received than its senders sent. */
@Timeout(30)
class ConsistentSnapshotTest {

    private static final int SNAPSHOTS = 20_000;

    @Test
    void noSnapshotOfAFlatOutRelayShowsMoreReceivedThanItsSenderSent() {
        // Flat out, sender -> relay over inproc, relay -> sink over tcp: every thread counts in batches
        // while snapshots are taken as fast as they come. Without the senders' counts raised to what
        // their receivers prove, this showed "relay-in received 7000 of 6960 sender sent".
        var topology = topology(List.of(
                node("sender", SocketType.PUSH, produce(0, 0)).withEndpoint("inproc://consistent-" + System.nanoTime()),
                node("relay-in", SocketType.PULL, new Behavior.Relay("relay-out", 0)),
                node("relay-out", SocketType.PUSH).withEndpoint("tcp://127.0.0.1:*"),
                node("sink", SocketType.PULL, consume())),
                link("relay-in", "sender"), link("sink", "relay-out"));
        List<String> wrong = new ArrayList<>();
        long relayed = 0;
        try (RunHandle run = start(topology)) {
            for (int i = 0; i < SNAPSHOTS && wrong.size() < 5; i++) {
                RunSnapshot s = run.snapshot();
                check(s, "sender", "relay-in", wrong);
                check(s, "relay-out", "sink", wrong);
                relayed = s.node("sink").orElseThrow().received();
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(relayed > 1000, "the run hardly moved: " + relayed + " messages reached the sink");
    }

    /** {@code to}'s only sender is {@code from}: its received and its flow's messages are within what {@code from} sent. */
    private static void check(RunSnapshot s, String from, String to, List<String> wrong) {
        long sent = s.node(from).orElseThrow().sent();
        long received = s.node(to).orElseThrow().received();
        if (received > sent) {
            wrong.add(to + " received " + received + " of " + sent + " " + from + " sent");
        }
        s.flow(from, to).map(FlowSnapshot::messages).filter(m -> m > sent)
                .ifPresent(m -> wrong.add("flow " + from + "->" + to + " carried " + m + " of " + sent + " sent"));
        s.flow(from, to).filter(f -> f.sent() != null && f.sent() != sent)
                .ifPresent(f -> wrong.add("flow " + from + "->" + to + " offered " + f.sent() + ", its sender sent " + sent));
    }
}
