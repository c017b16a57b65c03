package org.zmqstudio.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * The shapes {@code bench} measures, each as raw JeroMQ ({@link RawJeroMq}) and as a topology for the
 * engine, built the same way: inproc, 64-byte payloads (the same bytes, or the default template
 * rendered afresh per message), the same sides binding.
 */
enum BenchShape {

    PUSH_PULL("push-pull", "PUSH->PULL 64 B") {
        @Override
        BenchSample raw(int messages) {
            return RawJeroMq.pushPull(messages, RawPayload.CONSTANT);
        }

        @Override
        Topology topology(int messages) {
            return pushPull(messages, CONSTANT_PAYLOAD);
        }
    },

    PIPELINE("pipeline", "pipeline, 3 workers") {
        @Override
        BenchSample raw(int messages) {
            return RawJeroMq.pipeline(messages, WORKERS, RawPayload.CONSTANT);
        }

        @Override
        Topology topology(int messages) {
            return pipeline(messages, CONSTANT_PAYLOAD);
        }
    },

    PUB_SUB("pub-sub", "PUB->4 SUBs") {
        @Override
        int messagesFor(int messages) {
            return perSubscriber(messages);
        }

        @Override
        BenchSample raw(int messages) {
            return RawJeroMq.pubSub(messages, SUBSCRIBERS, RawPayload.CONSTANT);
        }

        @Override
        Topology topology(int messages) {
            return pubSub(messages, CONSTANT_PAYLOAD);
        }
    },

    PUSH_PULL_NUMBERED("push-pull-msg", "PUSH->PULL msg {n}") {
        @Override
        BenchSample raw(int messages) {
            return RawJeroMq.pushPull(messages, RawPayload.NUMBERED);
        }

        @Override
        Topology topology(int messages) {
            return pushPull(messages, NUMBERED_PAYLOAD);
        }
    },

    PIPELINE_NUMBERED("pipeline-msg", "pipeline msg {n}") {
        @Override
        BenchSample raw(int messages) {
            return RawJeroMq.pipeline(messages, WORKERS, RawPayload.NUMBERED);
        }

        @Override
        Topology topology(int messages) {
            return pipeline(messages, NUMBERED_PAYLOAD);
        }
    },

    PUB_SUB_NUMBERED("pub-sub-msg", "PUB->4 SUBs msg {n}") {
        @Override
        int messagesFor(int messages) {
            return perSubscriber(messages);
        }

        @Override
        BenchSample raw(int messages) {
            return RawJeroMq.pubSub(messages, SUBSCRIBERS, RawPayload.NUMBERED);
        }

        @Override
        Topology topology(int messages) {
            return pubSub(messages, NUMBERED_PAYLOAD);
        }
    },

    REQ_REP("req-rep", "REQ->REP round trip") {
        @Override
        int messagesFor(int messages) {
            return Math.max(1, messages / ROUND_TRIP_DIVISOR);
        }

        @Override
        BenchSample raw(int roundTrips) {
            return RawJeroMq.reqRep(roundTrips);
        }

        @Override
        Topology topology(int roundTrips) {
            String payload = "r".repeat(RawJeroMq.PAYLOAD_BYTES);
            return build(List.of(
                            node("client", SocketType.REQ).withBehavior(new Behavior.Request(roundTrips, 0, payload, 2500, 3)),
                            node("server", SocketType.REP).withBehavior(Behavior.Reply.DEFAULT)),
                    Link.between("client", "server"));
        }
    },

    REQ_REP_PACED("req-rep-paced", "REQ->REP 100/s") {
        /** Always {@value #PACED_ROUND_TRIPS}: at 100 a second, more would only make the bench long. */
        @Override
        int messagesFor(int messages) {
            return PACED_ROUND_TRIPS;
        }

        @Override
        boolean paced() {
            return true;
        }

        @Override
        BenchSample raw(int roundTrips) {
            return RawJeroMq.pacedReqRep(roundTrips, PACED_RATE);
        }

        /** The default request ({@code "request {n}"}) and reply (the request echoed), at 100 round trips a second. */
        @Override
        Topology topology(int roundTrips) {
            Behavior.Request request = Behavior.Request.DEFAULT;
            return build(List.of(
                            node("client", SocketType.REQ).withBehavior(new Behavior.Request(roundTrips, PACED_RATE,
                                    request.payload(), request.timeoutMillis(), request.retries())),
                            node("server", SocketType.REP).withBehavior(Behavior.Reply.DEFAULT)),
                    Link.between("client", "server"));
        }
    };

    static final int WORKERS = 3;
    static final int SUBSCRIBERS = 4;
    /** REQ->REP makes this many times fewer round trips than --messages: each waits for the last. */
    static final int ROUND_TRIP_DIVISOR = 50;
    /** The paced REQ->REP's round trips per second, and per sample (two seconds). */
    static final int PACED_RATE = 100;
    static final int PACED_ROUND_TRIPS = 200;
    /** The same 64 bytes every message, like the raw sender's one array: the engine's shared-frame path. */
    private static final String CONSTANT_PAYLOAD = "bench";
    /** The default payload, a fresh message each time, padded to 64 bytes as the raw sender's. */
    private static final String NUMBERED_PAYLOAD = Behavior.Produce.DEFAULT.payload();

    private final String cliName;
    private final String title;

    BenchShape(String cliName, String title) {
        this.cliName = cliName;
        this.title = title;
    }

    /** The name {@code --shape} takes. */
    String cliName() {
        return cliName;
    }

    /** What the table's first column says. */
    String title() {
        return title;
    }

    /** How many messages (round trips for REQ->REP) one sample moves, given {@code --messages}. */
    int messagesFor(int messages) {
        return messages;
    }

    /**
     * Whether the shape keeps a rate: its throughput is the rate on both sides, and only its round-trip
     * latency is compared.
     */
    boolean paced() {
        return false;
    }

    /** Runs the shape once with hand-written JeroMQ. */
    abstract BenchSample raw(int messages);

    /**
     * The same shape for the engine: its one origin sends {@code messages}, and every node that
     * {@link #mustReceiveAll(Topology)} lists receives each of them.
     */
    abstract Topology topology(int messages);

    /** The nodes that receive every message: consumers, and the REQ client that gets every reply. */
    static List<String> mustReceiveAll(Topology topology) {
        return topology.nodes().stream()
                .filter(n -> n.behavior() instanceof Behavior.Consume || n.behavior() instanceof Behavior.Request)
                .map(Node::id)
                .toList();
    }

    /** Whether the origin is a requester, whose end-to-end latency is the round trip. */
    static boolean makesRoundTrips(Topology topology) {
        return topology.node(origin(topology)).map(n -> n.behavior() instanceof Behavior.Request).orElse(false);
    }

    /** The one node that originates messages (produce or request). */
    static String origin(Topology topology) {
        return topology.nodes().stream()
                .filter(n -> n.behavior() instanceof Behavior.Produce || n.behavior() instanceof Behavior.Request)
                .map(Node::id)
                .findFirst().orElseThrow();
    }

    static BenchShape byCliName(String name) {
        return Arrays.stream(values()).filter(s -> s.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown shape '" + name + "'; the shapes are " + cliNames()));
    }

    static String cliNames() {
        return Arrays.stream(values()).map(BenchShape::cliName).collect(Collectors.joining(", "));
    }

    private static Node node(String id, SocketType socket) {
        return Node.of(id, socket, 0, 0);
    }

    /**
     * Sends {@code messages} messages as fast as it can, each {@code payload} padded to 64 bytes like
     * the raw sender's.
     */
    private static Node producer(String id, SocketType socket, int messages, String payload) {
        return node(id, socket).withBehavior(
                new Behavior.Produce(messages, 0, payload, RawJeroMq.PAYLOAD_BYTES, 1, List.of()));
    }

    /** A quarter as many: each message is delivered four times, and the queues hold a whole run. */
    private static int perSubscriber(int messages) {
        return Math.max(1, messages / SUBSCRIBERS);
    }

    private static Topology pushPull(int messages, String payload) {
        return build(List.of(producer("sender", SocketType.PUSH, messages, payload), consumer("sink", SocketType.PULL)),
                Link.between("sink", "sender"));
    }

    private static Topology pipeline(int messages, String payload) {
        List<Node> nodes = new ArrayList<>(List.of(producer("ventilator", SocketType.PUSH, messages, payload)));
        List<Link> links = new ArrayList<>();
        for (int w = 1; w <= WORKERS; w++) {
            String in = "worker-" + w + "-in";
            String out = "worker-" + w + "-out";
            nodes.add(node(in, SocketType.PULL).withBehavior(new Behavior.Relay(out, 0)));
            nodes.add(node(out, SocketType.PUSH));
            links.add(Link.between(in, "ventilator"));
            links.add(Link.between(out, "sink"));
        }
        nodes.add(consumer("sink", SocketType.PULL));
        return build(nodes, links.toArray(Link[]::new));
    }

    /** High-water marks that hold a whole run, as in the raw shape: nothing is dropped. */
    private static Topology pubSub(int messages, String payload) {
        int hwm = Math.min(messages, SocketOptions.MAX_HWM);
        List<Node> nodes = new ArrayList<>(List.of(producer("pub", SocketType.PUB, messages, payload)
                .withOptions(SocketOptions.NONE.withSndhwm(hwm))));
        List<Link> links = new ArrayList<>();
        for (int s = 1; s <= SUBSCRIBERS; s++) {
            nodes.add(consumer("sub-" + s, SocketType.SUB).withOptions(SocketOptions.NONE.withRcvhwm(hwm)));
            links.add(Link.between("sub-" + s, "pub"));
        }
        return build(nodes, links.toArray(Link[]::new));
    }

    private static Node consumer(String id, SocketType socket) {
        return node(id, socket).withBehavior(Behavior.Consume.DEFAULT);
    }

    private static Topology build(List<Node> nodes, Link... links) {
        return new Topology("bench", "", nodes, List.of(links));
    }
}
