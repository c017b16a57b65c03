package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * A valid topology turned into indexes the node threads use: node numbers (the trace carries them),
 * which thread runs which nodes, who binds what and who connects where, and where a process outside
 * the studio sits (external nodes): no thread runs them, studio nodes linked to them send clean
 * frames (no trace), and what arrives untraced is counted on a flow from them. Immutable.
 */
final class RunPlan {

    /** A link seen from its connecting node: the node it connects to and the link's id. */
    record Connection(int bindNode, String linkId) {
    }

    /** The nodes one thread runs: a node, and the node its relay or proxy drives ({@code -1} when none). */
    record Unit(int primary, int driven) {
        boolean contains(int node) {
            return primary == node || driven == node;
        }
    }

    private final Topology topology;
    private final List<Node> nodes;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<Long, String> linkIds = new HashMap<>();
    private final List<List<Connection>> connections = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final Behavior[] behaviors;
    private final String[] bindEndpoints;
    private final int[] startingPeers;
    private final boolean[] external;
    private final boolean[] sendsClean;
    private final int[] untracedSource;
    private final boolean[] untracedOnly;
    private final List<List<Integer>> outsideReceivers = new ArrayList<>();
    private final boolean mayFinish;

    RunPlan(Topology topology) {
        this.topology = topology;
        this.nodes = topology.nodes();
        int n = nodes.size();
        behaviors = new Behavior[n];
        bindEndpoints = new String[n];
        startingPeers = new int[n];
        external = new boolean[n];
        sendsClean = new boolean[n];
        untracedSource = new int[n];
        untracedOnly = new boolean[n];
        for (int i = 0; i < n; i++) {
            indexById.put(nodes.get(i).id(), i);
            connections.add(new ArrayList<>());
        }
        boolean[] bound = new boolean[n];
        for (Link link : topology.links()) {
            int connect = index(link.connect());
            int bind = index(link.bind());
            bound[bind] = true;
            connections.get(connect).add(new Connection(bind, link.id()));
            linkIds.putIfAbsent(key(connect, bind), link.id());
            linkIds.putIfAbsent(key(bind, connect), link.id());
            if (nodes.get(connect).startAfterMillis() == 0 && !(nodes.get(connect).behavior() instanceof Behavior.External)) {
                startingPeers[bind]++;
            }
        }
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            behaviors[i] = topology.effectiveBehavior(node).orElse(null);
            bindEndpoints[i] = Topology.bindEndpoint(node, bound[i]);
        }
        boolean anyExternal = false;
        boolean anySender = false;
        for (int i = 0; i < n; i++) {
            external[i] = behaviors[i] instanceof Behavior.External;
            anyExternal |= external[i];
            anySender |= isSender(i);
            if (behaviors[i] != null && !external[i]) {
                String driven = behaviors[i].drivenNodeId();
                units.add(new Unit(i, driven == null ? -1 : index(driven)));
            }
        }
        mayFinish = anySender && !anyExternal;
        for (Link link : topology.links()) {
            int connect = index(link.connect());
            int bind = index(link.bind());
            sendsClean[connect] |= external[bind] && !external[connect];
            sendsClean[bind] |= external[connect] && !external[bind];
        }
        for (int i = 0; i < n; i++) {
            planUntraced(i);
            outsideReceivers.add(outsideReceiversOf(i));
        }
    }

    /** The peers of a node that can send it data messages, in link order. */
    private List<Integer> senders(int receiver) {
        List<Integer> senders = new ArrayList<>();
        if (nodes.get(receiver).socket().receives()) {
            for (Link link : topology.linksOf(nodes.get(receiver).id())) {
                int other = index(link.otherEnd(nodes.get(receiver).id()));
                if (nodes.get(other).socket().sends()) {
                    senders.add(other);
                }
            }
        }
        return senders;
    }

    private void planUntraced(int receiver) {
        List<Integer> senders = senders(receiver);
        List<Integer> untraced = senders.stream().filter(s -> external[s] || sendsClean[s]).toList();
        untracedSource[receiver] = untraced.isEmpty() ? -1 : untraced.get(0);
        untracedOnly[receiver] = !untraced.isEmpty() && untraced.size() == senders.size();
    }

    /**
     * The external nodes that get every message this studio node sends, so that their flows can be
     * counted as the messages are handed to ZeroMQ: each external subscriber of a publisher, or the one
     * peer of a node whose only receiving peer is external. A round-robin split between several peers is
     * ZeroMQ's and cannot be observed: those flows are not counted.
     */
    private List<Integer> outsideReceiversOf(int sender) {
        if (external[sender] || !nodes.get(sender).socket().sends()) {
            return List.of();
        }
        List<Integer> receivers = new ArrayList<>();
        for (Link link : topology.linksOf(nodes.get(sender).id())) {
            int other = index(link.otherEnd(nodes.get(sender).id()));
            if (nodes.get(other).socket().receives()) {
                receivers.add(other);
            }
        }
        SocketType socket = nodes.get(sender).socket();
        if (socket == SocketType.PUB || socket == SocketType.XPUB) {
            return receivers.stream().filter(r -> external[r]).toList();
        }
        return receivers.size() == 1 && external[receivers.get(0)] ? receivers : List.of();
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | to;
    }

    Topology topology() {
        return topology;
    }

    int size() {
        return nodes.size();
    }

    Node node(int index) {
        return nodes.get(index);
    }

    int index(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }

    /** What the node's thread does, or {@code null} for a node another node's relay or proxy drives. */
    Behavior behavior(int index) {
        return behaviors[index];
    }

    /** The endpoint the node binds as written ({@code tcp://host:*} unresolved), or {@code null}. */
    String bindEndpoint(int index) {
        return bindEndpoints[index];
    }

    /**
     * How many links connect to the node's bind from studio nodes that start with the run (no
     * startAfterMillis); external nodes connect whenever their process does.
     */
    int startingPeers(int index) {
        return startingPeers[index];
    }

    List<Connection> connections(int index) {
        return connections.get(index);
    }

    List<Unit> units() {
        return units;
    }

    /** The id of a link between the two nodes (either side binding), or {@code null}. */
    String linkId(int from, int to) {
        return linkIds.get(key(from, to));
    }

    /** Whether the node binds and an external node connects to it: its peers are counted for the whole run. */
    boolean externallyConnected(int index) {
        if (external[index] || bindEndpoints[index] == null) {
            return false;
        }
        for (Link link : topology.linksOf(nodes.get(index).id())) {
            if (link.bind().equals(nodes.get(index).id()) && external[index(link.connect())]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a process outside the studio owns the node's socket: no thread of the run opens it. */
    boolean isExternal(int index) {
        return external[index];
    }

    /**
     * Whether the node's messages carry exactly their behaviour's frames, no trace: it is linked to an
     * external node, and ZeroMQ may hand any of its messages to that process.
     */
    boolean sendsClean(int index) {
        return sendsClean[index];
    }

    /**
     * The linked node an untraced message at this node is counted from: the first peer that sends
     * untraced (an external node, or a studio node that sends clean), or -1 when none does.
     */
    int untracedSource(int index) {
        return untracedSource[index];
    }

    /** Whether every peer that sends to this node sends untraced: its messages are never decoded as traced. */
    boolean untracedOnly(int index) {
        return untracedOnly[index];
    }

    /** The external nodes whose flow from this node is counted as its messages are sent ({@link #outsideReceiversOf}). */
    List<Integer> outsideReceivers(int index) {
        return outsideReceivers.get(index);
    }

    /**
     * Whether the run may finish early, once its bounded senders are done and nothing moves: it has a
     * sender, and no external node (a process outside may come at any time). Otherwise it serves until
     * its duration or Stop.
     */
    boolean mayFinish() {
        return mayFinish;
    }

    /** Whether the node originates messages: produce and request behaviours. */
    boolean isSender(int index) {
        return behaviors[index] instanceof Behavior.Produce || behaviors[index] instanceof Behavior.Request;
    }
}
