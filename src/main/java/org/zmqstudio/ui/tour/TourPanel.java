package org.zmqstudio.ui.tour;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.TourStep;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.ui.monitor.RunController;

/**
 * The guided tour of the document's topology (DESIGN.md §8), shown above the canvas while the
 * topology has one: an opening line, then one step at a time with Back and Next. Showing a step
 * selects its focus on the canvas; going forward (Next, →) also does its action to the run, going
 * back (Back, ←) only shows the step again.
 *
 * <p>Keys: → and ← page the tour while the panel has the focus, or while the canvas has it and the
 * selection is the tour's own (what the step pointed at) or empty. Once the user has selected
 * something else, the canvas's arrows nudge it as always; text fields and other controls keep
 * their arrows. Ids: {@code tour-panel}, {@code tour-count}, {@code tour-say}, {@code tour-back},
 * {@code tour-next}. UI thread only.
 */
public final class TourPanel extends HBox {

    private final EditorDocument document;
    private final Node canvas;
    private final TourActions actions;
    private final Label count = new Label();
    private final Label say = new Label();
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private List<TourStep> steps = List.of();
    /** The step shown, from 0; -1 for the opening line. */
    private int index = -1;
    /** What the step shown selected, to tell it from a selection the user made. */
    private Selection shownFocus = Selection.NONE;

    /** @param canvas the canvas, whose arrows page the tour while the selection is the tour's */
    public TourPanel(EditorDocument document, Node canvas, RunController controller) {
        super(12);
        this.document = document;
        this.canvas = canvas;
        this.actions = new TourActions(document, controller);
        setId("tour-panel");
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: -color-accent-subtle; -fx-border-color: -color-accent-muted;"
                + " -fx-border-width: 0 0 1 0; -fx-padding: 8 12 8 12;");
        count.setId("tour-count");
        count.setStyle("-fx-font-weight: bold; -fx-text-fill: -color-accent-fg;");
        count.setMinWidth(USE_PREF_SIZE);
        say.setId("tour-say");
        say.setWrapText(true);
        say.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(say, Priority.ALWAYS);
        say.setMaxWidth(Double.MAX_VALUE);
        back.setId("tour-back");
        next.setId("tour-next");
        back.setMinWidth(USE_PREF_SIZE);
        next.setMinWidth(USE_PREF_SIZE);
        back.setOnAction(e -> back());
        next.setOnAction(e -> next());
        getChildren().addAll(count, say, back, next);
        document.addListener(this::documentChanged);
        // The arrows are the tour's only while the panel is in a scene: presentation mode takes the
        // window's content out and puts it back, which must not leave a second filter behind.
        EventHandler<KeyEvent> arrows = this::arrow;
        sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, arrows);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, arrows);
            }
        });
        documentChanged();
    }

    /** Shows the next step and does its action; nothing after the last. */
    public void next() {
        if (index + 1 < steps.size()) {
            index++;
            show();
            String note = actions.perform(steps.get(index).action());
            if (note != null) {
                say.setText(say.getText() + "  (" + note + ")");
            }
        }
    }

    /** What the panel says now: the step shown, or the opening line. */
    public String saying() {
        return say.getText();
    }

    /** Shows the step before (or the opening line) without doing its action again. */
    public void back() {
        if (index >= 0) {
            index--;
            actions.cancel();
            show();
        }
    }

    /** A new tour (another topology) starts at its opening line; the same tour edited keeps its place. */
    private void documentChanged() {
        List<TourStep> tour = document.topology().tour();
        if (!sameTour(tour, steps) || isVisible() == tour.isEmpty()) {
            steps = tour;
            index = -1;
            actions.cancel();
            setVisible(!steps.isEmpty());
            setManaged(!steps.isEmpty());
            show();
        } else if (!tour.equals(steps)) {
            steps = tour;
        }
    }

    private static boolean sameTour(List<TourStep> a, List<TourStep> b) {
        return a.stream().map(TourStep::say).toList().equals(b.stream().map(TourStep::say).toList());
    }

    private void show() {
        back.setDisable(index < 0);
        next.setDisable(index + 1 >= steps.size());
        if (index < 0) {
            Topology topology = document.topology();
            count.setText("Guided tour");
            say.setText("This example has a tour of " + steps.size() + " steps through "
                    + (topology.name().isBlank() ? "the topology" : topology.name())
                    + ". Press Next (or →) to begin; each step points at what it talks about and may run, pause or step the topology.");
            return;
        }
        count.setText("Step " + (index + 1) + " of " + steps.size());
        say.setText(steps.get(index).say());
        shownFocus = focusOf(steps.get(index));
        document.select(shownFocus);
    }

    /** The step's focus as a selection: its ids that name nodes or links (others are the validator's to report). */
    private Selection focusOf(TourStep step) {
        Topology topology = document.topology();
        Set<String> nodes = new HashSet<>();
        Set<String> links = new HashSet<>();
        for (String id : step.focus()) {
            if (topology.node(id).isPresent()) {
                nodes.add(id);
            } else if (topology.link(id).isPresent()) {
                links.add(id);
            }
        }
        return new Selection(nodes, links);
    }

    private void arrow(KeyEvent event) {
        boolean right = event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.KP_RIGHT;
        boolean left = event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.KP_LEFT;
        if (!isVisible() || !(right || left) || event.isShiftDown() || event.isShortcutDown() || event.isAltDown()
                || !arrowsAreTheTours(getScene())) {
            return;
        }
        if (right) {
            next();
        } else {
            back();
        }
        event.consume();
    }

    private boolean arrowsAreTheTours(Scene scene) {
        Node focused = scene.getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        Selection selection = document.selection();
        return focused == canvas && (selection.isEmpty() || Objects.equals(selection, shownFocus));
    }
}
