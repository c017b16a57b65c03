package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.zmqstudio.model.SocketType;

class PaletteToCanvasTest extends EditorWindowTestBase {

    private Point2D canvasSpot(double fx, double fy) {
        Bounds b = canvas().localToScreen(canvas().getLayoutBounds());
        return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    @Test
    void draggingPaletteItemsOntoTheCanvasPlacesNodes(FxRobot robot) throws Exception {
        robot.drag(paletteItem(robot, "#palette-PUSH"), MouseButton.PRIMARY).dropTo(canvasSpot(0.25, 0.4));
        waitUntil(() -> topology().nodes().size() == 1);
        robot.drag(paletteItem(robot, "#palette-PULL"), MouseButton.PRIMARY).dropTo(canvasSpot(0.7, 0.4));
        waitUntil(() -> topology().nodes().size() == 2);
        assertEquals(SocketType.PUSH, topology().nodes().get(0).socket());
        assertEquals(SocketType.PULL, topology().nodes().get(1).socket());
    }
}
