package org.zmqstudio.ui.editor;

import java.util.Objects;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Topology;

/**
 * Links two nodes: {@code connectId} connects to the endpoint {@code bindId} binds. Changes nothing when
 * a node is missing or the two are already linked (either way round); whether the pair of socket types
 * is valid is for the canvas to explain before, and for the validator to report after.
 */
public record ConnectNodes(String connectId, String bindId) implements EditCommand {

    public ConnectNodes {
        Objects.requireNonNull(connectId, "connectId");
        Objects.requireNonNull(bindId, "bindId");
    }

    /** The link this command adds. */
    public Link link() {
        return Link.between(connectId, bindId);
    }

    @Override
    public String name() {
        return "Connect " + connectId + " to " + bindId;
    }

    @Override
    public Topology apply(Topology before) {
        boolean bothExist = before.node(connectId).isPresent() && before.node(bindId).isPresent();
        boolean linked = before.links().stream()
                .anyMatch(l -> l.touches(connectId) && l.otherEnd(connectId).equals(bindId));
        if (!bothExist || linked || before.link(link().id()).isPresent()) {
            return before;
        }
        return before.withLink(link());
    }
}
