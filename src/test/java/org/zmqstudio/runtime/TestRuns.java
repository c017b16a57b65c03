package org.zmqstudio.runtime;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.zmqstudio.Eventually;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/** Small topologies and run helpers for the engine tests. */
final class TestRuns {

    private TestRuns() {
    }

    static Behavior.Produce produce(long count, double rate) {
        return new Behavior.Produce(count, rate, "msg {n}", 0, 1, List.of());
    }

    static Behavior.Consume consume(String... prefixes) {
        return new Behavior.Consume(prefixes.length == 0 ? List.of("") : List.of(prefixes), 0);
    }

    /**
     * The topology with every fixed tcp port replaced by {@code *} and every ipc name made unique, so
     * that tests never clash with each other or with other programs on this machine.
     */
    static Topology withFreePorts(Topology topology) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Topology result = topology;
        for (Node node : topology.nodes()) {
            String endpoint = node.endpoint();
            if (endpoint == null) {
                continue;
            }
            String free = endpoint;
            if (endpoint.startsWith("tcp://")) {
                free = endpoint.substring(0, endpoint.lastIndexOf(':')) + ":*";
            } else if (endpoint.startsWith("ipc://")) {
                free = endpoint + "-" + unique;
            }
            String chosen = free;
            result = result.updateNode(node.id(), n -> n.withEndpoint(chosen));
        }
        return result;
    }

    static RunHandle start(Topology topology) {
        return Engine.start(topology, RunOptions.DEFAULTS);
    }

    /** Polls snapshots until the condition holds or the time is up; returns the last snapshot. */
    static RunSnapshot awaitSnapshot(RunHandle run, Duration max, Predicate<RunSnapshot> condition) {
        return Eventually.await(max, run::snapshot, condition);
    }

    /** Waits until the run drained (bounded); returns the snapshot then. */
    static RunSnapshot awaitDrained(RunHandle run, Duration max) {
        Eventually.await(max, () -> run.phase() == RunPhase.DRAINED);
        return run.snapshot();
    }

    static NodeSnapshot node(RunSnapshot snapshot, String id) {
        return snapshot.node(id).orElseThrow();
    }
}
