package org.zmqstudio.picture;

import org.zmqstudio.model.Node;

/**
 * The cubic curve of a link, canvas units: from the side of the connect node's card that faces the bind
 * node ({@code x0,y0}) to the facing side of the bind node's card ({@code x1,y1}), leaving and arriving
 * square to the card's edge.
 */
public record LinkCurve(double x0, double y0, double c0x, double c0y, double c1x, double c1y, double x1, double y1) {

    private static final int SAMPLES = 24;

    public static LinkCurve between(Node connect, Node bind) {
        double dx = NodeCard.centreX(bind) - NodeCard.centreX(connect);
        double dy = NodeCard.centreY(bind) - NodeCard.centreY(connect);
        if (Math.abs(dx) >= NodeCard.WIDTH * 0.75 || Math.abs(dy) < NodeCard.HEIGHT) {
            double sign = Math.signum(dx) == 0 ? 1 : Math.signum(dx);
            double x0 = NodeCard.centreX(connect) + sign * NodeCard.WIDTH / 2;
            double x1 = NodeCard.centreX(bind) - sign * NodeCard.WIDTH / 2;
            double pull = Math.max(40, Math.abs(x1 - x0) / 2);
            double y0 = NodeCard.centreY(connect);
            double y1 = NodeCard.centreY(bind);
            return new LinkCurve(x0, y0, x0 + sign * pull, y0, x1 - sign * pull, y1, x1, y1);
        }
        double sign = Math.signum(dy);
        double y0 = NodeCard.centreY(connect) + sign * NodeCard.HEIGHT / 2;
        double y1 = NodeCard.centreY(bind) - sign * NodeCard.HEIGHT / 2;
        double pull = Math.max(30, Math.abs(y1 - y0) / 2);
        double x0 = NodeCard.centreX(connect);
        double x1 = NodeCard.centreX(bind);
        return new LinkCurve(x0, y0, x0, y0 + sign * pull, x1, y1 - sign * pull, x1, y1);
    }

    public double xAt(double t) {
        double u = 1 - t;
        return u * u * u * x0 + 3 * u * u * t * c0x + 3 * u * t * t * c1x + t * t * t * x1;
    }

    public double yAt(double t) {
        double u = 1 - t;
        return u * u * u * y0 + 3 * u * u * t * c0y + 3 * u * t * t * c1y + t * t * t * y1;
    }

    /** Whether the curve may overlap the rectangle (its control polygon's box does). */
    public boolean overlaps(double minX, double minY, double maxX, double maxY) {
        return Math.min(Math.min(x0, x1), Math.min(c0x, c1x)) <= maxX
                && Math.max(Math.max(x0, x1), Math.max(c0x, c1x)) >= minX
                && Math.min(Math.min(y0, y1), Math.min(c0y, c1y)) <= maxY
                && Math.max(Math.max(y0, y1), Math.max(c0y, c1y)) >= minY;
    }

    /** Distance from the point to the curve (to a fine polyline along it), canvas units. */
    public double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        double ax = x0;
        double ay = y0;
        for (int i = 1; i <= SAMPLES; i++) {
            double t = (double) i / SAMPLES;
            double bx = xAt(t);
            double by = yAt(t);
            best = Math.min(best, segmentDistance(px, py, ax, ay, bx, by));
            ax = bx;
            ay = by;
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        double cx = ax + t * dx - px;
        double cy = ay + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
