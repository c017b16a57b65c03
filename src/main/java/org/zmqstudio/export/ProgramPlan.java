package org.zmqstudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Endpoint;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * A topology free of validation errors, seen as the threads of a generated program: which sockets
 * each thread owns, what each binds and where each connects, in the engine's start order (bind
 * everything, connect everything, then the senders). Language-neutral; immutable.
 *
 * @param topology the topology, never {@code null}
 * @param units    one per thread, in the order of the nodes that drive them
 */
record ProgramPlan(Topology topology, List<Unit> units) {

    /**
     * One socket of a thread.
     *
     * @param node          the node
     * @param bindEndpoint  what it binds as written ({@code tcp://host:*} unresolved), or {@code null}
     * @param shares        whether the endpoint it actually binds must be handed to its connectors at run
     *                      time: a {@code *} port or host, or a node that binds late
     * @param connections   where it connects, in link order
     * @param subscriptions the prefixes a SUB subscribes to, or a consuming XSUB sends as subscriptions;
     *                      empty for every other socket
     */
    record Socket(Node node, String bindEndpoint, boolean shares, List<Connection> connections,
                  List<String> subscriptions) {

        SocketType type() {
            return node.socket();
        }

        String id() {
            return node.id();
        }
    }

    /**
     * One {@code connect()} call.
     *
     * @param binder   the node that binds
     * @param endpoint the endpoint to connect to when it is known before the program runs, else
     *                 {@code null} (a {@code *} port or host, or a late binder: it is handed over at run time)
     * @param late     whether the binder starts late, so the connect waits until it has bound
     */
    record Connection(Node binder, String endpoint, boolean late) {
    }

    /**
     * One thread: a node with its behaviour and, for a relay or a proxy, the node it drives.
     *
     * @param primary the node whose behaviour the thread runs
     * @param driven  the relay's {@code to} or the proxy's {@code peer}, or {@code null}
     */
    record Unit(Socket primary, Socket driven, Behavior behavior) {

        long startAfterMillis() {
            return primary.node().startAfterMillis();
        }

        boolean delayed() {
            return startAfterMillis() > 0;
        }

        List<Socket> sockets() {
            return driven == null ? List.of(primary) : List.of(primary, driven);
        }

        /** Whether it originates messages: produce or request. */
        boolean sends() {
            return behavior instanceof Behavior.Produce || behavior instanceof Behavior.Request;
        }

        /** Whether a proxy counts what this side receives as messages: not what an XPUB receives (subscriptions). */
        boolean countsReceived(Socket side) {
            return side.type() != SocketType.XPUB;
        }

        /** Whether a proxy counts what this side sends as messages: not the subscriptions it passes on from an XPUB. */
        boolean countsSent(Socket side) {
            return countsReceived(side == primary ? driven : primary);
        }

        /** How many messages (produce) or requests it sends, 0 for no end or for a unit that does not send. */
        long count() {
            if (behavior instanceof Behavior.Produce p) {
                return p.count();
            }
            return behavior instanceof Behavior.Request r ? r.count() : 0;
        }
    }

    /** The plan of a topology that the {@code Validator} found free of errors. */
    static ProgramPlan of(Topology topology) {
        Map<String, Node> byId = topology.nodes().stream().collect(Collectors.toMap(Node::id, Function.identity()));
        List<Unit> units = new ArrayList<>();
        for (Node node : topology.nodes()) {
            Behavior behavior = topology.effectiveBehavior(node).orElse(null);
            if (behavior == null || behavior instanceof Behavior.External) {
                continue;
            }
            String driven = behavior.drivenNodeId();
            units.add(new Unit(socket(topology, byId, node, behavior),
                    driven == null ? null : socket(topology, byId, byId.get(driven), null), behavior));
        }
        return new ProgramPlan(topology, List.copyOf(units));
    }

    private static Socket socket(Topology topology, Map<String, Node> byId, Node node, Behavior behavior) {
        String endpoint = topology.bindEndpoint(node);
        boolean shares = endpoint != null && (node.startAfterMillis() > 0 || !connectable(endpoint));
        List<Connection> connections = new ArrayList<>();
        for (Link link : topology.links()) {
            if (link.connect().equals(node.id())) {
                Node binder = byId.get(link.bind());
                String bound = topology.bindEndpoint(binder);
                boolean late = binder.startAfterMillis() > 0;
                boolean known = !late && connectable(bound);
                connections.add(new Connection(binder, known ? bound : null, late));
            }
        }
        return new Socket(node, endpoint, shares, List.copyOf(connections), subscriptions(node, behavior));
    }

    /**
     * Whether a connector can use the endpoint as written: not a {@code *} port, nor a wildcard host
     * ({@code tcp://*:5555}, with network endpoints allowed), which only the bind resolves.
     */
    private static boolean connectable(String endpoint) {
        Endpoint parsed = Endpoint.parse(endpoint);
        return !parsed.anyPort() && !"*".equals(parsed.host());
    }

    /**
     * As the engine subscribes: a SUB to its consume prefixes, or to everything when it relays or
     * proxies; a consuming XSUB sends its prefixes as subscription messages; a relaying or proxying
     * XSUB sends none of its own (a proxy's XPUB side passes its subscribers' on).
     */
    private static List<String> subscriptions(Node node, Behavior behavior) {
        if (node.socket() == SocketType.SUB) {
            return behavior instanceof Behavior.Consume c ? c.subscribe() : List.of("");
        }
        if (node.socket() == SocketType.XSUB && behavior instanceof Behavior.Consume c) {
            return c.subscribe();
        }
        return List.of();
    }

    /** The units that start with the program (not late): the ones the start barriers wait for. */
    /** Whether the socket binds or connects to an IPv6 address, which a JeroMQ or libzmq socket must be told. */
    boolean usesIpv6(Socket socket) {
        return socket.bindEndpoint() != null && socket.bindEndpoint().startsWith("tcp://[")
                || socket.connections().stream().anyMatch(c -> String.valueOf(topology.bindEndpoint(c.binder()))
                .startsWith("tcp://["));
    }

    List<Unit> startingUnits() {
        return units.stream().filter(u -> !u.delayed()).toList();
    }

    /** How many units send a bounded number of messages or requests. */
    long boundedSenders() {
        return units.stream().filter(u -> u.sends() && u.count() > 0).count();
    }

    /**
     * Whether the program can end by itself: some sender has a count, none sends for ever, and no
     * process outside takes part (it may come at any time). Then it
     * ends once they are done and nothing has moved for a second; otherwise at its time limit.
     */
    boolean endsByItself() {
        return boundedSenders() > 0 && units.stream().noneMatch(u -> u.sends() && u.count() == 0)
                && externals().isEmpty();
    }

    /** Every node the program runs, in file order: the lines the program prints at its end. */
    List<Node> nodes() {
        return topology.nodes().stream().filter(n -> !(n.behavior() instanceof Behavior.External)).toList();
    }

    /** The external nodes, in file order: processes outside that the program only names in comments. */
    List<Node> externals() {
        return topology.nodes().stream().filter(n -> n.behavior() instanceof Behavior.External).toList();
    }
}
