package org.zmqstudio.model;

import java.util.Optional;

/**
 * External nodes (DESIGN.md §8): a process outside the studio must be able to reach every endpoint
 * on their links. An external node that binds names its tcp or ipc endpoint, never inproc (no other
 * process reaches it) nor a {@code *} port (the process could not know it); a studio node an external
 * node connects to binds likewise. Every finding names the external node.
 */
final class ExternalRules {

    private ExternalRules() {
    }

    static void check(TopologyIndex index, Findings findings) {
        for (Node node : index.topology().nodes()) {
            if (node.behavior() instanceof Behavior.External) {
                checkOwnBind(node, index, findings);
            }
        }
        for (Link link : index.topology().links()) {
            Optional<Node> connect = index.node(link.connect());
            Optional<Node> bind = index.node(link.bind());
            if (connect.isPresent() && bind.isPresent() && connect.get().behavior() instanceof Behavior.External
                    && !(bind.get().behavior() instanceof Behavior.External)) {
                checkPeerBind(connect.get(), bind.get(), index, findings);
            }
        }
    }

    private static void checkOwnBind(Node node, TopologyIndex index, Findings findings) {
        ElementRef at = ElementRef.node(node.id());
        boolean named = node.endpoint() != null && !node.endpoint().isEmpty();
        if (!named) {
            if (index.bindEndpoint(node) != null) {
                findings.add(ProblemCode.E_EXTERNAL_NO_ENDPOINT, at, "it stands for a process outside the studio that "
                        + "binds (a node connects to it), but names no endpoint; give the tcp or ipc endpoint where "
                        + "that process binds, e.g. tcp://127.0.0.1:5555");
            }
            return;
        }
        parsed(node.endpoint()).ifPresent(endpoint -> {
            if (endpoint.transport() == Endpoint.Transport.INPROC) {
                findings.add(ProblemCode.E_EXTERNAL_INPROC, at, "it stands for a process outside the studio, which "
                        + "cannot bind " + Wording.quote(node.endpoint()) + ": inproc only reaches sockets of the same "
                        + "process; give a tcp or ipc endpoint, e.g. tcp://127.0.0.1:5555");
            } else if (endpoint.anyPort()) {
                findings.add(ProblemCode.E_EXTERNAL_ANY_PORT, at, "it stands for a process outside the studio, so the "
                        + "studio cannot learn which port " + Wording.quote(node.endpoint()) + " gets; name the port "
                        + "that process binds, e.g. tcp://127.0.0.1:5555");
            }
        });
    }

    private static void checkPeerBind(Node external, Node binder, TopologyIndex index, Findings findings) {
        String text = index.bindEndpoint(binder);
        ElementRef at = ElementRef.node(external.id());
        parsed(text).ifPresent(endpoint -> {
            if (endpoint.transport() == Endpoint.Transport.INPROC) {
                findings.add(ProblemCode.E_EXTERNAL_INPROC, at, "it stands for a process outside the studio and "
                        + "connects to " + Wording.socket(binder) + ", which binds " + Wording.quote(text)
                        + "; inproc only reaches sockets of the same process, so give " + Wording.quote(binder.id())
                        + " a tcp or ipc endpoint");
            } else if (endpoint.anyPort()) {
                findings.add(ProblemCode.E_EXTERNAL_ANY_PORT, at, "it stands for a process outside the studio and "
                        + "connects to " + Wording.socket(binder) + ", which binds " + Wording.quote(text)
                        + ": that process cannot know the port; give " + Wording.quote(binder.id()) + " a fixed port");
            }
        });
    }

    /** The endpoint, or empty when it is malformed ({@link EndpointRules} reports that). */
    private static Optional<Endpoint> parsed(String text) {
        try {
            return Optional.of(Endpoint.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
