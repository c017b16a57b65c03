package org.zmqstudio.ui.canvas;

import javafx.scene.canvas.GraphicsContext;

/**
 * Something drawn over the topology, after the links and cards, such as a running topology's
 * message flow. It draws from what it is given and the state it was handed beforehand; the canvas
 * calls it on the UI thread once per drawn frame, with the graphics context already in canvas
 * (model) coordinates.
 */
@FunctionalInterface
public interface CanvasLayer {

    /** @param dark whether the canvas is drawn in its dark colours (text over it should be light) */
    void paint(GraphicsContext gc, CanvasGeometry geometry, boolean dark);
}
