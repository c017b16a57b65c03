package org.zmqstudio.picture;

import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;

/**
 * Where the parts of a node's card go, canvas units from the card's top-left corner, and their type
 * sizes: row one the icon and socket type, row two the label, row three the endpoint it binds (after
 * a square bind mark). The canvas and the exported pictures both lay cards out from here.
 */
public final class CardLayout {

    /** Room between the card's left edge (with its accent strip) and its content. */
    public static final double PADDING = 15;
    /** The accent strip's width on the card's left. */
    public static final double STRIP = 6;
    public static final double ICON = 22;
    public static final double ICON_Y = 7;
    public static final double TYPE_X = PADDING + ICON + 6;
    public static final double TYPE_BASELINE = 23;
    public static final double TYPE_SIZE = 12;
    public static final double LABEL_BASELINE = 46;
    public static final double LABEL_SIZE = 14;
    public static final double ENDPOINT_BASELINE = 62;
    public static final double ENDPOINT_SIZE = 11;
    public static final double BIND_MARK_Y = 55;
    public static final double BIND_MARK = 7;
    public static final double ENDPOINT_X = PADDING + BIND_MARK + 4;
    /** How wide the label may be. */
    public static final double TEXT_WIDTH = NodeCard.WIDTH - PADDING - 10;
    /** What a card says when its node binds nothing. */
    public static final String CONNECTS_ONLY = "connects only";

    /** The dash pattern of an external node's border (a process the studio does not run): dash, gap. */
    public static final double[] EXTERNAL_DASHES = {6, 4};

    private CardLayout() {
    }

    /** Whether {@code node} stands for a process outside the studio: its card is drawn dashed. */
    public static boolean external(Node node) {
        return node.behavior() instanceof Behavior.External;
    }

    /** Row one's text: the socket type, marked {@code · external} for a process outside the studio. */
    public static String typeText(Node node) {
        return node.socket().name() + (external(node) ? " · external" : "");
    }
}
