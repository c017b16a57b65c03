package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/**
 * A valid topology turned into indexes the node threads use: node numbers (the trace carries them),
 * which thread runs which nodes, who binds what and who connects where. Immutable.
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

    RunPlan(Topology topology) {
        this.topology = topology;
        this.nodes = topology.nodes();
        int n = nodes.size();
        behaviors = new Behavior[n];
        bindEndpoints = new String[n];
        startingPeers = new int[n];
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
            if (nodes.get(connect).startAfterMillis() == 0) {
                startingPeers[bind]++;
            }
        }
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            behaviors[i] = topology.effectiveBehavior(node).orElse(null);
            bindEndpoints[i] = Topology.bindEndpoint(node, bound[i]);
        }
        for (int i = 0; i < n; i++) {
            if (behaviors[i] != null) {
                String driven = behaviors[i].drivenNodeId();
                units.add(new Unit(i, driven == null ? -1 : index(driven)));
            }
        }
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

    /** How many links connect to the node's bind from nodes that start with the run (no startAfterMillis). */
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

    /** Whether the node originates messages: produce and request behaviours. */
    boolean isSender(int index) {
        return behaviors[index] instanceof Behavior.Produce || behaviors[index] instanceof Behavior.Request;
    }
}
