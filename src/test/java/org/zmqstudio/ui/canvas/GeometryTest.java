package org.zmqstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.picture.NodeCard;
import org.zmqstudio.picture.LinkCurve;

/** The canvas's arithmetic: the viewport's transform and the shape of links. */
class GeometryTest {

    @Test
    void zoomingAroundAPointKeepsTheModelPointThereStill() {
        Viewport view = new Viewport();
        view.panBy(37, -12);
        Point2D before = view.toModel(300, 200);

        view.zoomAround(300, 200, 1.7);

        assertEquals(1.7, view.zoom(), 1e-9);
        assertEquals(before, view.toModel(300, 200));
        assertEquals(new Point2D(300, 200), view.toScreen(before.getX(), before.getY()));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        Viewport view = new Viewport();

        view.zoomAround(0, 0, 1000);
        assertEquals(Viewport.MAX_ZOOM, view.zoom());
        view.zoomAround(0, 0, 1e-6);
        assertEquals(Viewport.MIN_ZOOM, view.zoom());
    }

    @Test
    void aLinkRunsBetweenTheFacingSidesOfSideBySideCards() {
        Node left = Node.of("left", SocketType.PUSH, 0, 0);
        Node right = Node.of("right", SocketType.PULL, 300, 40);

        LinkCurve fromRight = LinkCurve.between(right, left);

        assertEquals(300, fromRight.x0(), "leaves the right card's left edge");
        assertEquals(NodeCard.WIDTH, fromRight.x1(), "reaches the left card's right edge");
        assertEquals(NodeCard.centreY(left), fromRight.y1());
    }

    @Test
    void aLinkRunsBetweenTopAndBottomOfStackedCards() {
        Node top = Node.of("top", SocketType.PUB, 0, 0);
        Node below = Node.of("below", SocketType.SUB, 20, 200);

        LinkCurve curve = LinkCurve.between(below, top);

        assertEquals(200, curve.y0(), "leaves the lower card's top edge");
        assertEquals(NodeCard.HEIGHT, curve.y1(), "reaches the upper card's bottom edge");
    }

    @Test
    void aPointOnTheCurveIsNearItAndAPointAsideIsNot() {
        LinkCurve curve = LinkCurve.between(Node.of("a", SocketType.PUSH, 0, 0), Node.of("b", SocketType.PULL, 400, 200));

        assertTrue(curve.distanceTo(curve.xAt(0.3), curve.yAt(0.3)) < 1);
        assertTrue(curve.distanceTo(curve.xAt(0.3), curve.yAt(0.3) + 30) > 10);
    }

    @Test
    void snappingRoundsToTheNearestGridLine() {
        assertEquals(160, CanvasGestures.snap(150));
        assertEquals(140, CanvasGestures.snap(149.9));
        assertEquals(-20, CanvasGestures.snap(-11));
    }
}
