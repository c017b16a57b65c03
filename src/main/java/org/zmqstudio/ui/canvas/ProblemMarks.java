package org.zmqstudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Severity;

/** The worst problem severity of each node and link, for their badges. Immutable. */
final class ProblemMarks {

    static final ProblemMarks NONE = new ProblemMarks(List.of());

    private final Map<String, Severity> nodes = new HashMap<>();
    private final Map<String, Severity> links = new HashMap<>();
    private final Map<String, List<String>> messages = new HashMap<>();

    ProblemMarks(List<Problem> problems) {
        for (Problem problem : problems) {
            ElementRef element = problem.element();
            Map<String, Severity> marks = switch (element.kind()) {
                case NODE -> nodes;
                case LINK -> links;
                case TOPOLOGY -> null;
            };
            if (marks != null && marks.get(element.id()) != Severity.ERROR) {
                marks.put(element.id(), problem.severity());
            }
            if (marks != null) {
                messages.computeIfAbsent(element.kind() + " " + element.id(), key -> new ArrayList<>())
                        .add((problem.isError() ? "Error: " : "Warning: ") + problem.message());
            }
        }
    }

    /** The worst severity reported for the node, or {@code null}. */
    Severity node(String id) {
        return nodes.get(id);
    }

    /** What the validator says about the node, errors first, one sentence each; empty when nothing. */
    List<String> nodeMessages(String id) {
        return messages.getOrDefault(ElementRef.Kind.NODE + " " + id, List.of());
    }

    /** What the validator says about the link, errors first, one sentence each; empty when nothing. */
    List<String> linkMessages(String id) {
        return messages.getOrDefault(ElementRef.Kind.LINK + " " + id, List.of());
    }

    /** The worst severity reported for the link, or {@code null}. */
    Severity link(String id) {
        return links.get(id);
    }
}
