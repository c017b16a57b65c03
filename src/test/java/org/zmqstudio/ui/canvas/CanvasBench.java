package org.zmqstudio.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.picture.NodeCard;

/**
 * The canvas's performance on a 500-node, 800-link topology, headless (Monocle, software rendering):
 * time to open, and frame times over a scripted 200-step drag, a pan/zoom sequence and mouse hovering. Run with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.zmqstudio.ui.canvas.CanvasBench}.
 * "draw" is the time to record a frame's drawing on the FX thread; "draw+raster" adds rendering it to
 * pixels (a snapshot of the canvas, so an upper bound that includes copying the pixels back).
 */
public final class CanvasBench {

    private static final int COLUMNS = 25;
    private static final int ROWS = 20;
    private static final int LINKS = 800;
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;

    private final EditorDocument document = new EditorDocument();
    private TopologyCanvas canvas;
    private WritableImage image;

    private CanvasBench() {
    }

    public static void main(String[] args) throws Exception {
        HeadlessFx.start();
        CanvasBench bench = new CanvasBench();
        Topology big = bigTopology();
        System.out.printf(Locale.ROOT, "topology: %d nodes, %d links; window %.0fx%.0f%n",
                big.nodes().size(), big.links().size(), WIDTH, HEIGHT);
        HeadlessFx.onFx(bench::showWindow);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            HeadlessFx.onFx(() -> bench.open(big, false));
        }
        HeadlessFx.onFx(() -> bench.open(big, true));
        HeadlessFx.onFx(bench::snapshotBaseline);
        HeadlessFx.onFx(() -> bench.drag(false));
        HeadlessFx.onFx(() -> bench.drag(true));
        HeadlessFx.onFx(bench::panAndZoom);
        HeadlessFx.onFx(bench::hover);
        Platform.exit();
    }

    private Void showWindow() {
        canvas = new TopologyCanvas(document);
        Stage stage = new Stage();
        stage.setScene(new Scene(canvas, WIDTH, HEIGHT));
        stage.show();
        return null;
    }

    /** Reset → first frame drawn, at 100 % and after fitting the whole topology. */
    private Void open(Topology topology, boolean report) {
        document.reset(Topology.EMPTY, null);
        canvas.drawNow();
        long start = System.nanoTime();
        document.reset(topology, null);
        canvas.drawNow();
        long drawn = System.nanoTime();
        snapshot();
        long rastered = System.nanoTime();
        canvas.fitToWindow();
        canvas.drawNow();
        long fitDrawn = System.nanoTime();
        snapshot();
        long fitRastered = System.nanoTime();
        if (report) {
            System.out.printf(Locale.ROOT, "open at 100%%: draw %.1f ms, draw+raster %.1f ms%n",
                    millis(drawn - start), millis(rastered - start));
            System.out.printf(Locale.ROOT, "fit to window (zoom %.2f, all 500 nodes): draw %.1f ms, draw+raster %.1f ms%n",
                    canvas.zoom(), millis(fitDrawn - rastered), millis(fitRastered - rastered));
        }
        return null;
    }

    /** What a snapshot costs when the frame did not change: the part of "draw+raster" that is not drawing. */
    private Void snapshotBaseline() {
        Frames frames = new Frames();
        for (int i = 0; i < 100; i++) {
            frames.measure(() -> { });
        }
        frames.print("unchanged frame (snapshot cost alone)");
        return null;
    }

    /** Drags one node, then ten selected nodes, 200 steps each, at 100 % (the first run only warms up). */
    private Void drag(boolean report) {
        canvas.resetZoom();
        canvas.centreOn("n-10-12");
        canvas.drawNow();
        Frames one = new Frames();
        dragNode("n-10-12", one);
        if (report) {
            one.print("drag 1 node, 200 steps");
        }
        document.select(Selection.ofNodes(Set.of("n-10-12", "n-10-13", "n-10-14", "n-11-12", "n-11-13",
                "n-11-14", "n-9-12", "n-9-13", "n-9-14", "n-12-12")));
        Frames ten = new Frames();
        dragNode("n-10-12", ten);
        if (report) {
            ten.print("drag 10 nodes, 200 steps");
        }
        document.undo();
        document.undo();
        return null;
    }

    private void dragNode(String id, Frames frames) {
        Node node = document.topology().node(id).orElseThrow();
        javafx.geometry.Point2D at = canvas.viewport().toScreen(NodeCard.centreX(node), NodeCard.centreY(node));
        fire(mouse(MouseEvent.MOUSE_PRESSED, at.getX(), at.getY()));
        for (int step = 1; step <= 200; step++) {
            double x = at.getX() + step * 2;
            double y = at.getY() + step * 1.5;
            frames.measure(() -> fire(mouse(MouseEvent.MOUSE_DRAGGED, x, y)));
        }
        fire(mouse(MouseEvent.MOUSE_RELEASED, at.getX() + 400, at.getY() + 300));
    }

    /** 100 wheel pans, then 60 Ctrl+wheel zoom steps out and back in, at 100 % and at fit. */
    private Void panAndZoom() {
        for (boolean fitted : new boolean[] {false, true}) {
            if (fitted) {
                canvas.fitToWindow();
            } else {
                canvas.resetZoom();
            }
            canvas.drawNow();
            Frames frames = new Frames();
            for (int step = 0; step < 100; step++) {
                double delta = step < 50 ? -12 : 12;
                frames.measure(() -> fire(scroll(delta, delta / 2, false)));
            }
            for (int step = 0; step < 60; step++) {
                double delta = step < 30 ? -20 : 20;
                frames.measure(() -> fire(scroll(0, delta, true)));
            }
            frames.print(fitted ? "pan + zoom from fit (zoom " + String.format(Locale.ROOT, "%.2f", canvas.zoom()) + ")"
                    : "pan + zoom from 100%");
        }
        return null;
    }

    /** 200 mouse moves across the view at 100 %: finding the node, handle or link under the pointer. */
    private Void hover() {
        canvas.resetZoom();
        canvas.centreOn("n-10-12");
        canvas.drawNow();
        Frames frames = new Frames();
        for (int step = 0; step < 200; step++) {
            double x = 100 + step * 7;
            double y = 100 + step * 3.5;
            frames.measure(() -> fire(mouse(MouseEvent.MOUSE_MOVED, x, y)));
        }
        frames.print("hover, 200 mouse moves");
        return null;
    }

    private void fire(Event event) {
        Event.fireEvent(canvas, event);
    }

    private void snapshot() {
        image = canvas.snapshot(null, image);
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_DRAGGED, false, false, false, false, false,
                null);
    }

    private static ScrollEvent scroll(double dx, double dy, boolean control) {
        return new ScrollEvent(ScrollEvent.SCROLL, WIDTH / 2, HEIGHT / 2, WIDTH / 2, HEIGHT / 2, false, control,
                false, false, false, false, dx, dy, dx, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    /** Frame times of one scripted sequence: each step is an input event followed by a frame. */
    private final class Frames {
        private final List<Long> draw = new ArrayList<>();
        private final List<Long> raster = new ArrayList<>();

        void measure(Runnable input) {
            long start = System.nanoTime();
            input.run();
            canvas.drawNow();
            long drawn = System.nanoTime();
            snapshot();
            long rastered = System.nanoTime();
            draw.add(drawn - start);
            raster.add(rastered - start);
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "%s (%d frames)%n  draw        %s%n  draw+raster %s%n",
                    what, draw.size(), summary(draw), summary(raster));
        }
    }

    private static String summary(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /**
     * 500 nodes on a 25×20 grid, PUSH and PULL in alternate columns, and 800 valid links between
     * neighbours (each PULL connects to the PUSHes left, right and diagonally below and above it).
     */
    static Topology bigTopology() {
        List<Node> nodes = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                SocketType type = column % 2 == 0 ? SocketType.PUSH : SocketType.PULL;
                Node node = Node.of(id(row, column), type, 80 + column * 220, 80 + row * 120)
                        .withLabel("Node " + row + "." + column);
                nodes.add(row % 3 == 0 && type == SocketType.PUSH
                        ? node.withEndpoint("tcp://127.0.0.1:" + (20000 + row * COLUMNS + column)) : node);
            }
        }
        List<Link> links = new ArrayList<>();
        int[][] neighbours = {{0, -1}, {0, 1}, {1, -1}, {-1, 1}};
        for (int[] offset : neighbours) {
            for (int row = 0; row < ROWS; row++) {
                for (int column = 1; column < COLUMNS; column += 2) {
                    int r = row + offset[0];
                    int c = column + offset[1];
                    if (r >= 0 && r < ROWS && c >= 0 && c < COLUMNS && links.size() < LINKS) {
                        links.add(Link.between(id(row, column), id(r, c)));
                    }
                }
            }
        }
        return new Topology("Bench", "", nodes, links);
    }

    private static String id(int row, int column) {
        return "n-" + row + "-" + column;
    }
}
