package org.zmqstudio.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.picture.NodeCard;

/**
 * Draws one frame of the canvas from immutable inputs: background and grid, then links
 * ({@link LinkPainter}), cards ({@link CardPainter}) and the gesture overlay. Holds no model state, only
 * caches. Skips what lies outside the view, so that a 500-node topology draws quickly. UI thread only.
 */
final class CanvasPainter {

    /**
     * Everything one frame shows. {@code overlay} may be {@code null}; {@code hoveredId} is the node under
     * the mouse, or {@code null}; {@code focusRing} asks for the keyboard-focus border; {@code presenting}
     * asks for the large type of presentation mode.
     */
    record Frame(Topology topology, Selection selection, ProblemMarks marks, Viewport viewport,
                 CanvasColors colors, Overlay overlay, String hoveredId, boolean focusRing, boolean presenting) {
    }

    /** What an empty canvas says, so that a newcomer knows where to start. */
    static final String EMPTY_HINT = "Drag a socket type from the palette to place it here,\n"
            + "then point at a socket and drag from the circle on its right edge to another socket to link them.";

    private static final Font HINT = Font.font("System", 16);

    /** The grid step, canvas units; nodes snap to it. */
    static final double GRID = 20;

    private final CardPainter cards = new CardPainter();

    void paint(GraphicsContext gc, double width, double height, Frame frame) {
        CanvasColors colors = frame.colors();
        Viewport view = frame.viewport();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(colors.background());
        gc.fillRect(0, 0, width, height);
        if (!frame.presenting()) {
            paintGrid(gc, width, height, view, colors);
        }

        gc.setTransform(view.zoom(), 0, 0, view.zoom(), view.offsetX(), view.offsetY());
        ViewBox visible = ViewBox.of(view, width, height);
        Map<String, Node> byId = new HashMap<>();
        frame.topology().nodes().forEach(n -> byId.put(n.id(), n));
        LinkPainter.paintDrives(gc, frame, byId, visible);
        LinkPainter.paintLinks(gc, frame, byId, visible);
        cards.paintNodes(gc, frame, visible);
        paintOverlay(gc, frame, byId);
        gc.setTransform(1, 0, 0, 1, 0, 0);
        if (frame.topology().nodes().isEmpty()) {
            gc.setFill(colors.background());
            gc.fillRoundRect(width / 2 - 410, height / 2 - 34, 820, 68, 16, 16);
            gc.setFill(colors.secondaryText());
            gc.setFont(HINT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(EMPTY_HINT, width / 2, height / 2);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BASELINE);
        }
        if (frame.focusRing()) {
            gc.setStroke(colors.selection());
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, width - 2, height - 2);
        }
    }

    /**
     * Lines every {@value #GRID} units (every 100 when zoomed far out), stronger every 100; drawn as
     * one-pixel rectangles, the cheapest thing to fill (stroked lines double the software raster time).
     */
    private static void paintGrid(GraphicsContext gc, double width, double height, Viewport view, CanvasColors colors) {
        double step = GRID * view.zoom();
        if (step < 6) {
            step *= 5;
        }
        gc.setFill(colors.gridMinor());
        fillLines(gc, width, height, step, view);
        gc.setFill(colors.gridMajor());
        fillLines(gc, width, height, GRID * 5 * view.zoom(), view);
    }

    private static void fillLines(GraphicsContext gc, double width, double height, double step, Viewport view) {
        for (double x = firstLine(view.offsetX(), step); x < width; x += step) {
            gc.fillRect(Math.floor(x), 0, 1, height);
        }
        for (double y = firstLine(view.offsetY(), step); y < height; y += step) {
            gc.fillRect(0, Math.floor(y), width, 1);
        }
    }

    /** The first grid line at or right of the view's edge: lines sit at model multiples of the step. */
    private static double firstLine(double offset, double step) {
        return offset - Math.floor(offset / step) * step;
    }

    /** The rubber band, or the link being dragged: dashed, green or red over a target, blue elsewhere. */
    private static void paintOverlay(GraphicsContext gc, Frame frame, Map<String, Node> byId) {
        double zoom = frame.viewport().zoom();
        CanvasColors colors = frame.colors();
        if (frame.overlay() instanceof Overlay.RubberBand band) {
            gc.setFill(colors.selection().deriveColor(0, 1, 1, 0.12));
            gc.fillRect(band.minX(), band.minY(), band.maxX() - band.minX(), band.maxY() - band.minY());
            gc.setStroke(colors.selection());
            gc.setLineWidth(1.5 / zoom);
            gc.strokeRect(band.minX(), band.minY(), band.maxX() - band.minX(), band.maxY() - band.minY());
        } else if (frame.overlay() instanceof Overlay.Wire wire && byId.containsKey(wire.sourceId())) {
            Node source = byId.get(wire.sourceId());
            double x0 = NodeCard.handleX(source);
            double y0 = NodeCard.handleY(source);
            double pull = Math.max(40, Math.abs(wire.x() - x0) / 2);
            Color color = wire.targetId() == null ? colors.selection()
                    : wire.validTarget() ? colors.valid() : colors.invalid();
            gc.setStroke(color);
            gc.setLineWidth(2.5);
            gc.setLineDashes(8, 6);
            gc.beginPath();
            gc.moveTo(x0, y0);
            gc.bezierCurveTo(x0 + pull, y0, wire.x() - pull, wire.y(), wire.x(), wire.y());
            gc.stroke();
            gc.setLineDashes((double[]) null);
            gc.setFill(color);
            gc.fillOval(wire.x() - 5, wire.y() - 5, 10, 10);
        }
    }
}
