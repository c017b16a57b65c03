package org.zmqstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation card of each socket type, in the ZeroMQ guide's terms (zguide.zeromq.org): what it
 * does, which way messages flow, what it does at the high-water mark (ZeroMQ's "mute" state: drop or
 * block), its usual patterns and the guide's chapter. The peers come from {@link SocketType#validPeers()},
 * the matrix the {@link Validator} checks links with. The one place card text lives.
 */
public final class SocketGuide {

    private SocketGuide() {
    }

    /** The card of a socket type, with what holds for any node of it. */
    public static SocketCard of(SocketType type) {
        List<String> notes = new ArrayList<>();
        if (type.subscribes()) {
            notes.add("Topic filter: it receives nothing until it subscribes. A subscription is a prefix: a message is"
                    + " delivered when it starts with one of them; the empty prefix \"\" matches every message."
                    + " Set it in the inspector (behaviour → subscribe).");
        }
        if (fairQueues(type)) {
            notes.add(fairQueuing(type, 0));
        }
        return card(type, notes);
    }

    /** The card of one node: its own topic filter, and fair queuing when it receives from several peers. */
    public static SocketCard of(Topology topology, Node node) {
        List<String> notes = new ArrayList<>();
        SocketType type = node.socket();
        if (type.subscribes()) {
            List<String> prefixes = topology.effectiveBehavior(node)
                    .filter(Behavior.Consume.class::isInstance)
                    .map(b -> ((Behavior.Consume) b).subscribe())
                    .orElse(List.of(""));
            notes.add("Topic filter of " + SafeText.quote(node.id()) + ": " + subscriptions(prefixes));
        }
        long peers = topology.linksOf(node.id()).stream()
                .map(l -> l.connect().equals(node.id()) ? l.bind() : l.connect())
                .distinct().count();
        if (fairQueues(type) && peers > 1) {
            notes.add(fairQueuing(type, peers));
        }
        return card(type, notes);
    }

    private static String subscriptions(List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return "none, so it receives nothing.";
        }
        if (prefixes.contains("")) {
            return "\"\" (every message).";
        }
        return "messages that start with " + Wording.either(prefixes.stream().map(p -> "\"" + SafeText.escape(p) + "\"").toList())
                + "; the others are filtered out.";
    }

    /** Whether the type receives from all its peers in turn (fair queuing, zguide chapter 1). */
    private static boolean fairQueues(SocketType type) {
        return type.receives() && type != SocketType.PAIR && type != SocketType.REQ;
    }

    private static String fairQueuing(SocketType type, long peers) {
        String who = peers > 0 ? "This " + type + " has " + peers + " peers: it" : "With several peers it";
        return who + " takes their messages in turn, one from each that has one waiting (fair queuing),"
                + " so a busy sender cannot crowd out the others.";
    }

    private static SocketCard card(SocketType type, List<String> notes) {
        return switch (type) {
            case REQ -> new SocketCard(type,
                    "Sends a request, then must receive its reply before it may send the next one: strict lock-step."
                            + " With several peers it sends each request to the next one in turn.",
                    type.validPeers(), "Both ways: requests out, replies in.",
                    "Blocks: it waits until the peer can take the request.",
                    "Request-reply (the client). Lazy Pirate adds a timeout and retries.",
                    "Chapter 1, \"Ask and Ye Shall Receive\"; chapter 4, \"Client-Side Reliability (Lazy Pirate Pattern)\".", notes);
            case REP -> new SocketCard(type,
                    "Receives a request, then sends its reply back to whoever asked, one request at a time.",
                    type.validPeers(), "Both ways: requests in, replies out.",
                    "Drops the reply when the client's queue is full or the client is gone.",
                    "Request-reply (the server, or a worker behind a broker).",
                    "Chapter 1, \"Ask and Ye Shall Receive\"; chapter 3, \"Advanced Request-Reply Patterns\".", notes);
            case DEALER -> new SocketCard(type,
                    "An asynchronous REQ: sends to its peers round-robin and receives from them, with no lock-step,"
                            + " so many requests may be out at once.",
                    type.validPeers(), "Both ways.",
                    "Blocks: it waits until a peer can take the message.",
                    "The back end of a broker (facing the workers); asynchronous clients and workers.",
                    "Chapter 3, \"The DEALER to ROUTER Combination\".", notes);
            case ROUTER -> new SocketCard(type,
                    "Puts a frame with the sender's identity in front of every message it receives (the envelope);"
                            + " when it sends, it reads that first frame to choose the peer. This is how replies find their way back.",
                    type.validPeers(), "Both ways.",
                    "Drops: a message for a peer whose queue is full, or for an unknown identity, is discarded silently.",
                    "The front end of a broker (facing the clients); asynchronous servers.",
                    "Chapter 3, \"The Request-Reply Envelopes\" and \"Exploring ROUTER Sockets\".", notes);
            case PUB -> new SocketCard(type,
                    "Sends each message to every subscriber whose subscription matches its start. It never waits for"
                            + " anyone and keeps nothing for subscribers that join later (the slow joiner).",
                    type.validPeers(), "One way: out only. (Subscriptions come in, but no data.)",
                    "Drops: a subscriber whose queue is full misses the message; the others still get it.",
                    "Publish-subscribe: weather updates, market data, signals to many.",
                    "Chapter 1, \"Getting the Message Out\"; chapter 5, \"Advanced Pub-Sub Patterns\".", notes);
            case SUB -> new SocketCard(type,
                    "Receives the messages of its publishers that start with one of its subscriptions.",
                    type.validPeers(), "One way: in only. (Its subscriptions go out to the publishers.)",
                    "Drops: when its queue is full, the publisher drops new messages for it.",
                    "Publish-subscribe (the subscriber).",
                    "Chapter 1, \"Getting the Message Out\"; chapter 5, \"Advanced Pub-Sub Patterns\".", notes);
            case XPUB -> new SocketCard(type,
                    "A PUB that also receives its subscribers' subscriptions as messages, so that a forwarder can pass"
                            + " them upstream.",
                    type.validPeers(), "Data out; subscriptions in.",
                    "Drops, like PUB.",
                    "The downstream side of a pub-sub forwarder (proxy); last value caches.",
                    "Chapter 2, \"ZeroMQ's Built-In Proxy Function\"; chapter 5, \"Last Value Caching\".", notes);
            case XSUB -> new SocketCard(type,
                    "A SUB that sends its subscriptions upstream as messages: the upstream side of a forwarder.",
                    type.validPeers(), "Data in; subscriptions out.",
                    "Drops, like SUB.",
                    "The upstream side of a pub-sub forwarder (proxy).",
                    "Chapter 2, \"ZeroMQ's Built-In Proxy Function\".", notes);
            case PUSH -> new SocketCard(type,
                    "Sends each message to one of its connected PULL sockets, taking them in turn (round-robin).",
                    type.validPeers(), "One way: out only.",
                    "Blocks: when every PULL's queue is full, or none is connected, it waits.",
                    "Pipeline: the ventilator that hands out tasks, a worker's output.",
                    "Chapter 1, \"Divide and Conquer\".", notes);
            case PULL -> new SocketCard(type,
                    "Receives from all its connected PUSH sockets.",
                    type.validPeers(), "One way: in only.",
                    "Its senders wait: when its queue is full, the PUSH sockets sending to it block.",
                    "Pipeline: a worker's input, the sink that collects results.",
                    "Chapter 1, \"Divide and Conquer\".", notes);
            case PAIR -> new SocketCard(type,
                    "Connected to exactly one other PAIR; messages go both ways. Meant for threads of one program"
                            + " (inproc): it does not reconnect.",
                    type.validPeers(), "Both ways.",
                    "Blocks: it waits until its peer can take the message.",
                    "Exclusive pair: signalling between threads.",
                    "Chapter 2, \"Signaling Between Threads (PAIR Sockets)\".", notes);
        };
    }
}
