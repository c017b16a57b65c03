package org.zmqstudio.ui.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
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
import org.zmqstudio.runtime.RunSpeed;
import org.zmqstudio.ui.actions.Action;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * Run (F5), Run paused (Ctrl+F5), Pause / Resume (F6), Step (F7, or Space while paused), Stop
 * (Shift+F5), Record… and Open Recording…, enabled as the run's mode allows, plus the speed slider
 * with its value, and the replay's timeline ({@link #replayBar()}), shown while a recording plays. Toolbar ids: {@code toolbar-run},
 * {@code toolbar-pause}, {@code toolbar-step}, {@code toolbar-stop}, {@code monitor-speed},
 * {@code monitor-speed-value}; the timeline's are in {@link ReplayBar}.
 */
public final class RunActions {

    private static final String RESUME = "Resume";
    /** The speeds {@link #speedUp()} and {@link #speedDown()} go through. */
    private static final double[] SPEED_STEPS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1};

    public final Action run;
    public final Action runPaused;
    public final Action pause;
    public final Action step;
    public final Action stop;
    public final Action record;
    public final Action openRecording;
    private final RunController controller;
    /** The speed on a logarithmic scale: log10 of the factor, -2 (0.01×) to 0 (1×). */
    private final Slider speed = new Slider(Math.log10(RunSpeed.MIN), Math.log10(RunSpeed.MAX), 0);
    private final Label speedValue = new Label();
    private final ReplayBar replayBar;

    /**
     * @param start         starts a run of the document's topology
     * @param startPaused   starts it with every sender held
     * @param startRecorded asks where to record, then starts a recorded run
     * @param openRecording asks for a recording, then replays it
     */
    RunActions(RunController controller, Runnable start, Runnable startPaused, Runnable startRecorded,
               Runnable openRecording) {
        this.controller = controller;
        run = new Action("run", "Run", new KeyCodeCombination(KeyCode.F5), start);
        runPaused = new Action("run-paused", "Run paused", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHORTCUT_DOWN),
                startPaused);
        pause = new Action("pause", "Pause and step", new KeyCodeCombination(KeyCode.F6), () -> {
            if (controller.mode() == Mode.STEPPING || controller.mode() == Mode.REPLAYING && !controller.replayPlayingProperty().get()) {
                controller.resume();
            } else {
                controller.pauseForSteps();
            }
        });
        step = new Action("step", "Step: let one message out", new KeyCodeCombination(KeyCode.F7), controller::step);
        stop = new Action("stop", "Stop", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), controller::stop);
        record = new Action("record", "Record…", null, startRecorded);
        this.openRecording = new Action("open-recording", "Open Recording…", null, openRecording);
        this.replayBar = new ReplayBar(controller);
        speed.setId("monitor-speed");
        speed.setPrefWidth(84);
        speed.setTooltip(new Tooltip("Speed of the run itself, 0.01× to 1×: senders' pace and work slow down with it"));
        speedValue.setId("monitor-speed-value");
        speedValue.setMinWidth(36);
        speed.valueProperty().addListener((o, was, log) -> controller.speedProperty().set(Math.pow(10, log.doubleValue())));
        controller.speedProperty().addListener((o, was, value) -> showSpeed(value.doubleValue()));
        showSpeed(controller.speedProperty().get());
        controller.modeProperty().addListener((o, was, mode) -> follow(mode));
        controller.replayPlayingProperty().addListener((o, was, playing) -> follow(controller.mode()));
        follow(controller.mode());
    }

    /** Sets the next faster speed of 0.01, 0.02, 0.05, 0.1, 0.2, 0.5 and 1×. */
    public void speedUp() {
        double now = controller.speedProperty().get();
        for (double candidate : SPEED_STEPS) {
            if (candidate > now * 1.0001) {
                controller.speedProperty().set(candidate);
                return;
            }
        }
    }

    /** Sets the next slower speed of 1, 0.5, 0.2, 0.1, 0.05, 0.02 and 0.01×. */
    public void speedDown() {
        double now = controller.speedProperty().get();
        for (int i = SPEED_STEPS.length - 1; i >= 0; i--) {
            if (SPEED_STEPS[i] < now * 0.9999) {
                controller.speedProperty().set(SPEED_STEPS[i]);
                return;
            }
        }
    }

    /** The speed as shown, e.g. {@code 0.25×}. */
    public String speedText() {
        return speedText(controller.speedProperty().get());
    }

    static String speedText(double value) {
        return new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString() + "×";
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
        Menu menu = new Menu("_Run", null, run.menuItem(), runPaused.menuItem(), pause.menuItem(), step.menuItem(),
                new SeparatorMenuItem(), stop.menuItem(), new SeparatorMenuItem(), record.menuItem(),
                openRecording.menuItem(), new SeparatorMenuItem(), network);
        menu.setId("menu-run-menu");
        return menu;
    }

    /** The replay's timeline, shown while a recording plays. */
    Node replayBar() {
        return replayBar;
    }

    /** The toolbar part: Run, Pause, Step, Stop, the speed slider with its value. */
    public Node toolbarControls() {
        Label slow = new Label("Speed");
        Button pauseButton = pause.button("❚❚ Pause");
        pauseButton.textProperty().bind(Bindings.when(pause.textProperty().isEqualTo(RESUME)).then("▶ Resume").otherwise("❚❚ Pause"));
        HBox box = new HBox(4, run.button("▶ Run"), pauseButton, step.button("Step"), stop.button("■ Stop"),
                new Separator(), slow, speed, speedValue);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void showSpeed(double value) {
        speedValue.setText(speedText(value));
        double log = Math.log10(value);
        if (Math.abs(speed.getValue() - log) > 1e-9) {
            speed.setValue(log);
        }
    }

    private void follow(Mode mode) {
        boolean replaying = mode == Mode.REPLAYING;
        boolean replayPaused = replaying && !controller.replayPlayingProperty().get();
        run.disabledProperty().set(mode != Mode.EDITING);
        runPaused.disabledProperty().set(mode != Mode.EDITING);
        record.disabledProperty().set(mode != Mode.EDITING);
        openRecording.disabledProperty().set(mode != Mode.EDITING);
        pause.disabledProperty().set(mode != Mode.RUNNING && mode != Mode.STEPPING && !replaying);
        pause.textProperty().set(mode == Mode.STEPPING || replayPaused ? RESUME : "Pause and step");
        step.disabledProperty().set(mode != Mode.STEPPING && !replaying);
        stop.disabledProperty().set(mode != Mode.RUNNING && mode != Mode.STEPPING && !replaying);
        replayBar.setVisible(replaying);
        replayBar.setManaged(replaying);
    }
}
