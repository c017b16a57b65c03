package org.zmqstudio.model;

import java.util.List;

/**
 * What a socket's thread does (DESIGN.md §3). Each kind is an immutable record whose {@code DEFAULT}
 * holds the documented defaults. Records accept any value: range checks are the {@link Validator}'s
 * job, so that a bad file is explained rather than refused by a constructor.
 */
public sealed interface Behavior {

    BehaviorKind kind();

    /** Sends {@code count} messages (0 = unbounded) at {@code rate} msgs/s (0 = as fast as possible). */
    record Produce(long count, double rate, String payload, int size, int parts, List<String> topics)
            implements Behavior {
        public static final Produce DEFAULT = new Produce(0, 10, "msg {n}", 0, 1, List.of());

        public Produce {
            topics = List.copyOf(topics);
        }

        @Override
        public BehaviorKind kind() {
            return BehaviorKind.PRODUCE;
        }
    }

    /** Lazy Pirate client: waits {@code timeoutMillis} for each reply, reopens the socket, gives up after {@code retries}. */
    record Request(long count, double rate, String payload, long timeoutMillis, int retries) implements Behavior {
        public static final Request DEFAULT = new Request(0, 1, "request {n}", 2500, 3);

        @Override
        public BehaviorKind kind() {
            return BehaviorKind.REQUEST;
        }
    }

    /** Answers every request with {@code payload} after {@code workMillis}, keeping the envelope. */
    record Reply(String payload, long workMillis) implements Behavior {
        public static final Reply DEFAULT = new Reply("{request}", 0);

        @Override
        public BehaviorKind kind() {
            return BehaviorKind.REPLY;
        }
    }

    /** Receives and counts; {@code subscribe} lists topic prefixes for SUB/XSUB. */
    record Consume(List<String> subscribe, long workMillis) implements Behavior {
        public static final Consume DEFAULT = new Consume(List.of(""), 0);

        public Consume {
            subscribe = List.copyOf(subscribe);
        }

        @Override
        public BehaviorKind kind() {
            return BehaviorKind.CONSUME;
        }
    }

    /** Receives on this socket and sends each message on node {@code to} ({@code null} when missing). */
    record Relay(String to, long workMillis) implements Behavior {
        @Override
        public BehaviorKind kind() {
            return BehaviorKind.RELAY;
        }
    }

    /** Forwards both ways between this socket and node {@code peer} ({@code null} when missing). */
    record Proxy(String peer) implements Behavior {
        @Override
        public BehaviorKind kind() {
            return BehaviorKind.PROXY;
        }
    }

    /**
     * A process outside the studio owns this socket (DESIGN.md §8): it binds the node's endpoint, or
     * connects to the endpoints of the studio nodes linked to it. The studio never opens the socket,
     * and messages to and from it carry exactly their behaviour's frames (no trace).
     */
    record External() implements Behavior {
        public static final External INSTANCE = new External();

        @Override
        public BehaviorKind kind() {
            return BehaviorKind.EXTERNAL;
        }
    }

    /** The behaviour of a kind with every field at its default (relay and proxy without a target). */
    static Behavior defaultOf(BehaviorKind kind) {
        return switch (kind) {
            case PRODUCE -> Produce.DEFAULT;
            case REQUEST -> Request.DEFAULT;
            case REPLY -> Reply.DEFAULT;
            case CONSUME -> Consume.DEFAULT;
            case RELAY -> new Relay(null, 0);
            case PROXY -> new Proxy(null);
            case EXTERNAL -> External.INSTANCE;
        };
    }

    /** The node this behaviour drives (relay target or proxy peer), or {@code null}. */
    default String drivenNodeId() {
        if (this instanceof Relay relay) {
            return relay.to();
        }
        if (this instanceof Proxy proxy) {
            return proxy.peer();
        }
        return null;
    }
}
