package org.zmqstudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.ExternalDuty;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * The plain-words comments of a generated program: what a thread does, what each socket is, and why
 * it binds or connects. The same words in every language.
 */
final class UnitWords {

    private UnitWords() {
    }

    /** One sentence per socket: {@code ventilator (PUSH): Pushes each message to ...}. */
    static List<String> sockets(ProgramPlan.Unit unit) {
        List<String> lines = new ArrayList<>();
        for (ProgramPlan.Socket socket : unit.sockets()) {
            lines.add(socket.id() + " (" + socket.type() + "): " + socket.type().description());
        }
        return lines;
    }

    /** What the process outside must do for an external node, which the program leaves out. */
    static String external(Topology topology, Node node) {
        return node.id() + " (" + node.socket() + ") is not in this program: " + ExternalDuty.of(topology, node);
    }

    /** What the thread does, in a sentence or two. */
    static String behavior(ProgramPlan.Unit unit) {
        String text = what(unit);
        return unit.delayed() ? text + " Starts " + unit.startAfterMillis() + " ms after the others." : text;
    }

    private static String what(ProgramPlan.Unit unit) {
        Behavior behavior = unit.behavior();
        if (behavior instanceof Behavior.Produce p) {
            return (p.count() > 0 ? "Sends " + p.count() + " messages" : "Sends messages until the program ends")
                    + rate(p.rate()) + (p.parts() > 1 ? ", each of " + p.parts() + " frames sent together" : "")
                    + (p.topics().isEmpty() ? "" : ", the topics " + quoted(p.topics()) + " in turn at the start of each")
                    + (p.size() > 0 ? ", each filled up to at least " + p.size() + " bytes" : "") + ".";
        }
        if (behavior instanceof Behavior.Request r) {
            return (r.count() > 0 ? "Sends " + r.count() + " requests" : "Sends requests until the program ends")
                    + rate(r.rate()) + ", and waits up to " + r.timeoutMillis() + " ms for each reply. On silence it "
                    + "closes the socket, opens a fresh one and sends the request again (the guide's Lazy Pirate), "
                    + "giving up after " + r.retries() + (r.retries() == 1 ? " retry." : " retries.");
        }
        if (behavior instanceof Behavior.Reply r) {
            return "Answers every request" + work(r.workMillis())
                    + (r.payload().equals(Behavior.Reply.DEFAULT.payload()) ? " with the request itself (an echo)" : "")
                    + (unit.primary().type() == SocketType.REP ? "" : ", sending back the envelope that says who asked")
                    + ".";
        }
        if (behavior instanceof Behavior.Consume c) {
            return "Receives and counts every message" + work(c.workMillis())
                    + (unit.primary().subscriptions().isEmpty() && unit.primary().type().subscribes()
                    ? "; it subscribes to nothing, so nothing arrives" : "") + ".";
        }
        if (behavior instanceof Behavior.Relay r) {
            return "Receives on " + unit.primary().id() + " and sends each message on " + unit.driven().id()
                    + work(r.workMillis()) + ", whole: a relay, one thread for both sockets.";
        }
        return "Passes messages both ways between " + unit.primary().id() + " and " + unit.driven().id()
                + ", whole and with their envelopes, like zmq_proxy: one thread for both sockets.";
    }

    /** Why the socket binds: who connects to it. */
    static String binds(Topology topology, ProgramPlan.Socket socket) {
        List<String> connectors = topology.links().stream().filter(l -> l.bind().equals(socket.id()))
                .map(l -> l.connect()).toList();
        return connectors.isEmpty() ? "binds: others may connect here"
                : "binds: the stable end that " + and(connectors) + (connectors.size() == 1 ? " connects" : " connect") + " to";
    }

    /** Why the socket connects: the binder is the stable end. */
    static String connects(ProgramPlan.Connection connection) {
        return "connects to " + connection.binder().id() + " (" + connection.binder().socket() + "), which binds";
    }

    private static String rate(double rate) {
        return rate > 0 ? ", " + Literals.number(rate) + " a second" : ", as fast as the socket takes them";
    }

    private static String work(long workMillis) {
        return workMillis > 0 ? " after " + workMillis + " ms of work" : "";
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
    }

    static String and(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
