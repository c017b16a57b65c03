package org.zmqstudio.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Behaviours: the socket can perform them, and a relay or proxy names an existing node of its own
 * that it alone drives and that can carry the messages. Field ranges are {@link BehaviorFieldRules}.
 */
final class BehaviorRules {

    private BehaviorRules() {
    }

    static void check(TopologyIndex index, Findings findings) {
        Map<String, Node> firstDriver = new HashMap<>();
        for (Node node : index.topology().nodes()) {
            Behavior behavior = node.behavior();
            if (behavior == null) {
                continue;
            }
            if (!node.socket().supports(behavior.kind())) {
                findings.add(ProblemCode.E_BEHAVIOR_SOCKET, ElementRef.node(node.id()), cannotPerform(node.socket(), behavior.kind()));
            }
            BehaviorFieldRules.check(node, findings);
            if (behavior instanceof Behavior.Relay || behavior instanceof Behavior.Proxy) {
                checkTarget(node, index, firstDriver, findings);
            }
        }
    }

    private static String cannotPerform(SocketType socket, BehaviorKind kind) {
        String able = Wording.either(Arrays.stream(SocketType.values()).filter(t -> t.supports(kind)).toList());
        boolean needsToSend = kind == BehaviorKind.PRODUCE || kind == BehaviorKind.REQUEST || kind == BehaviorKind.REPLY;
        String reason = needsToSend && !socket.sends() ? " (" + socket + " never sends)"
                : !needsToSend && !socket.receives() ? " (" + socket + " never receives)" : "";
        return Wording.withArticle(socket) + " socket cannot " + kind.fileName() + "; " + kind.fileName()
                + " needs " + able + reason;
    }

    private static void checkTarget(Node driver, TopologyIndex index, Map<String, Node> firstDriver, Findings findings) {
        ElementRef at = ElementRef.node(driver.id());
        String kind = driver.behavior().kind().fileName();
        String targetId = driver.behavior().drivenNodeId();
        String field = driver.behavior() instanceof Behavior.Relay ? "to" : "peer";
        Optional<Node> found = index.node(targetId);
        if (found.isEmpty()) {
            findings.add(ProblemCode.E_TARGET_MISSING, at, targetId == null || targetId.isEmpty()
                    ? "its " + kind + " needs '" + field + "': the id of the node it forwards to"
                    : "its " + kind + " forwards to " + Wording.quote(targetId) + ", which is not a node");
            return;
        }
        Node target = found.get();
        if (target.id().equals(driver.id())) {
            findings.add(ProblemCode.E_TARGET_SELF, at, "its " + kind + " forwards to itself; name another socket in '" + field + "'");
            return;
        }
        Node earlier = firstDriver.putIfAbsent(target.id(), driver);
        if (earlier != null) {
            findings.add(ProblemCode.E_TARGET_DRIVEN, at, Wording.socket(target) + " is already driven by "
                    + Wording.quote(earlier.id()) + "; one thread owns a socket, so only one relay or proxy may drive it");
        } else if (target.behavior() != null) {
            findings.add(ProblemCode.E_TARGET_DRIVEN, at, Wording.socket(target) + " has its own " + target.behavior().kind().fileName()
                    + " behaviour; remove it so that this " + kind + " alone drives that socket");
        }
        checkCarries(driver, target, findings);
    }

    private static void checkCarries(Node driver, Node target, Findings findings) {
        ElementRef at = ElementRef.node(driver.id());
        if (driver.behavior() instanceof Behavior.Relay) {
            if (!target.socket().sends()) {
                findings.add(ProblemCode.E_TARGET_CANNOT_SEND, at, "its relay sends on " + Wording.socket(target)
                        + ", but " + Wording.withArticle(target.socket()) + " socket only receives; relay to a socket that sends, such as "
                        + Wording.either(Arrays.stream(SocketType.values()).filter(SocketType::sends).toList()));
            }
        } else if (!(driver.socket().receives() && target.socket().sends())
                && !(target.socket().receives() && driver.socket().sends())) {
            findings.add(ProblemCode.E_TARGET_CANNOT_SEND, at, "a proxy between " + Wording.socket(driver) + " and "
                    + Wording.socket(target) + " cannot forward anything: one side must receive what the other sends, "
                    + "as in ROUTER/DEALER, XSUB/XPUB, PULL/PUSH or SUB/PUB");
        }
    }
}
