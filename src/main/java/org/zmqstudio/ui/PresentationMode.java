package org.zmqstudio.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.ui.canvas.TopologyCanvas;
import org.zmqstudio.ui.monitor.LiveMonitor;
import org.zmqstudio.ui.monitor.MonitorFrame;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * Presentation mode (F11, View ▸ Present): the canvas alone, full screen, fitted, in large type, with
 * a fading {@link Caption}; driven from the keyboard only. Space pauses, then steps; F5 runs, Shift+F5
 * stops; + and − change the speed (the caption shows it); → and ← go through the file's tour when
 * there is one ({@link #setTourSteps}); Esc or F11 leave, back to the window as it was. UI thread only.
 */
public final class PresentationMode {

    static final String HELP = "Space pause / step · F5 run · Shift+F5 stop · + − speed · Esc leave";

    private final Stage stage;
    private final SplitPane centre;
    private final TopologyCanvas canvas;
    private final LiveMonitor monitor;
    private final BooleanProperty presenting;
    private final Runnable fitAfterLayout;
    private final Caption caption = new Caption();
    private final StackPane screen = new StackPane();
    private final Region placeholder = new Region();
    private Parent editorRoot;
    /** Puts the canvas back where it was in the editor; {@code null} while not presenting. */
    private Runnable putCanvasBack;
    private Runnable tourNext;
    private Runnable tourBack;
    private RunSnapshot lastSnapshot;
    private MessageEvent lastEvent;

    /**
     * @param centre     the split pane that holds the canvas in the editor, directly or in a pane (it
     *                   gets it back on leaving)
     * @param presenting on while presenting: setting it enters or leaves the mode (View ▸ Present)
     * @param fitAfterLayout fits the topology in the canvas once the next layout has sized it
     */
    PresentationMode(Stage stage, SplitPane centre, TopologyCanvas canvas, LiveMonitor monitor, BooleanProperty presenting,
                     Runnable fitAfterLayout) {
        this.stage = stage;
        this.centre = centre;
        this.canvas = canvas;
        this.monitor = monitor;
        this.presenting = presenting;
        this.fitAfterLayout = fitAfterLayout;
        screen.setId("presentation");
        screen.getStyleClass().add("presentation");
        presenting.addListener((o, was, on) -> {
            if (on) {
                enter();
            } else {
                leave();
            }
        });
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full && presenting.get()) {
                presenting.set(false);
            }
        });
        canvas.layoutBoundsProperty().addListener((o, was, now) -> {
            if (presenting.get()) {
                fitAfterLayout.run();
            }
        });
        monitor.controller().frameProperty().addListener((o, was, frame) -> captionNewEvent(frame));
    }

    /**
     * Installs the keys on the scene. Call after the live monitor installed its own: its Space steps a
     * paused run, and this filter, running after it, only pauses a running one.
     */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (presenting.get() && handle(event)) {
                event.consume();
            }
        });
    }

    /** Where → and ← go while presenting a file with a tour: its next and previous step; {@code null} for none. */
    public void setTourSteps(Runnable next, Runnable back) {
        tourNext = next;
        tourBack = back;
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    /** Shows a sentence in the caption while presenting (a tour step, the run's state); ignored otherwise. */
    public void caption(String text) {
        if (presenting.get()) {
            caption.show(text);
        }
    }

    /** What the caption shows now, or "" (tests). */
    String captionText() {
        return caption.text();
    }

    private void enter() {
        Scene scene = stage.getScene();
        if (scene == null || scene.getRoot() == screen) {
            return;
        }
        editorRoot = scene.getRoot();
        putCanvasBack = takeCanvas();
        screen.getChildren().setAll(canvas, caption.node());
        scene.setRoot(screen);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        canvas.setPresenting(true);
        fitAfterLayout.run();
        canvas.requestFocus();
        caption.show(HELP);
    }

    private void leave() {
        Scene scene = stage.getScene();
        if (scene == null || scene.getRoot() != screen) {
            return;
        }
        caption.show(null);
        canvas.setPresenting(false);
        stage.setFullScreen(false);
        screen.getChildren().clear();
        putCanvasBack.run();
        putCanvasBack = null;
        scene.setRoot(editorRoot);
        canvas.requestFocus();
        fitAfterLayout.run();
    }

    /**
     * Takes the canvas out of the editor's layout, leaving an empty placeholder where it was (an item
     * of the centre split pane, or a child of a pane in it, such as a box with a panel above the
     * canvas), and returns what puts it back.
     */
    private Runnable takeCanvas() {
        List<javafx.scene.Node> slots = centre.getItems().contains(canvas) ? centre.getItems()
                : ((Pane) canvas.getParent()).getChildren();
        slots.set(slots.indexOf(canvas), placeholder);
        return () -> slots.set(slots.indexOf(placeholder), canvas);
    }

    /** Whether the key was one of presentation mode's (then it does nothing else, e.g. arrows do not move nodes). */
    private boolean handle(KeyEvent event) {
        KeyCode code = event.getCode();
        Mode mode = monitor.controller().mode();
        switch (code) {
            case SPACE -> {
                // The live monitor's own filter steps a paused run; here only a running one pauses.
                if (mode == Mode.RUNNING) {
                    monitor.actions().pause.run();
                }
            }
            case F5 -> (event.isShiftDown() ? monitor.actions().stop : monitor.actions().run).run();
            case PLUS, ADD, EQUALS -> changeSpeed(+1);
            case MINUS, SUBTRACT -> changeSpeed(-1);
            case RIGHT -> tourStep(tourNext);
            case LEFT -> tourStep(tourBack);
            case ESCAPE, F11 -> presenting.set(false);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** + and −: the Run menu's next faster or slower speed, shown in the caption. */
    private void changeSpeed(int direction) {
        if (direction > 0) {
            monitor.actions().speedUp();
        } else {
            monitor.actions().speedDown();
        }
        caption.show("Speed " + monitor.actions().speedText());
    }

    private void tourStep(Runnable step) {
        if (step != null) {
            step.run();
        } else {
            caption.show("This topology has no tour");
        }
    }

    /** While stepping, each new message event's sentence (where it went and why) goes to the caption. */
    private void captionNewEvent(MonitorFrame frame) {
        if (!presenting.get() || frame == null || frame.snapshot() == lastSnapshot
                || monitor.controller().mode() != Mode.STEPPING) {
            return;
        }
        lastSnapshot = frame.snapshot();
        monitor.controller().live().ifPresent(live -> {
            List<MessageEvent> events = live.eventLog().matching("");
            MessageEvent newest = events.isEmpty() ? null : events.get(events.size() - 1);
            if (newest != null && !newest.equals(lastEvent)) {
                lastEvent = newest;
                caption.show(live.explanations().whyHop(newest));
            }
        });
    }
}
