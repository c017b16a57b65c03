package org.zmqstudio.ui.inspector;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.ui.editor.SwapLinkSides;

/**
 * The inspector for one link: its two ends, which one binds and where, and a button that swaps the
 * sides. Ids: {@code inspector-link-connect}, {@code inspector-link-bind}, {@code inspector-swap-sides}.
 */
final class LinkSection {

    private final EditorDocument document;
    private final Form form = new Form();
    private final Label connect = new Label();
    private final Label bind = new Label();
    private final Label endpoint = Form.note("");
    private final Button swap = new Button("Swap sides");
    private String linkId;

    LinkSection(EditorDocument document) {
        this.document = document;
        connect.setId("inspector-link-connect");
        bind.setId("inspector-link-bind");
        connect.setWrapText(true);
        bind.setWrapText(true);
        swap.setId("inspector-swap-sides");
        swap.setOnAction(e -> {
            SwapLinkSides edit = new SwapLinkSides(linkId);
            String swappedId = edit.swappedId(document.topology());
            document.execute(edit);
            document.select(Selection.ofLink(swappedId));
        });
        form.heading("Link");
        form.wide(Form.note("One connect() call: the connecting socket connects to the endpoint the binding socket binds."));
        form.field("Connects", connect);
        form.field("Binds", bind);
        form.wide(endpoint);
        form.wide(swap);
    }

    Form view() {
        return form;
    }

    void show(Topology topology, Link link) {
        linkId = link.id();
        connect.setText(describe(topology, link.connect()));
        bind.setText(describe(topology, link.bind()));
        String bound = topology.node(link.bind()).map(topology::bindEndpoint).orElse(null);
        endpoint.setText(bound == null ? "" : link.bind() + " binds " + bound + "; " + link.connect() + " connects to it.");
        swap.setTooltip(new Tooltip("Make " + link.connect() + " bind and " + link.bind() + " connect"));
    }

    private static String describe(Topology topology, String nodeId) {
        return topology.node(nodeId).map(Node::socket).map(s -> nodeId + "  (" + s + ")").orElse(nodeId + "  (missing)");
    }
}
