package org.zmqstudio.ui.canvas;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.Clipboard;
import org.zmqstudio.ui.editor.DeleteElements;
import org.zmqstudio.ui.editor.AddElements;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.MoveNodes;
import org.zmqstudio.picture.NodeCard;
import org.zmqstudio.picture.LinkCurve;

/**
 * The topology editor's drawing surface: draws the document's topology on a {@link Canvas} and turns
 * mouse and keyboard gestures into {@link org.zmqstudio.ui.editor.EditCommand}s (see {@link CanvasGestures}
 * and {@link CanvasKeys} for the gestures). Redraws at most once per pulse, whatever the number of
 * changes or events. UI thread only.
 */
public final class TopologyCanvas extends Region {

    /** Dragboard strings that start with this are palette items the canvas accepts. */
    public static final String DRAG_PREFIX = "zmq-studio:";

    /** A node card's size, canvas units; a node's x and y are its card's top-left corner. */
    public static final double NODE_WIDTH = NodeCard.WIDTH;
    public static final double NODE_HEIGHT = NodeCard.HEIGHT;

    private static final double ZOOM_STEP = 1.2;
    private static final double FIT_MARGIN = 40;
    private static final double FIT_MAX_ZOOM = 1.5;
    /** Presenting, the topology fills more of the screen: the room around it, and how large a small one may grow. */
    private static final double PRESENT_FIT_MARGIN = 28;
    private static final double PRESENT_FIT_MAX_ZOOM = 2.5;

    private final EditorDocument document;
    private final Canvas canvas = new Canvas();
    private final CanvasHints hints = new CanvasHints(this);
    private final ThemeProbe theme = new ThemeProbe(this::requestRedraw);
    private final Viewport viewport = new Viewport();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final CanvasPainter painter = new CanvasPainter();
    private final Clipboard clipboard = new Clipboard();
    private final CanvasGestures gestures;
    private ProblemMarks marks = ProblemMarks.NONE;
    private PaletteDropHandler dropHandler;
    private CanvasLayer liveLayer;
    private NodeMenuHandler nodeMenuHandler;
    private NodeMenuHandler typeBadgeHandler;
    private boolean snapToGrid = true;
    private boolean presenting;
    private Overlay overlay;
    private String hoveredId;
    private String hoveredLinkId;
    private MoveNodes preview;
    private boolean dirty;
    private boolean timerRunning;
    private long framesDrawn;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drawNow();
        }
    };

    public TopologyCanvas(EditorDocument document) {
        this.document = Objects.requireNonNull(document, "document");
        setId("topology-canvas");
        getStyleClass().add("topology-canvas");
        setFocusTraversable(true);
        setMinSize(0, 0);
        setPrefSize(900, 600);
        getChildren().addAll(canvas, hints.feedbackLabel(), theme.node());
        gestures = new CanvasGestures(this);
        new CanvasKeys(this, gestures).install();
        setAccessibleText("Topology canvas");
        document.addListener(this::documentChanged);
        focusVisibleProperty().addListener((observable, before, after) -> requestRedraw());
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dragDropped);
    }

    // ---- API for the main window ----

    public void setOnPaletteDrop(PaletteDropHandler handler) {
        dropHandler = handler;
    }

    /** Draws {@code layer} over the topology from the next frame on; {@code null} removes it. */
    public void setLiveLayer(CanvasLayer layer) {
        liveLayer = layer;
        requestRedraw();
    }

    /** Draws again at the next pulse: call when what the live layer shows has changed outside a frame (a click). */
    public void redrawLive() {
        requestRedraw();
    }

    /**
     * Draws now, in the caller's pulse: the run's animation timer calls it once per pulse, right after
     * it handed the live layer that pulse's frame. The canvas's own timer would only run at the next
     * pulse (a timer started during a pulse first runs at the one after), and then stop again, so a
     * frame pulled in every pulse would be drawn in every other one.
     */
    public void drawLiveFrame() {
        dirty = true;
        drawNow();
    }

    /** Where a right-click on a node (without a drag) goes; {@code null} for nowhere. */
    public void setOnNodeMenu(NodeMenuHandler handler) {
        nodeMenuHandler = handler;
    }

    /** Where a click on a node's type badge (icon and socket type, no drag) goes; {@code null} for nowhere. */
    public void setOnTypeBadge(NodeMenuHandler handler) {
        typeBadgeHandler = handler;
    }

    public void zoomIn() {
        zoomAroundCentre(ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAroundCentre(1 / ZOOM_STEP);
    }

    /** Back to 100 %, keeping the centre of the view still. */
    public void resetZoom() {
        zoomAroundCentre(1 / viewport.zoom());
    }

    /** Zoom factor: 1 shows one canvas unit per pixel. */
    public double zoom() {
        return viewport.zoom();
    }

    /** The zoom factor, observable (e.g. for a "75 %" label); it changes with every zoom gesture or command. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /**
     * Presentation mode's rendering: large type for the back of a room (titles at least 24 px on
     * screen once fitted, wrapped to two lines), no grid, no focus border, the live numbers larger.
     */
    public void setPresenting(boolean on) {
        presenting = on;
        requestRedraw();
    }

    public boolean isPresenting() {
        return presenting;
    }

    /**
     * Shows every node, as large as fits (at most 150 %, 250 % presenting, with less room around);
     * an empty topology goes back to 100 %.
     */
    public void fitToWindow() {
        List<Node> nodes = document.topology().nodes();
        if (nodes.isEmpty()) {
            viewport.show(0, 0, 0, 0, 1);
            requestRedraw();
            return;
        }
        double margin = presenting ? PRESENT_FIT_MARGIN : FIT_MARGIN;
        double minX = nodes.stream().mapToDouble(Node::x).min().orElse(0) - margin;
        double minY = nodes.stream().mapToDouble(Node::y).min().orElse(0) - margin;
        double maxX = nodes.stream().mapToDouble(Node::x).max().orElse(0) + NodeCard.WIDTH + margin;
        double maxY = nodes.stream().mapToDouble(Node::y).max().orElse(0) + NodeCard.HEIGHT + margin;
        double width = Math.max(1, viewWidth());
        double height = Math.max(1, viewHeight());
        double zoom = Math.min(presenting ? PRESENT_FIT_MAX_ZOOM : FIT_MAX_ZOOM,
                Math.min(width / (maxX - minX), height / (maxY - minY)));
        viewport.show((minX + maxX) / 2, (minY + maxY) / 2, width / 2, height / 2, zoom);
        requestRedraw();
    }

    /** Scrolls so that the node or link with this id is in the middle of the view; unknown ids do nothing. */
    public void centreOn(String elementId) {
        Topology topology = document.topology();
        Point2D centre = topology.node(elementId)
                .map(n -> new Point2D(NodeCard.centreX(n), NodeCard.centreY(n)))
                .orElseGet(() -> topology.link(elementId).map(l -> linkMiddle(topology, l)).orElse(null));
        if (centre != null) {
            viewport.show(centre.getX(), centre.getY(), viewWidth() / 2, viewHeight() / 2, viewport.zoom());
            requestRedraw();
        }
    }

    /** Whether dragged and nudged nodes land on the {@value CanvasPainter#GRID}-unit grid. */
    public void setSnapToGrid(boolean snap) {
        snapToGrid = snap;
    }

    public boolean isSnapToGrid() {
        return snapToGrid;
    }

    /** The validator's findings, shown as badges on the nodes and colours on the links they concern. */
    public void setProblems(List<Problem> problems) {
        marks = new ProblemMarks(List.copyOf(problems));
        requestRedraw();
    }

    public void copySelection() {
        clipboard.copy(document.topology(), document.selection());
    }

    /** Pastes what was copied, a step further each time, and selects the pasted elements. */
    public void paste() {
        addAndSelect(clipboard.nextPaste());
    }

    public void duplicateSelection() {
        addAndSelect(Clipboard.duplicate(document.topology(), document.selection()));
    }

    public void deleteSelection() {
        if (!document.selection().isEmpty()) {
            document.execute(DeleteElements.of(document.selection()));
        }
    }

    // ---- queries, for tests and tools ----

    /** The screen point of the centre of a node's card, or {@code null} when there is no such node. */
    public Point2D screenPointOf(String nodeId) {
        return document.topology().node(nodeId)
                .map(n -> canvas.localToScreen(viewport.toScreen(NodeCard.centreX(n), NodeCard.centreY(n))))
                .orElse(null);
    }

    /** The screen point of a node's connection handle, or {@code null} when there is no such node. */
    public Point2D screenPointOfHandle(String nodeId) {
        return document.topology().node(nodeId)
                .map(n -> canvas.localToScreen(viewport.toScreen(NodeCard.handleX(n), NodeCard.handleY(n))))
                .orElse(null);
    }

    /** How many frames the canvas has drawn since it was made (a frame is drawn only when something changed). */
    public long framesDrawn() {
        return framesDrawn;
    }

    /** The canvas (model) point under a screen point. */
    public Point2D canvasPointAt(double screenX, double screenY) {
        Point2D local = canvas.screenToLocal(screenX, screenY);
        return viewport.toModel(local.getX(), local.getY());
    }

    // ---- package-private: for the gestures ----

    EditorDocument document() {
        return document;
    }

    Viewport viewport() {
        return viewport;
    }

    void setOverlay(Overlay next) {
        overlay = next;
        requestRedraw();
    }

    Overlay overlay() {
        return overlay;
    }

    private void documentChanged() {
        if (hoveredId != null || hoveredLinkId != null) {
            hints.hover(describeHovered());
        }
        requestRedraw();
    }

    /**
     * Marks the node (its handle shows) or else the link under the mouse, each {@code null} when there is
     * none; a tooltip tells about it.
     */
    void setHovered(String nodeId, String linkId) {
        if (Objects.equals(nodeId, hoveredId) && Objects.equals(linkId, hoveredLinkId)) {
            return;
        }
        boolean handleChanged = !Objects.equals(nodeId, hoveredId);
        hoveredId = nodeId;
        hoveredLinkId = linkId;
        hints.hover(describeHovered());
        if (handleChanged) {
            requestRedraw();
        }
    }

    /** Hides the tooltip (a press starts a gesture); it comes back when the mouse points at something else. */
    void hideTooltip() {
        hints.hover(null);
    }

    private String describeHovered() {
        Topology topology = document.topology();
        Optional<Node> node = hoveredId == null ? Optional.empty() : topology.node(hoveredId);
        if (node.isPresent()) {
            return CanvasHints.describe(topology, node.get(), marks);
        }
        Optional<Link> link = hoveredLinkId == null ? Optional.empty() : topology.link(hoveredLinkId);
        return link.map(l -> CanvasHints.describe(topology, l, marks)).orElse(null);
    }

    /** Shows the connect feedback near a canvas-local point, or hides it when {@code text} is {@code null}. */
    void showFeedback(String text, boolean refusal, double localX, double localY) {
        if (text == null) {
            hints.hideFeedback();
        } else {
            hints.showFeedback(text, refusal, localX, localY, colors());
        }
    }

    /** Shows nodes being dragged at new places without touching the document (until {@link #commitPreview()}). */
    void preview(MoveNodes move) {
        preview = move;
        requestRedraw();
    }

    /** Forgets the dragged positions: the nodes go back to where the document has them. */
    void dropPreview() {
        preview = null;
        requestRedraw();
    }

    /** Executes the previewed move as one undo step, if there is one. */
    void commitPreview() {
        MoveNodes move = preview;
        preview = null;
        if (move != null) {
            document.endOfGesture();
            document.execute(move);
            document.endOfGesture();
        }
        requestRedraw();
    }

    /** What the canvas shows: the document's topology, with the nodes being dragged where they are dragged. */
    Topology shownTopology() {
        return preview == null ? document.topology() : preview.apply(document.topology());
    }

    /** Draws again at the next pulse; call after any change of what is shown, including the viewport. */
    void requestRedraw() {
        zoom.set(viewport.zoom());
        dirty = true;
        if (!timerRunning) {
            timerRunning = true;
            pulse.start();
        }
    }

    /** Draws the frame now if anything changed; the pulse timer calls it, and so do the live frames and the benchmark. */
    void drawNow() {
        pulse.stop();
        timerRunning = false;
        if (!dirty) {
            return;
        }
        dirty = false;
        framesDrawn++;
        Topology shown = shownTopology();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        painter.paint(gc, canvas.getWidth(), canvas.getHeight(),
                new CanvasPainter.Frame(shown, document.selection(), marks, viewport, colors(), overlay, hoveredId,
                        isFocusVisible() && !presenting, presenting));
        if (liveLayer != null) {
            gc.setTransform(viewport.zoom(), 0, 0, viewport.zoom(), viewport.offsetX(), viewport.offsetY());
            liveLayer.paint(gc, new CanvasGeometry(shown, presenting ? PresentationType.NUMBER_PIXELS : 0),
                    colors().dark());
            gc.setTransform(1, 0, 0, 1, 0, 0);
        }
    }

    /** Passes a right-click on a node to the menu handler, if there is one. */
    void nodeMenuRequested(String nodeId, double screenX, double screenY) {
        if (nodeMenuHandler != null) {
            nodeMenuHandler.menuRequested(nodeId, screenX, screenY);
        }
    }

    /** Passes a click on a node's type badge to its handler, if there is one. */
    void typeBadgeClicked(String nodeId, double screenX, double screenY) {
        if (typeBadgeHandler != null) {
            typeBadgeHandler.menuRequested(nodeId, screenX, screenY);
        }
    }

    void zoomAroundCentre(double factor) {
        viewport.zoomAround(viewWidth() / 2, viewHeight() / 2, factor);
        requestRedraw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            requestRedraw();
        }
    }

    private double viewWidth() {
        return canvas.getWidth() > 0 ? canvas.getWidth() : getPrefWidth();
    }

    private double viewHeight() {
        return canvas.getHeight() > 0 ? canvas.getHeight() : getPrefHeight();
    }

    private void addAndSelect(AddElements add) {
        if (add == null) {
            return;
        }
        AddElements.Placement placement = add.placementIn(document.topology());
        document.execute(add);
        document.select(placement.asSelection());
    }

    private static Point2D linkMiddle(Topology topology, Link link) {
        Optional<Node> connect = topology.node(link.connect());
        Optional<Node> bind = topology.node(link.bind());
        if (connect.isEmpty() || bind.isEmpty()) {
            return null;
        }
        LinkCurve curve = LinkCurve.between(connect.get(), bind.get());
        return new Point2D(curve.xAt(0.5), curve.yAt(0.5));
    }

    private CanvasColors colors() {
        return theme.colors();
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasString() && event.getDragboard().getString().startsWith(DRAG_PREFIX)) {
            event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            event.consume();
        }
    }

    private void dragDropped(DragEvent event) {
        String text = event.getDragboard().hasString() ? event.getDragboard().getString() : null;
        if (text == null || !text.startsWith(DRAG_PREFIX) || dropHandler == null) {
            return;
        }
        Point2D local = canvas.sceneToLocal(event.getSceneX(), event.getSceneY());
        Point2D model = viewport.toModel(local.getX(), local.getY());
        dropHandler.dropped(text, model.getX(), model.getY());
        event.setDropCompleted(true);
        event.consume();
        requestFocus();
    }
}
