package org.zmqstudio.ui.editor;

import java.util.Objects;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Topology;

/**
 * Swaps which side of a link binds and which connects, keeping the link's place in the file. A default
 * id follows the ends ({@code a->b} becomes {@code b->a}); see {@link #swappedId(Topology)}.
 */
public record SwapLinkSides(String linkId) implements EditCommand {

    public SwapLinkSides {
        Objects.requireNonNull(linkId, "linkId");
    }

    @Override
    public String name() {
        return "Swap bind side";
    }

    @Override
    public Topology apply(Topology before) {
        return before.link(linkId)
                .map(link -> new Topology(before.name(), before.description(), before.nodes(),
                        before.links().stream().map(l -> l.id().equals(linkId) ? l.swapped() : l).toList(), before.tour()))
                .orElse(before);
    }

    /** The link's id after the swap (to keep it selected), or {@code linkId} when it is missing. */
    public String swappedId(Topology before) {
        return before.link(linkId).map(Link::swapped).map(Link::id).orElse(linkId);
    }
}
