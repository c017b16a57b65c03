package org.zmqstudio.ui.inspector;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zmqstudio.model.Endpoint;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.ChangeNode;

/**
 * Where a node binds, chosen by transport: none, inproc NAME, tcp HOST:PORT or any free port, ipc
 * NAME. Every change is checked ({@link Endpoint#parse}, then the Validator) and refused with a
 * message when wrong. Ids: {@code inspector-transport}, {@code inspector-endpoint-name},
 * {@code inspector-tcp-host}, {@code inspector-tcp-port}, {@code inspector-tcp-any-port},
 * {@code inspector-endpoint-error}, {@code inspector-endpoint-note}.
 */
final class EndpointEditor extends VBox {

    /** The transports a user picks from; NONE binds only the default inproc endpoint, if any. */
    private enum Transport {
        NONE("none"), INPROC("inproc"), TCP("tcp"), IPC("ipc");

        private final String text;

        Transport(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final String DEFAULT_HOST = "127.0.0.1";

    private final CheckedEdits edits;
    private final ComboBox<Transport> transport = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final CheckBox anyPort = new CheckBox("any free port");
    private final Label error = new Label();
    private final Label note = Form.note("");
    private final VBox parts = new VBox(6);
    private String nodeId;
    private String shownEndpoint;
    private boolean updating;

    EndpointEditor(CheckedEdits edits) {
        this.edits = edits;
        transport.setId("inspector-transport");
        transport.getItems().setAll(Transport.values());
        transport.setMaxWidth(Double.MAX_VALUE);
        name.setId("inspector-endpoint-name");
        name.setPromptText("a name, e.g. tasks");
        host.setId("inspector-tcp-host");
        host.setPromptText(DEFAULT_HOST);
        port.setId("inspector-tcp-port");
        port.setPromptText("1024–65535");
        port.setPrefColumnCount(6);
        port.setMinWidth(84);
        anyPort.setId("inspector-tcp-any-port");
        error.setId("inspector-endpoint-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        note.setId("inspector-endpoint-note");
        transport.valueProperty().addListener((obs, old, chosen) -> {
            if (!updating) {
                fillDefaultsFor(chosen);
                layoutFor(chosen);
                attempt();
            }
        });
        name.textProperty().addListener((obs, old, text) -> attemptUnlessUpdating());
        host.textProperty().addListener((obs, old, text) -> attemptUnlessUpdating());
        port.textProperty().addListener((obs, old, text) -> attemptUnlessUpdating());
        anyPort.selectedProperty().addListener((obs, old, any) -> {
            port.setDisable(any);
            attemptUnlessUpdating();
        });
        for (TextField field : List.of(name, host, port)) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    edits.document().endOfGesture();
                }
            });
        }
        setSpacing(6);
        getChildren().addAll(transport, parts, error, note);
    }

    /** Shows the node's endpoint; keeps the user's unapplied text unless the document's endpoint changed or {@code force}. */
    void show(Topology topology, Node node, boolean force) {
        nodeId = node.id();
        String endpoint = node.endpoint() == null ? "" : node.endpoint();
        if (force || !endpoint.equals(shownEndpoint)) {
            shownEndpoint = endpoint;
            updating = true;
            fill(endpoint);
            updating = false;
            mark(endpoint.isEmpty() ? null : parseProblem(endpoint).map(p -> "The file's endpoint is not valid: " + p).orElse(null));
        }
        describe(topology, node);
    }

    private void fill(String endpoint) {
        Transport chosen = endpoint.isEmpty() ? Transport.NONE
                : endpoint.startsWith("inproc://") ? Transport.INPROC
                : endpoint.startsWith("ipc://") ? Transport.IPC
                : endpoint.startsWith("tcp://") ? Transport.TCP : Transport.NONE;
        transport.setValue(chosen);
        String rest = endpoint.contains("://") ? endpoint.substring(endpoint.indexOf("://") + 3) : "";
        name.setText(chosen == Transport.INPROC || chosen == Transport.IPC ? rest : "");
        int colon = rest.lastIndexOf(':');
        boolean tcp = chosen == Transport.TCP;
        host.setText(tcp ? (colon < 0 ? rest : rest.substring(0, colon)) : "");
        String portText = tcp && colon >= 0 ? rest.substring(colon + 1) : "";
        anyPort.setSelected(portText.equals("*"));
        port.setDisable(anyPort.isSelected());
        port.setText(portText.equals("*") ? "" : portText);
        layoutFor(chosen);
    }

    private void fillDefaultsFor(Transport chosen) {
        updating = true;
        if ((chosen == Transport.INPROC || chosen == Transport.IPC) && name.getText().isBlank()) {
            name.setText(nodeId);
        }
        if (chosen == Transport.TCP && host.getText().isBlank() && port.getText().isBlank()) {
            anyPort.setSelected(true);
            port.setDisable(true);
        }
        updating = false;
    }

    private void layoutFor(Transport chosen) {
        parts.getChildren().clear();
        switch (chosen) {
            case INPROC, IPC -> parts.getChildren().add(name);
            case TCP -> {
                HBox.setHgrow(host, Priority.ALWAYS);
                parts.getChildren().addAll(new HBox(6, host, new Label(":"), port), anyPort);
            }
            case NONE -> { }
        }
    }

    private void attemptUnlessUpdating() {
        if (!updating) {
            attempt();
        }
    }

    private void attempt() {
        String endpoint = compose();
        Optional<String> problem = endpoint.isEmpty() ? Optional.empty() : parseProblem(endpoint);
        if (problem.isEmpty()) {
            shownEndpoint = endpoint;
            problem = edits.execute(ChangeNode.endpoint(nodeId, endpoint), nodeId);
            if (problem.isPresent()) {
                shownEndpoint = null;
            }
        }
        mark(problem.orElse(null));
    }

    private String compose() {
        return switch (transport.getValue()) {
            case NONE -> "";
            case INPROC -> "inproc://" + name.getText().trim();
            case IPC -> "ipc://" + name.getText().trim();
            case TCP -> "tcp://" + (host.getText().isBlank() ? DEFAULT_HOST : host.getText().trim()) + ":"
                    + (anyPort.isSelected() ? "*" : port.getText().trim());
        };
    }

    private static Optional<String> parseProblem(String endpoint) {
        try {
            Endpoint.parse(endpoint);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void mark(String problem) {
        error.setText(problem == null ? "" : problem);
        error.setVisible(problem != null);
        error.setManaged(problem != null);
        for (TextField field : List.of(name, host, port)) {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
        }
    }

    private void describe(Topology topology, Node node) {
        note.setText(switch (transport.getValue()) {
            case NONE -> topology.isBound(node.id())
                    ? "Binds inproc://" + node.id() + " because another socket connects to it."
                    : "Binds nothing: this socket only connects.";
            case INPROC -> "inproc: the fastest transport; messages stay inside this process.";
            case TCP -> anyPort.isSelected()
                    ? "tcp: the system picks a free port when the run starts."
                    : "tcp: a port on this machine (loopback), 1024–65535.";
            case IPC -> "ipc: JeroMQ has no Unix sockets; it carries ipc over loopback TCP, on a port derived from the name.";
        });
    }
}
