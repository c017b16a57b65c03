package org.zmqstudio.ui.canvas;

import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;

/**
 * Scrolls the view while a drag holds the pointer near the canvas's edge, faster the closer it is, and
 * moves the drag along, so that a node, a link or a rubber band can reach beyond what the view shows.
 * Runs only while needed. UI thread only.
 */
final class EdgeScroll extends AnimationTimer {

    /** How near the edge (pixels) scrolling starts. */
    private static final double MARGIN = 28;
    /** Pixels per frame at the very edge. */
    private static final double MAX_SPEED = 14;

    private final TopologyCanvas canvas;
    private final Supplier<Point2D> pointer;
    private final Runnable follow;
    private boolean running;

    /**
     * @param pointer the pointer of a drag that may scroll, canvas pixels, or {@code null} when no such drag is on
     * @param follow  updates the drag for the pointer after the view moved under it
     */
    EdgeScroll(TopologyCanvas canvas, Supplier<Point2D> pointer, Runnable follow) {
        this.canvas = canvas;
        this.pointer = pointer;
        this.follow = follow;
    }

    /** Starts or stops scrolling for where the pointer is now. */
    void update() {
        boolean wanted = velocity() != null;
        if (wanted && !running) {
            start();
        } else if (!wanted) {
            stop();
        }
    }

    @Override
    public void start() {
        running = true;
        super.start();
    }

    @Override
    public void stop() {
        running = false;
        super.stop();
    }

    @Override
    public void handle(long now) {
        Point2D velocity = velocity();
        if (velocity == null) {
            stop();
            return;
        }
        canvas.viewport().panBy(velocity.getX(), velocity.getY());
        canvas.requestRedraw();
        follow.run();
    }

    /** Pixels to pan this frame, or {@code null} when the pointer is not near an edge during a drag. */
    private Point2D velocity() {
        Point2D at = pointer.get();
        if (at == null) {
            return null;
        }
        double dx = speed(at.getX(), canvas.getWidth());
        double dy = speed(at.getY(), canvas.getHeight());
        return dx == 0 && dy == 0 ? null : new Point2D(dx, dy);
    }

    /** Pan speed along one axis: positive near the start edge (shows what lies before), negative near the end. */
    private static double speed(double position, double length) {
        if (position < MARGIN) {
            return MAX_SPEED * Math.min(1, (MARGIN - position) / MARGIN);
        }
        if (position > length - MARGIN) {
            return -MAX_SPEED * Math.min(1, (position - (length - MARGIN)) / MARGIN);
        }
        return 0;
    }
}
