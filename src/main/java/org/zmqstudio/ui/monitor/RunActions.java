package org.zmqstudio.ui.monitor;

import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.zmqstudio.ui.actions.Action;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * Run (F5), Pause / Resume (F6), Step (F7, or Space while paused) and Stop (Shift+F5), enabled as
 * the run's mode allows, plus the slow-motion slider. Toolbar ids: {@code toolbar-run},
 * {@code toolbar-pause}, {@code toolbar-step}, {@code toolbar-stop}, {@code monitor-speed}.
 */
public final class RunActions {

    private static final String RESUME = "Resume";

    public final Action run;
    public final Action pause;
    public final Action step;
    public final Action stop;
    private final Slider speed = new Slider(TokenField.MIN_SPEED, TokenField.MAX_SPEED, TokenField.MAX_SPEED);

    /** @param start starts a run of the document's topology */
    RunActions(RunController controller, Runnable start) {
        run = new Action("run", "Run", new KeyCodeCombination(KeyCode.F5), start);
        pause = new Action("pause", "Pause and step", new KeyCodeCombination(KeyCode.F6), () -> {
            if (controller.mode() == Mode.STEPPING) {
                controller.resume();
            } else {
                controller.pauseForSteps();
            }
        });
        step = new Action("step", "Step: let one message out", new KeyCodeCombination(KeyCode.F7), controller::step);
        stop = new Action("stop", "Stop", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), controller::stop);
        speed.setId("monitor-speed");
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Slow motion: how fast message tokens travel, 0.05× to 1×"));
        controller.modeProperty().addListener((o, was, mode) -> follow(mode));
        follow(controller.mode());
    }

    /** The slow-motion factor chosen, 0.05 to 1. */
    Slider speed() {
        return speed;
    }

    /** The slow-motion factor, 0.05 to 1, to read or set (presentation mode's +/− keys). */
    public DoubleProperty speedProperty() {
        return speed.valueProperty();
    }

    /**
     * The Run menu (id {@code menu-run-menu}), with the network setting (id {@code menu-allow-network}):
     * {@code allowNetwork} is the setting, {@code confirmed} asks the user before it turns on.
     */
    public Menu menu(BooleanProperty allowNetwork, BooleanSupplier confirmed) {
        CheckMenuItem network = new CheckMenuItem("Allow network endpoints…");
        network.setId("menu-allow-network");
        network.setSelected(allowNetwork.get());
        network.setOnAction(e -> {
            allowNetwork.set(network.isSelected() && confirmed.getAsBoolean());
            network.setSelected(allowNetwork.get());
        });
        Menu menu = new Menu("_Run", null, run.menuItem(), pause.menuItem(), step.menuItem(), new SeparatorMenuItem(),
                stop.menuItem(), new SeparatorMenuItem(), network);
        menu.setId("menu-run-menu");
        return menu;
    }

    /** The toolbar part: Run, Pause, Step, Stop and the speed slider. */
    public Node toolbarControls() {
        Label slow = new Label("Speed");
        Button pauseButton = pause.button("❚❚ Pause");
        pauseButton.textProperty().bind(Bindings.when(pause.textProperty().isEqualTo(RESUME)).then("▶ Resume").otherwise("❚❚ Pause"));
        HBox box = new HBox(4, run.button("▶ Run"), pauseButton, step.button("Step"), stop.button("■ Stop"),
                new Separator(), slow, speed);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void follow(Mode mode) {
        run.disabledProperty().set(mode != Mode.EDITING);
        pause.disabledProperty().set(mode != Mode.RUNNING && mode != Mode.STEPPING);
        pause.textProperty().set(mode == Mode.STEPPING ? RESUME : "Pause and step");
        step.disabledProperty().set(mode != Mode.STEPPING);
        stop.disabledProperty().set(mode != Mode.RUNNING && mode != Mode.STEPPING);
    }
}
