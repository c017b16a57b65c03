package org.zmqstudio.ui.canvas;

/** What a gesture in progress draws over the topology, canvas units. */
sealed interface Overlay {

    /** A rectangle being dragged out to select the nodes inside it. */
    record RubberBand(double x0, double y0, double x1, double y1) implements Overlay {

        double minX() {
            return Math.min(x0, x1);
        }

        double minY() {
            return Math.min(y0, y1);
        }

        double maxX() {
            return Math.max(x0, x1);
        }

        double maxY() {
            return Math.max(y0, y1);
        }
    }

    /**
     * A link being dragged from a node's handle to the cursor.
     *
     * @param targetId the node under the cursor, or {@code null}
     * @param refusal  why that target cannot be linked, or {@code null} when it can (or there is none)
     */
    record Wire(String sourceId, double x, double y, String targetId, String refusal) implements Overlay {

        boolean validTarget() {
            return targetId != null && refusal == null;
        }
    }
}
