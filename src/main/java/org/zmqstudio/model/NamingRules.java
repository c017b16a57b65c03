package org.zmqstudio.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Ids and labels: well formed, printable, short enough, and ids unique (DESIGN.md §2). */
final class NamingRules {

    static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    /** Room for a default link id: two 64-character node ids and the arrow. */
    static final int MAX_LINK_ID = 130;
    static final int MAX_LABEL = 80;

    private NamingRules() {
    }

    static void check(Topology topology, Findings findings) {
        for (Node node : topology.nodes()) {
            if (!NODE_ID.matcher(node.id()).matches()) {
                findings.add(ProblemCode.E_ID_MALFORMED, ElementRef.node(node.id()), "the node id " + Wording.quote(node.id())
                        + " must be 1–64 characters, each a letter, a digit, '_', '.' or '-'");
            }
            String label = node.label();
            if (label != null && (Wording.length(label) > MAX_LABEL || !Wording.isPrintable(label))) {
                findings.add(ProblemCode.E_LABEL, ElementRef.node(node.id()), "the label " + Wording.quote(label)
                        + " must be at most " + MAX_LABEL + " printable characters (no line breaks or control characters)");
            }
        }
        for (Link link : topology.links()) {
            if (link.id().isEmpty() || Wording.length(link.id()) > MAX_LINK_ID || !Wording.isPrintable(link.id())) {
                findings.add(ProblemCode.E_ID_MALFORMED, ElementRef.link(link.id()), "the link id " + Wording.quote(link.id())
                        + " must be 1–" + MAX_LINK_ID + " printable characters; leave it out to get \"connect->bind\"");
            }
        }
        reportRepeats(topology.nodes().stream().map(Node::id).toList(), ElementRef::node, "nodes", findings);
        reportRepeats(topology.links().stream().map(Link::id).toList(), ElementRef::link, "links", findings);
    }

    private static void reportRepeats(List<String> ids, Function<String, ElementRef> element, String what,
                                      Findings findings) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id) && reported.add(id)) {
                findings.add(ProblemCode.E_ID_DUPLICATE, element.apply(id), "several " + what + " have the id "
                        + Wording.quote(id) + "; give each its own id");
            }
        }
    }
}
