package org.zmqstudio.ui.canvas;

/** What the canvas calls when something from the palette is dropped on it. */
@FunctionalInterface
public interface PaletteDropHandler {

    /**
     * @param dragboardText the dropped string, always starting with {@value TopologyCanvas#DRAG_PREFIX}
     * @param canvasX       drop point, canvas (model) units
     * @param canvasY       drop point, canvas (model) units
     */
    void dropped(String dragboardText, double canvasX, double canvasY);
}
