package org.zmqstudio.ui.inspector;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.EditTopologyInfo.Part;
import org.zmqstudio.ui.editor.EditTopologyInfo;
import org.zmqstudio.ui.editor.EditorDocument;

/**
 * The inspector when nothing is selected: the topology's name and description. Ids:
 * {@code inspector-topology-name}, {@code inspector-topology-description}.
 */
final class TopologySection {

    private final EditorDocument document;
    private final Form form = new Form();
    private final FieldEditor name;
    private final TextArea description = new TextArea();
    private final Label counts = Form.note("");
    private boolean updating;

    TopologySection(EditorDocument document) {
        this.document = document;
        name = new FieldEditor("inspector-topology-name", "Untitled", false, document::endOfGesture, text -> {
            document.execute(new EditTopologyInfo(Part.NAME, text));
            return Optional.empty();
        });
        description.setId("inspector-topology-description");
        description.setPromptText("A sentence or two for learners: what this topology shows.");
        description.setWrapText(true);
        description.setPrefRowCount(6);
        description.textProperty().addListener((obs, old, text) -> {
            if (!updating) {
                document.execute(new EditTopologyInfo(Part.DESCRIPTION, text));
            }
        });
        description.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                document.endOfGesture();
            }
        });
        form.heading("Topology");
        form.field("Name", name);
        form.field("Description", description);
        form.wide(counts);
        form.wide(Form.note("Select a socket or a link to edit it. Drag sockets from the palette to add them."));
    }

    Form view() {
        return form;
    }

    void show(Topology topology, boolean force) {
        name.show(topology.name(), force);
        if (!description.getText().equals(topology.description())) {
            updating = true;
            description.setText(topology.description());
            updating = false;
        }
        counts.setText(topology.nodes().size() + (topology.nodes().size() == 1 ? " socket, " : " sockets, ")
                + topology.links().size() + (topology.links().size() == 1 ? " link" : " links"));
    }
}
