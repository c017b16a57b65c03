package org.zmqstudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the process outside the studio that an external node stands for must do, in one sentence:
 * "bind a REP socket on tcp://127.0.0.1:5555", "connect a REQ socket to tcp://127.0.0.1:5555
 * (server)". The inspector shows it; the exported programs write it as a comment.
 */
public final class ExternalDuty {

    private ExternalDuty() {
    }

    /**
     * The sentence for {@code node} (an external node) in {@code topology}, starting with a capital and
     * ending with a full stop. Endpoints are as written; a studio node without one binds
     * {@code inproc://<id>}, which the validator refuses for an external peer.
     */
    public static String of(Topology topology, Node node) {
        List<String> duties = new ArrayList<>();
        String socket = Wording.withArticle(node.socket()) + " socket";
        if (node.endpoint() != null && !node.endpoint().isEmpty()) {
            duties.add("bind " + socket + " on " + node.endpoint());
        }
        List<String> targets = new ArrayList<>();
        for (Link link : topology.links()) {
            if (link.connect().equals(node.id())) {
                topology.node(link.bind()).ifPresent(binder ->
                        targets.add(topology.bindEndpoint(binder) + " (" + binder.id() + ")"));
            }
        }
        if (!targets.isEmpty()) {
            duties.add("connect " + (duties.isEmpty() ? socket : "it") + " to " + String.join(" and ", targets));
        }
        if (duties.isEmpty() && topology.isBound(node.id())) {
            return "A process outside the studio must bind " + socket + "; give this node the tcp or ipc endpoint "
                    + "where it binds, e.g. tcp://127.0.0.1:5555.";
        }
        if (duties.isEmpty()) {
            return "A process outside the studio owns this " + node.socket() + " socket; link it, or give it the "
                    + "endpoint that process binds, to say where it meets the studio.";
        }
        return "A process outside the studio must " + String.join(", and ", duties) + ".";
    }
}
