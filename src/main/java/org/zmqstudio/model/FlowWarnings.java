package org.zmqstudio.model;

import java.util.List;
import java.util.Optional;

/**
 * Lint: topologies that run but do not do what a learner expects (DESIGN.md §4, warnings).
 *
 * <p>Each node plays roles derived from its effective behaviour: it <em>originates</em> messages
 * (produce, request, or the sending socket of a relay), <em>consumes</em> them (consume, reply, or
 * the receiving socket of a relay), or is one end of a proxy, which forwards what its socket can
 * carry. "Nobody receives" and "nothing upstream" compare these roles across links of a valid
 * socket pair (an invalid pair carries nothing); a REPLY only answers, so it never counts as a
 * sender upstream of anyone. An external node (a process outside the studio) may send and read
 * whatever its socket can.
 *
 * <p>DESIGN.md's "both ends of a chain binding nothing reachable" cannot arise between linked nodes,
 * because a link's bind side always binds (by default {@code inproc://<id>}). What remains is a node
 * linked to nothing whose endpoint, if any, is inproc: no socket, in this run or outside it, can
 * ever reach it. That is {@code W_UNREACHABLE}, and it replaces the other warnings for the node.
 */
final class FlowWarnings {

    private FlowWarnings() {
    }

    static void check(TopologyIndex index, Findings findings) {
        Roles roles = new Roles(index);
        for (Node node : index.topology().nodes()) {
            ElementRef at = ElementRef.node(node.id());
            List<Node> peers = index.peers(node);
            if (peers.isEmpty() && bindsOnlyInsideThisRun(node)) {
                findings.add(ProblemCode.W_UNREACHABLE, at, Wording.socket(node) + " is linked to nothing and binds no "
                        + "endpoint another program could reach, so it can never exchange a message; link it to a peer");
                continue;
            }
            List<Node> partners = peers.stream().filter(p -> node.socket().canPairWith(p.socket())).toList();
            if (roles.originates(node) && partners.stream().noneMatch(roles::reads)) {
                findings.add(ProblemCode.W_NO_RECEIVER, at, Wording.socket(node) + " sends messages, but no socket linked to it "
                        + "reads them; link it to a " + Wording.either(node.socket().validPeers().stream()
                        .filter(SocketType::receives).toList()) + " that consumes");
            }
            if (roles.consumes(node) && partners.stream().noneMatch(roles::writes)) {
                findings.add(ProblemCode.W_NO_UPSTREAM, at, Wording.socket(node) + " waits for "
                        + (roles.kind(node).orElseThrow() == BehaviorKind.REPLY ? "requests" : "messages")
                        + ", but no socket linked to it sends any; link it to a " + Wording.either(node.socket()
                        .validPeers().stream().filter(SocketType::sends).toList()) + " that sends");
            }
            checkSubscriptions(node, findings);
            if (node.socket() == SocketType.REQ) {
                checkSeveralRepliers(node, peers, findings);
            }
            if (node.socket().subscribes()) {
                checkSlowJoiner(node, peers, roles, findings);
            }
        }
    }

    private static boolean bindsOnlyInsideThisRun(Node node) {
        return node.endpoint() == null || node.endpoint().isEmpty() || node.endpoint().startsWith("inproc://");
    }

    private static void checkSubscriptions(Node node, Findings findings) {
        if (node.socket().subscribes() && node.behavior() instanceof Behavior.Consume consume
                && consume.subscribe().isEmpty()) {
            findings.add(ProblemCode.W_SUB_NO_SUBSCRIPTION, ElementRef.node(node.id()), Wording.socket(node)
                    + " subscribes to nothing, so it receives nothing; add a topic prefix, or \"\" for every message");
        }
    }

    private static void checkSeveralRepliers(Node node, List<Node> peers, Findings findings) {
        List<String> repliers = peers.stream()
                .filter(p -> p.socket() == SocketType.REP || p.socket() == SocketType.ROUTER)
                .map(Node::id).toList();
        if (repliers.size() > 1) {
            findings.add(ProblemCode.W_REQ_SEVERAL_REPS, ElementRef.node(node.id()), Wording.socket(node) + " is linked to "
                    + repliers.size() + " repliers (" + Wording.ids(repliers) + "): it sends each request to the next "
                    + "one in turn and waits for its reply, so they answer one at a time, never in parallel");
        }
    }

    private static void checkSlowJoiner(Node subscriber, List<Node> peers, Roles roles, Findings findings) {
        for (Node publisher : peers) {
            long late = subscriber.startAfterMillis() - publisher.startAfterMillis();
            if ((publisher.socket() == SocketType.PUB || publisher.socket() == SocketType.XPUB)
                    && roles.writes(publisher) && late > 0) {
                findings.add(ProblemCode.W_SLOW_JOINER, ElementRef.node(subscriber.id()), Wording.socket(subscriber)
                        + " starts " + late + " ms after its publisher " + Wording.quote(publisher.id())
                        + " and misses what it publishes meanwhile: a " + publisher.socket()
                        + " drops messages for subscribers that have not joined yet (slow joiner)");
            }
        }
    }

    /** The data roles of nodes, as described in the class comment. */
    private record Roles(TopologyIndex index) {

        Optional<BehaviorKind> kind(Node node) {
            return index.effectiveKind(node);
        }

        boolean originates(Node node) {
            Optional<BehaviorKind> kind = kind(node);
            return kind.equals(Optional.of(BehaviorKind.PRODUCE)) || kind.equals(Optional.of(BehaviorKind.REQUEST))
                    || index.drivenBy(node).equals(Optional.of(BehaviorKind.RELAY)) && node.socket().sends();
        }

        boolean consumes(Node node) {
            Optional<BehaviorKind> kind = kind(node);
            return kind.equals(Optional.of(BehaviorKind.CONSUME)) || kind.equals(Optional.of(BehaviorKind.REPLY))
                    || kind.equals(Optional.of(BehaviorKind.RELAY));
        }

        boolean writes(Node node) {
            return originates(node) || (isProxyEnd(node) || isExternal(node)) && node.socket().sends();
        }

        boolean reads(Node node) {
            return consumes(node) || (isProxyEnd(node) || isExternal(node)) && node.socket().receives();
        }

        /** A process outside the studio may do anything its socket can: it counts as sending and reading. */
        private boolean isExternal(Node node) {
            return kind(node).equals(Optional.of(BehaviorKind.EXTERNAL));
        }

        private boolean isProxyEnd(Node node) {
            return kind(node).equals(Optional.of(BehaviorKind.PROXY))
                    || index.drivenBy(node).equals(Optional.of(BehaviorKind.PROXY));
        }
    }
}
