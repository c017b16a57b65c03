package org.zmqstudio.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Links: both ends exist, differ, are linked once, form a valid socket pair; a PAIR has one peer. */
final class LinkRules {

    private LinkRules() {
    }

    static void check(TopologyIndex index, Findings findings) {
        Map<Set<String>, Link> linkByEnds = new HashMap<>();
        for (Link link : index.topology().links()) {
            ElementRef at = ElementRef.link(link.id());
            Optional<Node> connect = index.node(link.connect());
            Optional<Node> bind = index.node(link.bind());
            if (connect.isEmpty() || bind.isEmpty()) {
                for (String end : List.of(link.connect(), link.bind())) {
                    if (index.node(end).isEmpty()) {
                        findings.add(ProblemCode.E_LINK_MISSING_NODE, at, "it names the node " + Wording.quote(end)
                                + ", which does not exist");
                    }
                }
            } else if (link.connect().equals(link.bind())) {
                findings.add(ProblemCode.E_LINK_SELF, at, "it links " + Wording.socket(connect.get())
                        + " to itself; a link joins two different sockets");
            } else {
                Link first = linkByEnds.putIfAbsent(Set.of(link.connect(), link.bind()), link);
                if (first != null) {
                    findings.add(ProblemCode.E_LINK_DUPLICATE, at, Wording.quote(link.connect()) + " and "
                            + Wording.quote(link.bind()) + " are already linked by " + Wording.quote(first.id())
                            + "; link two sockets once");
                }
                Validator.explainInvalidPair(connect.get().socket(), bind.get().socket())
                        .ifPresent(why -> findings.add(ProblemCode.E_PAIR_TYPES, at, why));
            }
        }
        for (Node node : index.topology().nodes()) {
            List<Node> peers = index.peers(node);
            if (node.socket() == SocketType.PAIR && peers.size() > 1) {
                findings.add(ProblemCode.E_PAIR_PEERS, ElementRef.node(node.id()), Wording.socket(node) + " is linked to "
                        + peers.size() + " sockets (" + Wording.ids(peers.stream().map(Node::id).toList())
                        + "); a PAIR talks to exactly one other PAIR");
            }
        }
    }
}
