package org.zmqstudio.ui.canvas;

import org.zmqstudio.model.Node;
import org.zmqstudio.picture.NodeCard;
import org.zmqstudio.picture.LinkCurve;

/** The part of the model a frame shows, canvas units; what lies outside is not drawn. */
record ViewBox(double minX, double minY, double maxX, double maxY) {

    /** Room for what sticks out of a card: its outline, handle and badge. */
    private static final double CARD_MARGIN = 12;

    static ViewBox of(Viewport view, double width, double height) {
        double minX = -view.offsetX() / view.zoom();
        double minY = -view.offsetY() / view.zoom();
        return new ViewBox(minX, minY, minX + width / view.zoom(), minY + height / view.zoom());
    }

    boolean overlaps(Node node) {
        return NodeCard.overlaps(node, minX - CARD_MARGIN, minY - CARD_MARGIN, maxX + CARD_MARGIN, maxY + CARD_MARGIN);
    }

    boolean overlaps(LinkCurve curve) {
        return curve.overlaps(minX, minY, maxX, maxY);
    }
}
