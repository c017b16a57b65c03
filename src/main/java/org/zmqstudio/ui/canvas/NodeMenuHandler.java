package org.zmqstudio.ui.canvas;

/** Called when the user asks for a node's context menu (a right-click on it without a drag). */
@FunctionalInterface
public interface NodeMenuHandler {

    /** @param screenX where to show the menu, screen pixels */
    void menuRequested(String nodeId, double screenX, double screenY);
}
