package org.zmqstudio.ui.canvas;

import java.util.Optional;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;

/** Whether a new link from one node (connecting) to another (binding) makes sense, and if not, why. */
final class LinkCheck {

    private LinkCheck() {
    }

    /** Why {@code connect} should not connect to {@code bind}, in words for a learner; empty when it may. */
    static Optional<String> whyNot(Topology topology, Node connect, Node bind) {
        if (connect.id().equals(bind.id())) {
            return Optional.of("a socket cannot connect to itself; drag to another node");
        }
        boolean linked = topology.linksOf(connect.id()).stream().anyMatch(l -> l.otherEnd(connect.id()).equals(bind.id()));
        if (linked) {
            return Optional.of(connect.id() + " and " + bind.id() + " are already linked");
        }
        Optional<String> pair = Validator.explainInvalidPair(connect.socket(), bind.socket());
        if (pair.isPresent()) {
            return pair;
        }
        for (Node end : new Node[] {connect, bind}) {
            if (end.socket() == SocketType.PAIR && !topology.linksOf(end.id()).isEmpty()) {
                return Optional.of("a PAIR talks to exactly one peer, and " + end.id() + " already has one");
            }
        }
        return Optional.empty();
    }
}
