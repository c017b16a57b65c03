package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * Presentation mode hides the window's chrome, fits the topology in large type and is driven from
 * the keyboard.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PresentationModeTest extends EditorWindowTestBase {

    private static final Path PIPELINE = Path.of("topologies", "parallel-pipeline.json");

    private void open(Path file) throws Exception {
        onFx(() -> window.files().open(file));
        waitUntil(() -> file.equals(document().file()));
    }

    /** How many message events the run has logged. */
    private int events() {
        return window.monitor().controller().live().map(live -> live.eventLog().matching("").size()).orElse(0);
    }

    private Mode mode() {
        return window.monitor().controller().mode();
    }

    @Test
    void f11HidesPaletteInspectorTabsAndMenusAndFitsTheTopologyAndEscBringsThemBack(FxRobot robot) throws Exception {
        open(PIPELINE);
        double editorZoom = canvas().zoom();

        robot.press(KeyCode.F11).release(KeyCode.F11);
        waitUntil(() -> window.presentation().isPresenting() && stage.isFullScreen());

        assertSame(canvas().getScene(), stage.getScene());
        for (String chrome : new String[] {"#palette", "#inspector", "#menu-bar", "#status-bar", "#tab-messages"}) {
            assertTrue(robot.lookup(chrome).tryQuery().isEmpty(), chrome + " is hidden");
        }
        waitUntil(() -> canvas().zoom() > editorZoom);
        double fitted = canvas().zoom();
        onFx(() -> canvas().fitToWindow());
        assertEquals(fitted, canvas().zoom(), 1e-9, "the topology is fitted");
        assertTrue(canvas().isPresenting());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !window.presentation().isPresenting() && !stage.isFullScreen());
        assertTrue(robot.lookup("#palette").tryQuery().isPresent());
        assertTrue(robot.lookup("#inspector").tryQuery().isPresent());
        assertFalse(canvas().isPresenting());
    }

    @Test
    void f5RunsSpacePausesAndStepsPlusAndMinusChangeTheSpeedAndShiftF5Stops(FxRobot robot) throws Exception {
        open(PIPELINE);
        robot.press(KeyCode.F11).release(KeyCode.F11);
        waitUntil(() -> window.presentation().isPresenting());

        robot.press(KeyCode.MINUS).release(KeyCode.MINUS);
        assertEquals(0.5, window.monitor().controller().speedProperty().get(), 1e-9);
        assertEquals("Speed 0.5×", window.presentation().captionText());
        robot.press(KeyCode.MINUS).release(KeyCode.MINUS);
        assertEquals(0.2, window.monitor().controller().speedProperty().get(), 1e-9);
        robot.press(KeyCode.EQUALS).release(KeyCode.EQUALS);
        assertEquals(0.5, window.monitor().controller().speedProperty().get(), 1e-9);

        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitUntil(() -> mode() == Mode.RUNNING);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> mode() == Mode.STEPPING);
        int before = events();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> events() > before);
        assertEquals(Mode.STEPPING, mode(), "a second Space lets a message out and stays paused");

        robot.press(KeyCode.SHIFT, KeyCode.F5).release(KeyCode.F5, KeyCode.SHIFT);
        waitUntil(() -> mode() == Mode.EDITING);
        assertTrue(window.presentation().isPresenting(), "still presenting");
    }

    @Test
    void arrowKeysGoThroughTheTourAndDoNotMoveNodes(FxRobot robot) throws Exception {
        open(PIPELINE);
        AtomicInteger step = new AtomicInteger();
        onFx(() -> window.presentation().setTourSteps(step::incrementAndGet, step::decrementAndGet));
        onFx(() -> document().select(org.zmqstudio.ui.editor.Selection.ofNodes(java.util.Set.of("ventilator"))));
        double x = topology().node("ventilator").orElseThrow().x();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        waitUntil(() -> window.presentation().isPresenting());

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);

        assertEquals(1, step.get());
        assertEquals(x, topology().node("ventilator").orElseThrow().x());
    }
}
