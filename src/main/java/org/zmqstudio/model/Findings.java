package org.zmqstudio.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects what the validation rules find; not thread-safe, one per {@link Validator#validate} call. */
final class Findings {

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem at its code's severity. */
    void add(ProblemCode code, ElementRef element, String message) {
        problems.add(new Problem(code, element, message));
    }

    /**
     * Errors first, then warnings; within each, the topology itself, then nodes and then links in the
     * order the topology lists them (the first of several with one id); rule order breaks ties.
     */
    List<Problem> sorted(Topology topology) {
        Map<ElementRef, Integer> position = new HashMap<>();
        for (Node node : topology.nodes()) {
            position.putIfAbsent(ElementRef.node(node.id()), position.size());
        }
        for (Link link : topology.links()) {
            position.putIfAbsent(ElementRef.link(link.id()), position.size());
        }
        position.put(ElementRef.TOPOLOGY, -1);
        return problems.stream()
                .sorted(Comparator.comparing(Problem::severity)
                        .thenComparing(p -> position.getOrDefault(p.element(), Integer.MAX_VALUE)))
                .toList();
    }
}
