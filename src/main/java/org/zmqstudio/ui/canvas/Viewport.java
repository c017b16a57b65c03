package org.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;

/**
 * Which part of the model the canvas shows: {@code screen = model * zoom + offset}. Screen means the
 * canvas's own pixel coordinates. Mutable; UI thread only.
 */
final class Viewport {

    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;

    private double zoom = 1;
    private double offsetX;
    private double offsetY;

    double zoom() {
        return zoom;
    }

    double offsetX() {
        return offsetX;
    }

    double offsetY() {
        return offsetY;
    }

    Point2D toModel(double screenX, double screenY) {
        return new Point2D((screenX - offsetX) / zoom, (screenY - offsetY) / zoom);
    }

    Point2D toScreen(double modelX, double modelY) {
        return new Point2D(modelX * zoom + offsetX, modelY * zoom + offsetY);
    }

    void panBy(double screenDx, double screenDy) {
        offsetX += screenDx;
        offsetY += screenDy;
    }

    /** Multiplies the zoom by {@code factor} (within limits), keeping the model point under the screen point still. */
    void zoomAround(double screenX, double screenY, double factor) {
        Point2D fixed = toModel(screenX, screenY);
        zoom = clamp(zoom * factor);
        offsetX = screenX - fixed.getX() * zoom;
        offsetY = screenY - fixed.getY() * zoom;
    }

    /** Shows the model point at the screen point, at the given zoom (within limits). */
    void show(double modelX, double modelY, double atScreenX, double atScreenY, double newZoom) {
        zoom = clamp(newZoom);
        offsetX = atScreenX - modelX * zoom;
        offsetY = atScreenY - modelY * zoom;
    }

    private static double clamp(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }
}
