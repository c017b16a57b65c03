package org.zmqstudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.ChangeNode;
import org.zmqstudio.ui.editor.RenameNode;
import org.zmqstudio.ui.editor.Selection;

/**
 * The inspector for one node: id, label, socket type, endpoint, start delay, behaviour, and the socket
 * options in a pane ({@code inspector-options}) that is open when the node sets any.
 * Ids: {@code inspector-id}, {@code inspector-label}, {@code inspector-socket},
 * {@code inspector-start-after}, {@code inspector-sndhwm}, {@code inspector-rcvhwm},
 * {@code inspector-linger}, {@code inspector-identity}, {@code inspector-max-msg-size}, plus those of
 * {@link EndpointEditor} and {@link BehaviorEditor}; a refused value's message is {@code ID-error}.
 */
final class NodeSection {

    /** A text field and how it reads the document's value. */
    private record Bound(FieldEditor editor, Function<Node, String> read) {
    }

    private final CheckedEdits edits;
    private final Form form = new Form();
    private final Form optionsForm = new Form();
    private final TitledPane options = new TitledPane("Socket options", optionsForm);
    private final ComboBox<SocketType> socket = new ComboBox<>();
    private final EndpointEditor endpoint;
    private final BehaviorEditor behavior;
    private final List<Bound> fields = new ArrayList<>();
    private String nodeId;
    private SocketType shownSocket;
    /** The node whose options were last laid out: the pane opens by itself only for a new node with options set. */
    private String optionsShownFor;
    private boolean updating;

    NodeSection(CheckedEdits edits) {
        this.edits = edits;
        this.endpoint = new EndpointEditor(edits);
        this.behavior = new BehaviorEditor(edits, form);
        options.setId("inspector-options");
        options.setAnimated(false);
        socket.setId("inspector-socket");
        socket.getItems().setAll(SocketType.values());
        socket.setMaxWidth(Double.MAX_VALUE);
        socket.valueProperty().addListener((obs, old, type) -> {
            if (!updating && type != null) {
                edits.execute(ChangeNode.socket(nodeId, type), nodeId);
            }
        });
        FieldEditor id = editor("inspector-id", "1–64 of A–Z a–z 0–9 _ . -", true, this::rename, Node::id);
        id.setTooltip("The node's unique id; links and relays that name it follow a rename. Press Enter to apply.");
        editor("inspector-label", "shows the id", false,
                text -> edits.execute(ChangeNode.label(nodeId, text), nodeId), n -> n.label() == null ? "" : n.label());
        editor("inspector-start-after", "0 ms (start with the others)", false,
                text -> edits.execute(ChangeNode.startAfterMillis(nodeId, Values.longOr(text, 0)), nodeId),
                n -> Values.unlessDefault(n.startAfterMillis(), 0L));
        option("sndhwm", "inspector-sndhwm", SocketOptions.DEFAULT_HWM + " messages",
                t -> { var v = Values.optionalInt(t); return o -> o.withSndhwm(v); }, SocketOptions::sndhwm);
        option("rcvhwm", "inspector-rcvhwm", SocketOptions.DEFAULT_HWM + " messages",
                t -> { var v = Values.optionalInt(t); return o -> o.withRcvhwm(v); }, SocketOptions::rcvhwm);
        option("linger", "inspector-linger", "ZeroMQ's default (ms; -1 waits forever)",
                t -> { var v = Values.optionalInt(t); return o -> o.withLinger(v); }, SocketOptions::linger);
        option("identity", "inspector-identity", "none (ROUTER peers see a generated one)",
                t -> o -> o.withIdentity(t.isEmpty() ? null : t), SocketOptions::identity);
        option("maxMsgSize", "inspector-max-msg-size", "no limit (bytes)",
                t -> { var v = Values.optionalLong(t); return o -> o.withMaxMsgSize(v); }, SocketOptions::maxMsgSize);
    }

    Form view() {
        return form;
    }

    /** Shows {@code node}; {@code force} when another element was shown before. */
    void show(Topology topology, Node node, boolean force) {
        boolean rebuild = force || !node.id().equals(nodeId) || node.socket() != shownSocket
                || behavior.needsRebuild(topology, node);
        nodeId = node.id();
        shownSocket = node.socket();
        updating = true;
        socket.setValue(node.socket());
        updating = false;
        if (rebuild) {
            layout(topology, node);
        } else {
            behavior.refresh(topology, node);
        }
        for (Bound field : fields) {
            field.editor().show(field.read().apply(node), rebuild);
        }
        endpoint.show(topology, node, rebuild);
    }

    private void layout(Topology topology, Node node) {
        form.clear();
        form.heading(node.socket() + " socket");
        form.wide(Form.note(node.socket().description()));
        form.field("Id", fields.get(0).editor());
        form.field("Label", fields.get(1).editor());
        form.field("Socket type", socket);
        form.field("Endpoint", endpoint);
        form.field("Start after", fields.get(2).editor());
        behavior.build(topology, node);
        optionsForm.clear();
        for (Bound field : fields.subList(3, fields.size())) {
            optionsForm.field(field.editor().field().getId().substring("inspector-".length()), field.editor());
        }
        if (!node.id().equals(optionsShownFor)) {
            options.setExpanded(!node.options().isEmpty());
            optionsShownFor = node.id();
        }
        form.wide(options);
    }

    private Optional<String> rename(String text) {
        String newId = text.trim();
        if (newId.equals(nodeId)) {
            return Optional.empty();
        }
        if (edits.document().topology().node(newId).isPresent()) {
            return Optional.of("another node already has the id '" + newId + "'");
        }
        return edits.execute(new RenameNode(nodeId, newId), newId, Selection.ofNodes(Set.of(newId)));
    }

    private FieldEditor editor(String id, String prompt, boolean onAction, FieldEditor.Commit commit,
                               Function<Node, String> read) {
        FieldEditor editor = new FieldEditor(id, prompt, onAction, () -> edits.document().endOfGesture(), commit);
        fields.add(new Bound(editor, read));
        return editor;
    }

    private void option(String name, String id, String prompt, Function<String, UnaryOperator<SocketOptions>> change,
                        Function<SocketOptions, Object> read) {
        editor(id, prompt, false,
                text -> edits.execute(ChangeNode.option(nodeId, name, change.apply(text)), nodeId),
                n -> read.apply(n.options()) == null ? "" : read.apply(n.options()).toString());
    }
}
