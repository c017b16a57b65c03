package org.zmqstudio;

import java.nio.file.Path;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFileException;
import org.zmqstudio.persistence.TopologyFiles;

/**
 * The examples in {@code topologies/} last 20 s or more at 1×, long enough for a learner to watch;
 * tests that run one take it {@value #SPEED_UP} times faster: every rate multiplied, every time
 * (work, start delay, request timeout) divided, so that what happens, and what is counted, stays the
 * same (a late subscriber still misses the same share, a slow one still overflows its queue).
 */
public final class QuickExamples {

    /** How much faster the tests run the examples. */
    public static final int SPEED_UP = 10;

    private QuickExamples() {
    }

    /** The example {@code topologies/NAME}, {@value #SPEED_UP} times faster. */
    public static Topology load(String fileName) throws TopologyFileException {
        return quickened(TopologyFiles.load(Path.of("topologies", fileName)));
    }

    /** The example {@code topologies/NAME}, {@value #SPEED_UP} times faster, binding its tcp endpoints on any free port (another run may hold the example's own). */
    public static Topology loadOnFreePorts(String fileName) throws TopologyFileException {
        Topology quick = load(fileName);
        for (Node node : quick.nodes()) {
            if (node.endpoint() != null && node.endpoint().startsWith("tcp://")) {
                quick = quick.updateNode(node.id(), n -> n.withEndpoint("tcp://127.0.0.1:*"));
            }
        }
        return quick;
    }

    /** {@code topology} {@value #SPEED_UP} times faster. */
    public static Topology quickened(Topology topology) {
        Topology quick = topology;
        for (Node node : topology.nodes()) {
            Node faster = node.withStartAfterMillis(node.startAfterMillis() / SPEED_UP);
            quick = quick.withNode(node.behavior() == null ? faster : faster.withBehavior(quickened(node.behavior())));
        }
        return quick;
    }

    private static Behavior quickened(Behavior behavior) {
        if (behavior instanceof Behavior.Produce p) {
            return new Behavior.Produce(p.count(), p.rate() * SPEED_UP, p.payload(), p.size(), p.parts(), p.topics());
        }
        if (behavior instanceof Behavior.Request r) {
            return new Behavior.Request(r.count(), r.rate() * SPEED_UP, r.payload(), r.timeoutMillis() / SPEED_UP, r.retries());
        }
        if (behavior instanceof Behavior.Reply r) {
            return new Behavior.Reply(r.payload(), r.workMillis() / SPEED_UP);
        }
        if (behavior instanceof Behavior.Consume c) {
            return new Behavior.Consume(c.subscribe(), c.workMillis() / SPEED_UP);
        }
        if (behavior instanceof Behavior.Relay r) {
            return new Behavior.Relay(r.to(), r.workMillis() / SPEED_UP);
        }
        return behavior;
    }
}
