package org.zmqstudio.picture;

import org.zmqstudio.model.Node;

/** The size and parts of a node's card, canvas units; a node's x/y is its card's top-left corner. */
public final class NodeCard {

    public static final double WIDTH = 160;
    public static final double HEIGHT = 70;
    public static final double CORNER = 12;
    /** The connection handle: a circle centred on the middle of the card's right edge. */
    public static final double HANDLE_RADIUS = 7;

    private NodeCard() {
    }

    public static double centreX(Node node) {
        return node.x() + WIDTH / 2;
    }

    public static double centreY(Node node) {
        return node.y() + HEIGHT / 2;
    }

    public static double handleX(Node node) {
        return node.x() + WIDTH;
    }

    public static double handleY(Node node) {
        return node.y() + HEIGHT / 2;
    }

    public static boolean contains(Node node, double x, double y) {
        return x >= node.x() && x <= node.x() + WIDTH && y >= node.y() && y <= node.y() + HEIGHT;
    }

    /** Whether the point is on the handle, with {@code slack} canvas units to spare around it. */
    public static boolean onHandle(Node node, double x, double y, double slack) {
        double r = HANDLE_RADIUS + slack;
        double dx = x - handleX(node);
        double dy = y - handleY(node);
        return dx * dx + dy * dy <= r * r;
    }

    /** Whether the point is on the card's type badge: the icon and socket type in its top row ({@link CardLayout}). */
    public static boolean onTypeBadge(Node node, double x, double y) {
        return x >= node.x() + CardLayout.PADDING - 3 && x <= node.x() + 100
                && y >= node.y() + CardLayout.ICON_Y - 3 && y <= node.y() + CardLayout.ICON_Y + CardLayout.ICON + 1;
    }

    /** Whether the card lies entirely inside the rectangle. */
    public static boolean inside(Node node, double minX, double minY, double maxX, double maxY) {
        return node.x() >= minX && node.y() >= minY && node.x() + WIDTH <= maxX && node.y() + HEIGHT <= maxY;
    }

    /** Whether the card overlaps the rectangle. */
    public static boolean overlaps(Node node, double minX, double minY, double maxX, double maxY) {
        return node.x() <= maxX && node.y() <= maxY && node.x() + WIDTH >= minX && node.y() + HEIGHT >= minY;
    }
}
