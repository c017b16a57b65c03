package org.zmqstudio.model;

import java.util.Arrays;
import java.util.List;

/** Short ways to write the small topologies that the validator and engine tests check. */
public final class TestTopologies {

    private TestTopologies() {
    }

    public static Node node(String id, SocketType socket) {
        return Node.of(id, socket, 0, 0);
    }

    public static Node node(String id, SocketType socket, Behavior behavior) {
        return node(id, socket).withBehavior(behavior);
    }

    public static Link link(String connect, String bind) {
        return Link.between(connect, bind);
    }

    public static Topology topology(List<Node> nodes, Link... links) {
        return new Topology("test", "", nodes, Arrays.asList(links));
    }

    /** Parallel pipeline: a ventilator, one worker (relay from its PULL to its PUSH), a sink. */
    static Topology pipeline() {
        return topology(List.of(
                        node("vent", SocketType.PUSH, new Behavior.Produce(100, 0, "task {n}", 0, 1, List.of())),
                        node("w-in", SocketType.PULL, new Behavior.Relay("w-out", 1)),
                        node("w-out", SocketType.PUSH),
                        node("sink", SocketType.PULL, Behavior.Consume.DEFAULT)),
                link("w-in", "vent"), link("w-out", "sink"));
    }

    /** PAIR relay: step1 produces, step2 relays from one PAIR to another, step3 consumes. */
    static Topology pairRelay() {
        return topology(List.of(
                        node("step1", SocketType.PAIR, new Behavior.Produce(3, 0, "ready", 0, 2, List.of())),
                        node("step2-in", SocketType.PAIR, new Behavior.Relay("step2-out", 0)),
                        node("step2-out", SocketType.PAIR),
                        node("step3", SocketType.PAIR, Behavior.Consume.DEFAULT)),
                link("step1", "step2-in"), link("step2-out", "step3"));
    }

    /** The elements that problems with this code are about, in the validator's order. */
    static List<ElementRef> where(ProblemCode code, Topology topology) {
        return where(code, topology, false);
    }

    static List<ElementRef> where(ProblemCode code, Topology topology, boolean allowNetwork) {
        return Validator.validate(topology, allowNetwork).stream()
                .filter(p -> p.is(code)).map(Problem::element).toList();
    }

    /** The one problem with this code; fails unless there is exactly one. */
    static Problem only(ProblemCode code, Topology topology) {
        List<Problem> found = Validator.validate(topology, false).stream().filter(p -> p.is(code)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " but got " + Validator.validate(topology, false));
        }
        return found.get(0);
    }
}
