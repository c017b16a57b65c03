package org.zmqstudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.BehaviorKind;
import org.zmqstudio.model.ExternalDuty;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.ChangeNode;

/**
 * The behaviour part of the node inspector: the kind (only kinds the socket supports, or the
 * default) and that kind's fields, defaults shown as prompts; for an external node, the sentence
 * saying what the process outside must do. Ids: {@code inspector-behavior-kind},
 * {@code inspector-behavior-FIELD}, {@code inspector-relay-to}, {@code inspector-proxy-peer},
 * {@code inspector-external-duty}.
 */
final class BehaviorEditor {

    /** One entry of the kind menu; {@code kind} is {@code null} for "the socket type's default". */
    private record Choice(BehaviorKind kind, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final CheckedEdits edits;
    private final Form form;
    private final ComboBox<Choice> kind = new ComboBox<>();
    private final List<FieldEditor> fields = new ArrayList<>();
    private final List<BehaviorFields> specs = new ArrayList<>();
    private ComboBox<String> target;
    /** What the outside process must do, for an external node; else {@code null}. */
    private Label duty;
    private String nodeId;
    /** The kind whose fields are shown ({@code null}: the default), and the menu's entries then. */
    private BehaviorKind builtKind;
    private List<Choice> builtChoices = List.of();
    private boolean updating;

    BehaviorEditor(CheckedEdits edits, Form form) {
        this.edits = edits;
        this.form = form;
        kind.setId("inspector-behavior-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().addListener((obs, old, choice) -> {
            if (!updating && choice != null) {
                Behavior next = choice.kind() == null ? null : Behavior.defaultOf(choice.kind());
                edits.execute(ChangeNode.behavior(nodeId, "behaviour", next), nodeId);
            }
        });
    }

    /** Adds the behaviour rows for {@code node} to the form (which the caller has just cleared). */
    void build(Topology topology, Node node) {
        nodeId = node.id();
        fields.clear();
        specs.clear();
        target = null;
        duty = null;
        form.heading("Behaviour");
        updating = true;
        List<Choice> choices = choices(topology, node);
        if (!kind.getItems().equals(choices)) {
            kind.getItems().setAll(choices);
        }
        builtChoices = choices;
        builtKind = node.behavior() == null ? null : node.behavior().kind();
        kind.getSelectionModel().select(indexOf(node.behavior()));
        updating = false;
        form.field("Kind", kind);
        Behavior behavior = node.behavior();
        if (behavior == null) {
            form.wide(Form.note(defaultNote(topology, node)));
            return;
        }
        form.wide(Form.note(behavior.kind().description() + "."));
        if (behavior instanceof Behavior.External) {
            duty = Form.note(ExternalDuty.of(topology, node));
            duty.setId("inspector-external-duty");
            form.wide(duty);
        }
        if (behavior instanceof Behavior.Relay || behavior instanceof Behavior.Proxy) {
            target = targetPicker(topology, node, behavior instanceof Behavior.Relay);
            form.field(behavior instanceof Behavior.Relay ? "Send on" : "Peer", target);
        }
        for (BehaviorFields spec : BehaviorFields.of(behavior, node.socket())) {
            FieldEditor editor = new FieldEditor("inspector-behavior-" + spec.name(), spec.prompt(), false,
                    () -> edits.document().endOfGesture(), text -> {
                        Behavior current = currentBehavior().orElseThrow();
                        return edits.execute(ChangeNode.behavior(nodeId, spec.name(), spec.write().apply(current, text)), nodeId);
                    });
            editor.show(spec.read().apply(behavior), true);
            fields.add(editor);
            specs.add(spec);
            form.field(spec.caption(), editor);
        }
    }

    /** Whether {@link #build} must run again because the kind or socket shown no longer match. */
    boolean needsRebuild(Topology topology, Node node) {
        BehaviorKind now = node.behavior() == null ? null : node.behavior().kind();
        return !Objects.equals(builtKind, now) || !builtChoices.equals(choices(topology, node));
    }

    /** Shows the document's values in the fields built for the same node, kind and socket. */
    void refresh(Topology topology, Node node) {
        if (duty != null) {
            duty.setText(ExternalDuty.of(topology, node));
        }
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).show(specs.get(i).read().apply(node.behavior()), false);
        }
        if (target != null) {
            updating = true;
            List<String> ids = targetIds(topology, node, node.behavior() instanceof Behavior.Relay);
            if (!target.getItems().equals(ids)) {
                target.getItems().setAll(ids);
            }
            target.setValue(node.behavior().drivenNodeId());
            updating = false;
        }
    }

    private ComboBox<String> targetPicker(Topology topology, Node node, boolean relay) {
        ComboBox<String> picker = new ComboBox<>();
        picker.setId(relay ? "inspector-relay-to" : "inspector-proxy-peer");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText("choose a node");
        picker.getItems().setAll(targetIds(topology, node, relay));
        picker.setValue(node.behavior().drivenNodeId());
        picker.valueProperty().addListener((obs, old, id) -> {
            if (!updating && id != null) {
                Behavior current = currentBehavior().orElseThrow();
                Behavior next = current instanceof Behavior.Relay r ? new Behavior.Relay(id, r.workMillis()) : new Behavior.Proxy(id);
                edits.execute(ChangeNode.behavior(nodeId, relay ? "to" : "peer", next), nodeId);
            }
        });
        return picker;
    }

    /** Other nodes this one may drive: for a relay, those that can send. */
    private static List<String> targetIds(Topology topology, Node node, boolean relay) {
        return topology.nodes().stream()
                .filter(n -> !n.id().equals(node.id()) && (!relay || n.socket().sends()))
                .map(Node::id)
                .toList();
    }

    private Optional<Behavior> currentBehavior() {
        return edits.document().topology().node(nodeId).map(Node::behavior);
    }

    private static List<Choice> choices(Topology topology, Node node) {
        List<Choice> choices = new ArrayList<>();
        String fallback = topology.driver(node.id()).map(d -> "None — driven by " + d.id())
                .orElse("Default — " + node.socket().defaultBehavior().fileName());
        choices.add(new Choice(null, fallback));
        for (BehaviorKind k : BehaviorKind.values()) {
            if (node.socket().supports(k)) {
                choices.add(new Choice(k, k.fileName()));
            }
        }
        return choices;
    }

    private int indexOf(Behavior behavior) {
        for (int i = 0; i < kind.getItems().size(); i++) {
            if (Objects.equals(kind.getItems().get(i).kind(), behavior == null ? null : behavior.kind())) {
                return i;
            }
        }
        return 0;
    }

    private static String defaultNote(Topology topology, Node node) {
        return topology.driver(node.id())
                .map(d -> "The " + d.behavior().kind().fileName() + " of " + d.id() + " uses this socket; it needs no behaviour of its own.")
                .orElse("Does what a " + node.socket() + " does by default: "
                        + node.socket().defaultBehavior().description().toLowerCase() + ", with default settings. "
                        + "Choose a kind to change its settings.");
    }

}
