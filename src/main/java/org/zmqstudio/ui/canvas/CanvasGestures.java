package org.zmqstudio.ui.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.ConnectNodes;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.MoveNodes;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.picture.NodeCard;

/**
 * The canvas's mouse gestures. With the primary button: click selects (Shift adds or removes), dragging
 * a node moves the selection, dragging from a node's handle wires it to another node, dragging the
 * background draws a selection rectangle (Shift adds to the selection). The middle or secondary button,
 * or the primary one with Space held, pans; the wheel pans, and zooms around the cursor with Ctrl (or
 * Cmd). Escape ({@link #cancel()}) abandons the drag in progress. UI thread only.
 */
final class CanvasGestures {

    /** How far (pixels) the mouse must travel before a press on a node becomes a drag. */
    private static final double DRAG_THRESHOLD = 3;
    /** Extra room (pixels) around handles and links, so that they are easy to hit. */
    private static final double SLACK = 5;
    private static final double WHEEL_NOTCH = 40;
    private static final double ZOOM_PER_NOTCH = 1.1;

    private enum Mode { IDLE, NODES, WIRE, BAND, PAN, CANCELLED }

    private final TopologyCanvas canvas;
    private Mode mode = Mode.IDLE;
    private boolean spaceDown;
    private Point2D pressScreen;
    private Point2D lastScreen;
    private Point2D pressModel;
    private boolean moved;
    private String anchorId;
    private Map<String, MoveNodes.Position> origins = Map.of();
    private Selection bandBase = Selection.NONE;
    private final EdgeScroll edgeScroll;

    CanvasGestures(TopologyCanvas canvas) {
        this.canvas = canvas;
        this.edgeScroll = new EdgeScroll(canvas, () -> draggingContent() ? lastScreen : null, this::followPointer);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> canvas.setHovered(null, null));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::zoomed);
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    /** Abandons the drag in progress; returns whether there was one. */
    boolean cancel() {
        edgeScroll.stop();
        switch (mode) {
            case NODES -> canvas.dropPreview();
            case WIRE, BAND -> {
                canvas.setOverlay(null);
                canvas.showFeedback(null, false, 0, 0);
            }
            default -> {
                return false;
            }
        }
        mode = Mode.CANCELLED;
        return true;
    }

    private EditorDocument document() {
        return canvas.document();
    }

    private Point2D model(MouseEvent event) {
        return canvas.viewport().toModel(event.getX(), event.getY());
    }

    private double slack() {
        return SLACK / canvas.viewport().zoom();
    }

    /** Shows the handle of the node under the mouse, and a cursor saying what a press there would do. */
    private void hovered(MouseEvent event) {
        Point2D at = model(event);
        Topology topology = document().topology();
        Node handle = CanvasHits.handleAt(topology, at.getX(), at.getY(), slack());
        Node node = handle != null ? handle : CanvasHits.nodeAt(topology, at.getX(), at.getY());
        Link link = node != null ? null : CanvasHits.linkAt(topology, at.getX(), at.getY(), slack());
        canvas.setHovered(node == null ? null : node.id(), link == null ? null : link.id());
        if (handle != null) {
            canvas.setCursor(Cursor.CROSSHAIR);
        } else if (node != null) {
            canvas.setCursor(Cursor.MOVE);
        } else {
            canvas.setCursor(link != null ? Cursor.HAND : Cursor.DEFAULT);
        }
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        canvas.hideTooltip();
        pressScreen = new Point2D(event.getX(), event.getY());
        lastScreen = pressScreen;
        pressModel = model(event);
        moved = false;
        if (event.getButton() == MouseButton.MIDDLE || event.getButton() == MouseButton.SECONDARY
                || event.getButton() == MouseButton.PRIMARY && spaceDown) {
            mode = Mode.PAN;
            canvas.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Topology topology = document().topology();
        Node handle = CanvasHits.handleAt(topology, pressModel.getX(), pressModel.getY(), slack());
        if (handle != null && !event.isShiftDown()) {
            mode = Mode.WIRE;
            anchorId = handle.id();
            canvas.setOverlay(new Overlay.Wire(handle.id(), pressModel.getX(), pressModel.getY(), null, null));
            return;
        }
        Node node = CanvasHits.nodeAt(topology, pressModel.getX(), pressModel.getY());
        if (node != null) {
            pressNode(node, event.isShiftDown());
            return;
        }
        Link link = CanvasHits.linkAt(topology, pressModel.getX(), pressModel.getY(), slack());
        if (link != null) {
            Selection selection = document().selection();
            document().select(event.isShiftDown() ? toggled(selection, Set.of(), Set.of(link.id())) : Selection.ofLink(link.id()));
            mode = Mode.IDLE;
            return;
        }
        bandBase = event.isShiftDown() ? document().selection() : Selection.NONE;
        document().select(bandBase);
        mode = Mode.BAND;
    }

    private void pressNode(Node node, boolean shift) {
        Selection selection = document().selection();
        boolean wasSelected = selection.nodeIds().contains(node.id());
        if (shift) {
            document().select(toggled(selection, Set.of(node.id()), Set.of()));
            if (wasSelected) {
                mode = Mode.IDLE;
                return;
            }
        } else if (!wasSelected) {
            document().select(Selection.ofNodes(Set.of(node.id())));
        }
        Map<String, MoveNodes.Position> positions = new HashMap<>();
        for (Node selected : document().topology().nodes()) {
            if (document().selection().nodeIds().contains(selected.id())) {
                positions.put(selected.id(), new MoveNodes.Position(selected.x(), selected.y()));
            }
        }
        origins = positions;
        anchorId = node.id();
        mode = Mode.NODES;
    }

    private void dragged(MouseEvent event) {
        Point2D pointer = new Point2D(event.getX(), event.getY());
        moved |= pointer.distance(pressScreen == null ? pointer : pressScreen) >= DRAG_THRESHOLD;
        if (mode == Mode.PAN) {
            canvas.viewport().panBy(pointer.getX() - lastScreen.getX(), pointer.getY() - lastScreen.getY());
            canvas.requestRedraw();
        }
        lastScreen = pointer;
        followPointer();
        edgeScroll.update();
        event.consume();
    }

    /** Updates the drag in progress for the pointer's last position (after it moved, or the view scrolled). */
    private void followPointer() {
        Point2D at = canvas.viewport().toModel(lastScreen.getX(), lastScreen.getY());
        switch (mode) {
            case NODES -> {
                if (moved) {
                    canvas.preview(movedBy(at));
                }
            }
            case WIRE -> wireTo(at);
            case BAND -> canvas.setOverlay(new Overlay.RubberBand(pressModel.getX(), pressModel.getY(), at.getX(), at.getY()));
            default -> {
            }
        }
    }

    /** Whether a drag is in progress that should scroll the view when the pointer nears its edge. */
    private boolean draggingContent() {
        return mode == Mode.NODES && moved || mode == Mode.WIRE || mode == Mode.BAND;
    }

    /** The selection moved with the mouse, the anchor node (the one pressed) snapped to the grid when snapping is on. */
    private MoveNodes movedBy(Point2D at) {
        MoveNodes.Position anchor = origins.get(anchorId);
        double x = anchor.x() + at.getX() - pressModel.getX();
        double y = anchor.y() + at.getY() - pressModel.getY();
        if (canvas.isSnapToGrid()) {
            x = snap(x);
            y = snap(y);
        }
        double dx = x - anchor.x();
        double dy = y - anchor.y();
        Map<String, MoveNodes.Position> positions = new HashMap<>();
        origins.forEach((id, p) -> positions.put(id, new MoveNodes.Position(p.x() + dx, p.y() + dy)));
        return new MoveNodes(positions);
    }

    static double snap(double value) {
        return Math.round(value / CanvasPainter.GRID) * CanvasPainter.GRID;
    }

    private void wireTo(Point2D at) {
        Topology topology = document().topology();
        Node source = topology.node(anchorId).orElse(null);
        Node target = CanvasHits.nodeAt(topology, at.getX(), at.getY());
        if (source == null) {
            cancel();
            return;
        }
        String refusal = target == null ? null : LinkCheck.whyNot(topology, source, target).orElse(null);
        canvas.setOverlay(new Overlay.Wire(source.id(), at.getX(), at.getY(), target == null ? null : target.id(), refusal));
        if (target == null) {
            canvas.showFeedback(null, false, 0, 0);
        } else if (refusal != null) {
            canvas.showFeedback(capitalised(refusal), true, lastScreen.getX(), lastScreen.getY());
        } else {
            canvas.showFeedback("Release to link: " + source.id() + " (" + source.socket() + ") connects, "
                    + target.id() + " (" + target.socket() + ") binds", false, lastScreen.getX(), lastScreen.getY());
        }
    }

    private void released(MouseEvent event) {
        edgeScroll.stop();
        switch (mode) {
            case PAN -> {
                canvas.setCursor(Cursor.DEFAULT);
                if (!moved && event.getButton() == MouseButton.SECONDARY) {
                    Node node = CanvasHits.nodeAt(document().topology(), pressModel.getX(), pressModel.getY());
                    if (node != null) {
                        canvas.nodeMenuRequested(node.id(), event.getScreenX(), event.getScreenY());
                    }
                }
            }
            case NODES -> {
                if (moved) {
                    canvas.commitPreview();
                } else if (!event.isShiftDown()) {
                    document().select(Selection.ofNodes(Set.of(anchorId)));
                    document().topology().node(anchorId)
                            .filter(n -> NodeCard.onTypeBadge(n, pressModel.getX(), pressModel.getY()))
                            .ifPresent(n -> canvas.typeBadgeClicked(n.id(), event.getScreenX(), event.getScreenY()));
                }
            }
            case WIRE -> finishWire();
            case BAND -> finishBand();
            default -> {
            }
        }
        mode = Mode.IDLE;
    }

    private void finishWire() {
        Overlay.Wire wire = canvas.overlay() instanceof Overlay.Wire w ? w : null;
        canvas.setOverlay(null);
        canvas.showFeedback(null, false, 0, 0);
        if (wire != null && wire.validTarget()) {
            ConnectNodes connect = new ConnectNodes(wire.sourceId(), wire.targetId());
            document().execute(connect);
            document().select(Selection.ofLink(connect.link().id()));
        }
    }

    private void finishBand() {
        Overlay.RubberBand band = canvas.overlay() instanceof Overlay.RubberBand b ? b : null;
        canvas.setOverlay(null);
        if (band == null) {
            return;
        }
        Topology topology = document().topology();
        Set<String> nodes = new HashSet<>(bandBase.nodeIds());
        for (Node node : topology.nodes()) {
            if (NodeCard.inside(node, band.minX(), band.minY(), band.maxX(), band.maxY())) {
                nodes.add(node.id());
            }
        }
        Set<String> links = new HashSet<>(bandBase.linkIds());
        for (Link link : topology.links()) {
            if (nodes.contains(link.connect()) && nodes.contains(link.bind())) {
                links.add(link.id());
            }
        }
        document().select(new Selection(nodes, links));
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShortcutDown() || event.isControlDown()) {
            double factor = Math.pow(ZOOM_PER_NOTCH, event.getDeltaY() / WHEEL_NOTCH);
            canvas.viewport().zoomAround(event.getX(), event.getY(), factor);
        } else {
            canvas.viewport().panBy(event.getDeltaX(), event.getDeltaY());
        }
        canvas.requestRedraw();
        event.consume();
    }

    private void zoomed(ZoomEvent event) {
        canvas.viewport().zoomAround(event.getX(), event.getY(), event.getZoomFactor());
        canvas.requestRedraw();
        event.consume();
    }

    private static Selection toggled(Selection selection, Set<String> nodeIds, Set<String> linkIds) {
        Set<String> nodes = new HashSet<>(selection.nodeIds());
        nodeIds.forEach(id -> {
            if (!nodes.remove(id)) {
                nodes.add(id);
            }
        });
        Set<String> links = new HashSet<>(selection.linkIds());
        linkIds.forEach(id -> {
            if (!links.remove(id)) {
                links.add(id);
            }
        });
        return new Selection(nodes, links);
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
