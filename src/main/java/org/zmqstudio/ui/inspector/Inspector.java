package org.zmqstudio.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;

/**
 * The right-hand pane: edits what is selected (one node, one link) or, with nothing selected, the
 * topology itself. Follows the document: undo, redo and canvas edits show at once. Id {@code inspector}.
 */
public final class Inspector extends ScrollPane {

    private final EditorDocument document;
    private final CheckedEdits edits;
    private final NodeSection nodeSection;
    private final LinkSection linkSection;
    private final TopologySection topologySection;
    private final Label several = new Label();
    private final Label lockNote = new Label(
            "Running: stop the run (Shift+F5) to edit. Sockets, links and behaviours only change with a restart;"
                    + " right-click a socket to kill, restart or pause it now.");
    private final VBox content = new VBox();
    private Object shown;

    public Inspector(EditorDocument document) {
        this.document = document;
        this.edits = new CheckedEdits(document, this::refresh);
        this.nodeSection = new NodeSection(edits);
        this.linkSection = new LinkSection(document);
        this.topologySection = new TopologySection(document);
        several.setId("inspector-several");
        several.getStyleClass().add("inspector-note");
        several.setWrapText(true);
        content.getStyleClass().add("inspector-content");
        lockNote.setId("inspector-locked");
        lockNote.getStyleClass().add("inspector-note");
        lockNote.setWrapText(true);
        setContent(new VBox(lockNote, content));
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setId("inspector");
        getStyleClass().add("inspector");
        document.addListener(() -> {
            if (!edits.isBusy()) {
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        lockNote.setVisible(document.isLocked());
        lockNote.setManaged(document.isLocked());
        content.setDisable(document.isLocked());
        Topology topology = document.topology();
        Selection selection = document.selection();
        if (selection.nodeIds().size() == 1 && selection.linkIds().isEmpty()) {
            String id = selection.nodeIds().iterator().next();
            boolean force = !id.equals(shown);
            showView(nodeSection.view(), id);
            nodeSection.show(topology, topology.node(id).orElseThrow(), force);
        } else if (selection.linkIds().size() == 1 && selection.nodeIds().isEmpty()) {
            String id = selection.linkIds().iterator().next();
            showView(linkSection.view(), id);
            linkSection.show(topology, topology.link(id).orElseThrow());
        } else if (selection.isEmpty()) {
            boolean force = shown != topologySection;
            showView(topologySection.view(), topologySection);
            topologySection.show(topology, force);
        } else {
            int nodes = selection.nodeIds().size();
            int links = selection.linkIds().size();
            several.setText(nodes + (nodes == 1 ? " socket" : " sockets") + " and " + links + (links == 1 ? " link" : " links")
                    + " selected. Select one to edit it.");
            showView(several, several);
        }
    }

    /** Puts {@code view} in the pane unless it is there; {@code what} names what it shows. */
    private void showView(Node view, Object what) {
        shown = what;
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != view) {
            content.getChildren().setAll(view);
        }
    }
}
