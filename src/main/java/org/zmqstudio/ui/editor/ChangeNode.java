package org.zmqstudio.ui.editor;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * Changes one field of one node (not its id, see {@link RenameNode}, nor its position). Successive
 * changes of the same field of the same node absorb each other, so typing in a field is one undo step.
 * Each change applies to the node as it is when the command runs, so it never undoes other fields.
 */
public final class ChangeNode implements EditCommand {

    private final String nodeId;
    private final String field;
    private final UnaryOperator<Node> change;

    private ChangeNode(String nodeId, String field, UnaryOperator<Node> change) {
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        this.field = field;
        this.change = change;
    }

    /** Changes the socket type; a behaviour the new type cannot perform is dropped (the type's default applies). */
    public static ChangeNode socket(String nodeId, SocketType socket) {
        return new ChangeNode(nodeId, "socket type", node -> {
            Behavior behavior = node.behavior();
            boolean keeps = behavior == null || socket.supports(behavior.kind());
            return node.withSocket(socket).withBehavior(keeps ? behavior : null);
        });
    }

    /** @param label the new label, or {@code null}/empty to show the id */
    public static ChangeNode label(String nodeId, String label) {
        return new ChangeNode(nodeId, "label", node -> node.withLabel(label == null || label.isEmpty() ? null : label));
    }

    /** @param endpoint where the node binds, or {@code null}/empty for none */
    public static ChangeNode endpoint(String nodeId, String endpoint) {
        return new ChangeNode(nodeId, "endpoint",
                node -> node.withEndpoint(endpoint == null || endpoint.isEmpty() ? null : endpoint));
    }

    /**
     * Changes one socket option.
     *
     * @param option the option's name in the file ({@code sndhwm}, {@code linger}, …), which tells
     *               absorbable edits apart
     */
    public static ChangeNode option(String nodeId, String option, UnaryOperator<SocketOptions> change) {
        return new ChangeNode(nodeId, option, node -> node.withOptions(change.apply(node.options())));
    }

    /** @param millis delay before the socket starts, ms */
    public static ChangeNode startAfterMillis(String nodeId, long millis) {
        return new ChangeNode(nodeId, "start delay", node -> node.withStartAfterMillis(millis));
    }

    /**
     * Replaces the behaviour.
     *
     * @param field    what changed ("behaviour" for the kind, else the field's name such as "rate"),
     *                 which tells absorbable edits apart
     * @param behavior the new behaviour, or {@code null} for the socket type's default
     */
    public static ChangeNode behavior(String nodeId, String field, Behavior behavior) {
        return new ChangeNode(nodeId, field, node -> node.withBehavior(behavior));
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public String name() {
        return "Change " + field + " of " + nodeId;
    }

    @Override
    public Topology apply(Topology before) {
        return before.updateNode(nodeId, change);
    }

    @Override
    public boolean absorbs(EditCommand next) {
        return next instanceof ChangeNode other && other.nodeId.equals(nodeId) && other.field.equals(field);
    }
}
