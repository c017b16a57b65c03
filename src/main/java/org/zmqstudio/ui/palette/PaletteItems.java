package org.zmqstudio.ui.palette;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.ui.canvas.TopologyCanvas;
import org.zmqstudio.ui.editor.AddElements;

/**
 * What a palette drag carries and what it adds: {@code zmq-studio:socket:TYPE} is one new node,
 * {@code zmq-studio:group:KEY} a {@link ReadyGroup}. Ids are a type's or group's name ({@code push},
 * {@code worker-in}); {@link AddElements} numbers them when they are taken.
 */
public final class PaletteItems {

    /** Starts every palette drag's text: the canvas accepts only drops of such text. */
    public static final String PREFIX = TopologyCanvas.DRAG_PREFIX;

    /** Half a node card's size, canvas units: a dropped node is centred on the drop point. */
    static final double HALF_CARD_WIDTH = TopologyCanvas.NODE_WIDTH / 2;
    static final double HALF_CARD_HEIGHT = TopologyCanvas.NODE_HEIGHT / 2;

    private PaletteItems() {
    }

    public static String dragText(SocketType socket) {
        return PREFIX + "socket:" + socket.name();
    }

    public static String dragText(ReadyGroup group) {
        return PREFIX + "group:" + group.key();
    }

    /**
     * The edit that adds palette item {@code dragText} with its first node centred on (x, y), canvas
     * units, or empty when the text is not a palette item.
     */
    public static Optional<AddElements> add(String dragText, double x, double y) {
        if (dragText == null || !dragText.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String item = dragText.substring(PREFIX.length());
        double left = x - HALF_CARD_WIDTH;
        double top = y - HALF_CARD_HEIGHT;
        for (SocketType socket : SocketType.values()) {
            if (item.equals("socket:" + socket.name())) {
                return Optional.of(AddElements.node(Node.of(socket.name().toLowerCase(Locale.ROOT), socket, left, top)));
            }
        }
        for (ReadyGroup group : ReadyGroup.values()) {
            if (item.equals("group:" + group.key())) {
                String prefix = group.idPrefix();
                return Optional.of(new AddElements("Add " + group.title(),
                        group.nodes(prefix + "-in", prefix + "-out", left, top), List.of()));
            }
        }
        return Optional.empty();
    }
}
