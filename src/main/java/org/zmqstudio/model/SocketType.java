package org.zmqstudio.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The eleven ZeroMQ socket types, with what each can do for data messages and which types it may
 * be connected to (ZMTP 3.0, RFC 23). "Sends" and "receives" speak of data messages: an XPUB
 * receives subscriptions and an XSUB sends them, but neither carries data in that direction.
 */
public enum SocketType {
    REQ(PatternFamily.REQUEST_REPLY, true, true,
            "Sends a request, then waits for its reply: strict lock-step, one request at a time."),
    REP(PatternFamily.REQUEST_REPLY, true, true,
            "Receives a request, then sends its reply: answers clients fairly, one at a time."),
    DEALER(PatternFamily.REQUEST_REPLY, true, true,
            "An asynchronous REQ: sends to peers round-robin and receives from them fairly, no lock-step."),
    ROUTER(PatternFamily.REQUEST_REPLY, true, true,
            "An asynchronous REP: tags each message with its sender's identity to route the reply back."),
    PUB(PatternFamily.PUBLISH_SUBSCRIBE, true, false,
            "Publishes every message to all subscribers whose topic filter matches; never waits, drops when full."),
    SUB(PatternFamily.PUBLISH_SUBSCRIBE, false, true,
            "Subscribes to topic prefixes and receives only the matching messages from its publishers."),
    XPUB(PatternFamily.PUBLISH_SUBSCRIBE, true, false,
            "A PUB that also sees its subscribers' subscriptions: the upstream half of a forwarder."),
    XSUB(PatternFamily.PUBLISH_SUBSCRIBE, false, true,
            "A SUB that sends subscriptions as messages: the downstream half of a forwarder."),
    PUSH(PatternFamily.PIPELINE, true, false,
            "Pushes each message to one downstream worker, round-robin; waits when all are full."),
    PULL(PatternFamily.PIPELINE, false, true,
            "Pulls messages from all upstream pushers, fair-queued."),
    PAIR(PatternFamily.EXCLUSIVE_PAIR, true, true,
            "Talks to exactly one other PAIR, both ways: a private channel between two threads.");

    private final PatternFamily family;
    private final boolean sends;
    private final boolean receives;
    private final String description;

    SocketType(PatternFamily family, boolean sends, boolean receives, String description) {
        this.family = family;
        this.sends = sends;
        this.receives = receives;
        this.description = description;
    }

    public PatternFamily family() {
        return family;
    }

    /** Whether this socket can send data messages. */
    public boolean sends() {
        return sends;
    }

    /** Whether this socket can receive data messages. */
    public boolean receives() {
        return receives;
    }

    /** One sentence for learners. */
    public String description() {
        return description;
    }

    /** The socket types this one may be connected to (ZMTP 3.0, RFC 23), in declaration order. */
    public Set<SocketType> validPeers() {
        return switch (this) {
            case REQ -> EnumSet.of(REP, ROUTER);
            case REP -> EnumSet.of(REQ, DEALER);
            case DEALER -> EnumSet.of(REP, DEALER, ROUTER);
            case ROUTER -> EnumSet.of(REQ, DEALER, ROUTER);
            case PUB, XPUB -> EnumSet.of(SUB, XSUB);
            case SUB, XSUB -> EnumSet.of(PUB, XPUB);
            case PUSH -> EnumSet.of(PULL);
            case PULL -> EnumSet.of(PUSH);
            case PAIR -> EnumSet.of(PAIR);
        };
    }

    public boolean canPairWith(SocketType other) {
        return validPeers().contains(other);
    }

    /** The behaviour a node of this type gets when its file names none and nothing drives it. */
    public BehaviorKind defaultBehavior() {
        return switch (this) {
            case PUSH, PUB, XPUB, PAIR -> BehaviorKind.PRODUCE;
            case PULL, SUB, XSUB -> BehaviorKind.CONSUME;
            case REQ, DEALER -> BehaviorKind.REQUEST;
            case REP, ROUTER -> BehaviorKind.REPLY;
        };
    }

    /** Whether a node of this type can run a behaviour of that kind (DESIGN.md §3). */
    public boolean supports(BehaviorKind kind) {
        return switch (kind) {
            case PRODUCE -> EnumSet.of(PUSH, PUB, XPUB, DEALER, PAIR).contains(this);
            case REQUEST -> this == REQ || this == DEALER;
            case REPLY -> EnumSet.of(REP, ROUTER, DEALER).contains(this);
            case CONSUME -> EnumSet.of(PULL, SUB, XSUB, PAIR, DEALER, ROUTER).contains(this);
            case RELAY -> receives;
            case PROXY, EXTERNAL -> true;
        };
    }

    /** Whether a subscription filter applies to this socket's incoming messages. */
    public boolean subscribes() {
        return this == SUB || this == XSUB;
    }
}
