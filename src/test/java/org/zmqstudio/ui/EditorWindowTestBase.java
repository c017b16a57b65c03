package org.zmqstudio.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.model.Topology;
import org.zmqstudio.ui.canvas.TopologyCanvas;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.files.RecentFiles;

/**
 * A fresh editor window per test, driven through TestFX as a person would, with the file dialogs
 * answered by {@link ScriptedDialogs} and the recent files kept in a temporary folder.
 */
@ExtendWith(ApplicationExtension.class)
abstract class EditorWindowTestBase {

    @TempDir
    Path folder;

    MainWindow window;
    ScriptedDialogs dialogs;
    Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        dialogs = new ScriptedDialogs();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, dialogs, new RecentFiles(folder.resolve("recent-files.txt")));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        forgetMonocleDragView();
    }

    /**
     * Monocle (the headless platform) remembers the view of the first mouse move as the drag-and-drop
     * view until a drag and drop ends; once an earlier test's scene is gone, the next drag and drop
     * fails on that stale view. Forgetting it makes each test start like a fresh application.
     */
    private static void forgetMonocleDragView() throws Exception {
        Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
        java.lang.reflect.Method instance = mouseInput.getDeclaredMethod("getInstance");
        instance.setAccessible(true);
        java.lang.reflect.Field dragView = mouseInput.getDeclaredField("dragView");
        dragView.setAccessible(true);
        dragView.set(instance.invoke(null), null);
    }

    EditorDocument document() {
        return window.document();
    }

    Topology topology() {
        return window.document().topology();
    }

    TopologyCanvas canvas() {
        return window.canvas();
    }

    /** Runs {@code work} on the FX thread and waits for it and what it queued. */
    static void onFx(Runnable work) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls the palette until the item {@code id} is in view and returns it. (Monocle's robot turns
     * a wheel click into a pixel, so the test sets the scroll position as the wheel would.)
     */
    javafx.scene.Node paletteItem(FxRobot robot, String id) {
        return scrolledTo(robot, "#palette", id);
    }

    /** Scrolls the inspector until the control {@code id} is in view and returns it. */
    javafx.scene.Node inspectorField(FxRobot robot, String id) {
        return scrolledTo(robot, "#inspector", id);
    }

    private javafx.scene.Node scrolledTo(FxRobot robot, String scrollPaneId, String id) {
        javafx.scene.Node item = robot.lookup(id).query();
        ScrollPane pane = robot.lookup(scrollPaneId).queryAs(ScrollPane.class);
        onFx(() -> {
            double contentHeight = pane.getContent().getLayoutBounds().getHeight();
            double viewHeight = pane.getViewportBounds().getHeight();
            double itemTop = pane.getContent().sceneToLocal(item.localToScene(0, 0)).getY();
            double centred = itemTop - (viewHeight - item.getLayoutBounds().getHeight()) / 2;
            pane.setVvalue(Math.max(0, Math.min(1, centred / Math.max(1, contentHeight - viewHeight))));
        });
        return item;
    }

    /** Waits (at most 5 s) until {@code condition} holds on the FX thread. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
