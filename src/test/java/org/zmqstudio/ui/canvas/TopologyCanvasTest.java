package org.zmqstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zmqstudio.Eventually;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Severity;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.picture.NodeCard;

/** The canvas in a bare window, driven with the mouse and keyboard as a person would. */
@ExtendWith(ApplicationExtension.class)
class TopologyCanvasTest {

    private static final Topology FOUR = new Topology("four", "", List.of(
            Node.of("push", SocketType.PUSH, 100, 100),
            Node.of("pull", SocketType.PULL, 400, 100),
            Node.of("pub", SocketType.PUB, 100, 300),
            Node.of("sub", SocketType.SUB, 400, 300)), List.of());

    private EditorDocument document;
    private TopologyCanvas canvas;

    @Start
    void start(Stage stage) {
        document = new EditorDocument();
        document.reset(FOUR, null);
        canvas = new TopologyCanvas(document);
        // TestFX hands every test class the same stage: a window test before may have maximised it.
        stage.setMaximized(false);
        stage.setScene(new Scene(canvas, 900, 600));
        stage.sizeToScene();
        stage.show();
    }

    private Node node(String id) {
        return document.topology().node(id).orElseThrow();
    }

    /** The screen point of a canvas (model) point. */
    private Point2D screen(double x, double y) {
        Point2D origin = canvas.screenPointOf("push");
        double zoom = canvas.zoom();
        return new Point2D(origin.getX() + (x - NodeCard.centreX(node("push"))) * zoom,
                origin.getY() + (y - NodeCard.centreY(node("push"))) * zoom);
    }

    @Test
    void draggingANodeMovesItOnTheGridAsOneUndoStep(FxRobot robot) {
        Point2D from = canvas.screenPointOf("push");

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(50, 33)).drop();

        assertEquals(160, node("push").x(), "100 + 50 snaps to 160");
        assertEquals(140, node("push").y(), "100 + 33 snaps to 140");
        assertEquals(Selection.ofNodes(Set.of("push")), document.selection());
        robot.interact(document::undo);
        assertEquals(FOUR, document.topology());
    }

    @Test
    void holdingADraggedNodeAtTheEdgeScrollsTheViewAndTakesTheNodeAlong(FxRobot robot) {
        Point2D from = canvas.screenPointOf("push");
        Point2D edge = canvas.localToScreen(canvas.getWidth() - 4, from.getY() - canvas.localToScreen(0, 0).getY());

        robot.drag(from, MouseButton.PRIMARY).moveTo(edge);
        // Held at the edge, the view scrolls until the point under the mouse lies past the first screenful.
        awaitTrue(() -> canvas.canvasPointAt(edge.getX(), edge.getY()).getX() > canvas.getWidth() + NodeCard.WIDTH);
        robot.drop();

        assertTrue(node("push").x() > canvas.getWidth(), "x " + node("push").x());
        assertEquals(edge.getX(), canvas.screenPointOf("push").getX(), NodeCard.WIDTH / 2 + CanvasPainter.GRID);
    }

    @Test
    void withoutSnappingANodeFollowsTheMouseExactly(FxRobot robot) {
        robot.interact(() -> canvas.setSnapToGrid(false));
        Point2D from = canvas.screenPointOf("push");

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(47, 13)).drop();

        assertEquals(147, node("push").x(), 0.01);
        assertEquals(113, node("push").y(), 0.01);
    }

    @Test
    void draggingFromAPushHandleToAPullLinksThemWithThePushConnecting(FxRobot robot) {
        robot.moveTo(canvas.screenPointOf("push"));

        robot.drag(canvas.screenPointOfHandle("push"), MouseButton.PRIMARY).moveTo(canvas.screenPointOf("pull")).drop();

        assertEquals(List.of(Link.between("push", "pull")), document.topology().links());
        assertEquals(Selection.ofLink("push->pull"), document.selection());
    }

    @Test
    void aPubToPushLinkIsRefusedAndTheReasonShowsWhileDragging(FxRobot robot) {
        robot.moveTo(canvas.screenPointOf("pub"));
        robot.drag(canvas.screenPointOfHandle("pub"), MouseButton.PRIMARY).moveTo(canvas.screenPointOf("push"));

        Label feedback = robot.lookup("#connect-feedback").queryAs(Label.class);
        assertTrue(feedback.isVisible());
        assertTrue(feedback.getText().contains("A PUB socket cannot connect to a PUSH socket"), feedback.getText());
        robot.drop();

        assertEquals(List.of(), document.topology().links());
        assertFalse(feedback.isVisible());
    }

    @Test
    void aValidTargetSaysWhichSideBindsBeforeRelease(FxRobot robot) {
        robot.moveTo(canvas.screenPointOf("sub"));
        robot.drag(canvas.screenPointOfHandle("sub"), MouseButton.PRIMARY).moveTo(canvas.screenPointOf("pub"));

        String text = robot.lookup("#connect-feedback").queryAs(Label.class).getText();
        robot.drop();

        assertEquals("Release to link: sub (SUB) connects, pub (PUB) binds", text);
        assertEquals(List.of(Link.between("sub", "pub")), document.topology().links());
    }

    @Test
    void escapeCancelsALinkDrag(FxRobot robot) {
        robot.moveTo(canvas.screenPointOf("push"));
        robot.drag(canvas.screenPointOfHandle("push"), MouseButton.PRIMARY).moveTo(canvas.screenPointOf("pull"));

        robot.type(KeyCode.ESCAPE);
        robot.drop();

        assertEquals(List.of(), document.topology().links());
        assertNull(canvas.overlay());
        assertFalse(robot.lookup("#connect-feedback").queryAs(Label.class).isVisible());
    }

    @Test
    void escapeCancelsANodeDragLeavingNoUndoStep(FxRobot robot) {
        Point2D from = canvas.screenPointOf("push");
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(80, 80));

        robot.type(KeyCode.ESCAPE);
        robot.drop();

        assertEquals(FOUR, document.topology());
        assertFalse(document.canUndo());
    }

    @Test
    void rubberBandSelectsTheNodesInsideAndDeleteRemovesThemUntilUndo(FxRobot robot) {
        robot.drag(screen(60, 60), MouseButton.PRIMARY).moveTo(screen(620, 200)).drop();

        assertEquals(Selection.ofNodes(Set.of("push", "pull")), document.selection());
        robot.type(KeyCode.DELETE);

        assertEquals(List.of("pub", "sub"), document.topology().nodes().stream().map(Node::id).toList());
        robot.interact(document::undo);
        assertEquals(FOUR, document.topology());
    }

    @Test
    void clickSelectsShiftClickAddsAndRemovesAndABackgroundClickClears(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf("push"));
        assertEquals(Selection.ofNodes(Set.of("push")), document.selection());

        robot.press(KeyCode.SHIFT).clickOn(canvas.screenPointOf("sub")).release(KeyCode.SHIFT);
        assertEquals(Selection.ofNodes(Set.of("push", "sub")), document.selection());

        robot.press(KeyCode.SHIFT).clickOn(canvas.screenPointOf("push")).release(KeyCode.SHIFT);
        assertEquals(Selection.ofNodes(Set.of("sub")), document.selection());

        robot.clickOn(screen(700, 500));
        assertEquals(Selection.NONE, document.selection());
    }

    @Test
    void aPlainClickInsideAMultipleSelectionKeepsOnlyTheClickedNode(FxRobot robot) {
        robot.interact(() -> document.select(Selection.ofNodes(Set.of("push", "pull", "sub"))));

        robot.clickOn(canvas.screenPointOf("pull"));

        assertEquals(Selection.ofNodes(Set.of("pull")), document.selection());
    }

    @Test
    void draggingOneOfSeveralSelectedNodesMovesThemAll(FxRobot robot) {
        robot.interact(() -> document.select(Selection.ofNodes(Set.of("push", "pub"))));
        Point2D from = canvas.screenPointOf("push");

        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(100, 0)).drop();

        assertEquals(200, node("push").x());
        assertEquals(200, node("pub").x());
        assertEquals(400, node("pull").x());
    }

    @Test
    void hoveringANodeExplainsItInATooltipWithItsProblems(FxRobot robot) {
        robot.interact(() -> canvas.setProblems(Validator.validate(document.topology(), false)));

        robot.moveTo(canvas.screenPointOf("sub")).moveBy(3, 0);
        awaitTooltip(robot);

        String text = robot.lookup(".tooltip").lookup((javafx.scene.Node n) -> n instanceof Label).queryAs(Label.class).getText();
        assertTrue(text.startsWith("sub\nSUB: Subscribes to topic prefixes"), text);
        assertTrue(text.contains("Warning: "), text);
    }

    @Test
    void clickingALinkSelectsItAndBackspaceDeletesIt(FxRobot robot) {
        robot.interact(() -> document.reset(FOUR.withLink(Link.between("pull", "push")), null));

        robot.clickOn(screen(330, 135));
        assertEquals(Selection.ofLink("pull->push"), document.selection());
        robot.type(KeyCode.BACK_SPACE);

        assertEquals(List.of(), document.topology().links());
        assertEquals(4, document.topology().nodes().size());
    }

    @Test
    void sSwapsWhichSideOfTheSelectedLinkBinds(FxRobot robot) {
        robot.interact(() -> document.reset(FOUR.withLink(Link.between("pull", "push")), null));
        robot.clickOn(screen(330, 135));

        robot.type(KeyCode.S);

        assertEquals(List.of(Link.between("push", "pull")), document.topology().links());
        assertEquals(Selection.ofLink("push->pull"), document.selection());
    }

    @Test
    void ctrlScrollZoomsKeepingThePointUnderTheCursorStill(FxRobot robot) {
        Point2D cursor = screen(300, 250);
        robot.moveTo(cursor);
        Point2D before = canvas.canvasPointAt(cursor.getX(), cursor.getY());

        robot.press(KeyCode.CONTROL).scroll(3, VerticalDirection.UP).release(KeyCode.CONTROL);

        assertNotEquals(1.0, canvas.zoom(), 1e-6);
        assertEquals(canvas.zoom(), canvas.zoomProperty().get(), 1e-9);
        Point2D after = canvas.canvasPointAt(cursor.getX(), cursor.getY());
        assertEquals(before.getX(), after.getX(), 0.5);
        assertEquals(before.getY(), after.getY(), 0.5);
    }

    @Test
    void draggingTheBackgroundWithTheRightButtonPansTheView(FxRobot robot) {
        Point2D from = screen(700, 500);
        Point2D before = canvas.canvasPointAt(from.getX(), from.getY());

        robot.drag(from, MouseButton.SECONDARY).moveTo(from.add(-120, -60)).drop();

        Point2D after = canvas.canvasPointAt(from.getX() - 120, from.getY() - 60);
        assertEquals(before.getX(), after.getX(), 0.5);
        assertEquals(before.getY(), after.getY(), 0.5);
        assertEquals(Selection.NONE, document.selection());
        assertEquals(FOUR, document.topology());
    }

    @Test
    void holdingSpaceTurnsADragOnANodeIntoAPan(FxRobot robot) {
        robot.clickOn(screen(700, 500));
        Point2D from = canvas.screenPointOf("push");

        robot.press(KeyCode.SPACE).drag(from, MouseButton.PRIMARY).moveTo(from.add(100, 0)).drop().release(KeyCode.SPACE);

        assertEquals(FOUR, document.topology(), "the node stays where it is in the model");
        assertEquals(from.getX() + 100, canvas.screenPointOf("push").getX(), 0.5);
    }

    @Test
    void theWheelWithoutCtrlPansInsteadOfZooming(FxRobot robot) {
        robot.moveTo(screen(300, 250));
        Point2D before = canvas.screenPointOf("push");

        robot.scroll(2, VerticalDirection.DOWN);

        assertEquals(1, canvas.zoom(), 1e-9);
        assertNotEquals(before.getY(), canvas.screenPointOf("push").getY(), 1);
    }

    @Test
    void aNodeWithAnErrorCarriesARedBadge(FxRobot robot) {
        Color card = snapshot(robot).getPixelReader().getColor(248, 106);
        robot.interact(() -> canvas.setProblems(List.of(new Problem(Severity.ERROR, "E_TEST", ElementRef.node("push"),
                "something is wrong"))));

        Color badge = snapshot(robot).getPixelReader().getColor(248, 106);

        assertNotEquals(card, badge);
        assertEquals(CanvasColors.LIGHT.invalid(), badge);
    }

    @Test
    void arrowsNudgeTheSelectionByAGridStepAndShiftByFive(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf("pull"));

        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);

        assertEquals(420, node("pull").x());
        assertEquals(200, node("pull").y());
        robot.interact(document::undo);
        assertEquals(420, node("pull").x());
        assertEquals(100, node("pull").y());
    }

    @Test
    void copyPasteAndDuplicateAddSelectedCopiesThatDoNotOverlap(FxRobot robot) {
        robot.clickOn(canvas.screenPointOf("push"));

        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        assertEquals(140, node("push-2").x());
        assertEquals(Selection.ofNodes(Set.of("push-2")), document.selection());

        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertEquals(180, node("push-3").x());
        assertEquals(Selection.ofNodes(Set.of("push-3")), document.selection());
    }

    @Test
    void keysZoomInOutAndBack(FxRobot robot) {
        robot.clickOn(screen(700, 500));

        robot.type(KeyCode.PLUS);
        assertEquals(1.2, canvas.zoom(), 1e-9);
        robot.type(KeyCode.MINUS).type(KeyCode.MINUS);
        assertEquals(1 / 1.2, canvas.zoom(), 1e-9);
        robot.type(KeyCode.DIGIT0);
        assertEquals(1, canvas.zoom(), 1e-9);
    }

    @Test
    void fitShowsEveryNodeAndCentreOnBringsANodeToTheMiddle(FxRobot robot) {
        robot.interact(() -> document.reset(FOUR.withNode(Node.of("far", SocketType.PAIR, 3000, 2000)), null));

        robot.interact(canvas::fitToWindow);
        assertTrue(canvas.zoom() < 0.3, "zoom " + canvas.zoom());
        Point2D far = canvas.screenPointOf("far");
        assertTrue(canvas.localToScreen(canvas.getLayoutBounds()).contains(far), far.toString());

        robot.interact(() -> canvas.centreOn("pull"));
        Point2D middle = canvas.localToScreen(450, 300);
        assertEquals(middle.getX(), canvas.screenPointOf("pull").getX(), 0.5);
        assertEquals(middle.getY(), canvas.screenPointOf("pull").getY(), 0.5);
    }

    @Test
    void cardsAreDrawnWithTheirFamilyAccentWhereTheNodesAre(FxRobot robot) {
        WritableImage image = snapshot(robot);

        Color accent = image.getPixelReader().getColor(102, 135);
        Color background = image.getPixelReader().getColor(30, 30);

        assertEquals(CanvasColors.accent(SocketType.PUSH.family()), accent);
        assertNotEquals(accent, background);
    }

    @Test
    void hoveringALinkSaysWhichSideBindsAndWhichWayMessagesTravel(FxRobot robot) {
        robot.interact(() -> document.reset(FOUR.withLink(Link.between("pull", "push")), null));

        robot.moveTo(screen(328, 135)).moveBy(2, 0);
        awaitTooltip(robot);

        String text = robot.lookup(".tooltip").lookup((javafx.scene.Node n) -> n instanceof Label).queryAs(Label.class).getText();
        assertEquals("Link pull->push\npull connects to push, which binds inproc://push.\nMessages travel push → pull.", text);
    }

    @Test
    void switchingToADarkThemeRedrawsInDarkColours(FxRobot robot) {
        assertEquals(CanvasColors.LIGHT.background(), snapshot(robot).getPixelReader().getColor(30, 30));
        try {
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
            robot.interact(canvas::applyCss);

            assertEquals(CanvasColors.DARK.background(), snapshot(robot).getPixelReader().getColor(30, 30));
        } finally {
            robot.interact(() -> Application.setUserAgentStylesheet(null));
        }
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            canvas.drawNow();
            image[0] = canvas.snapshot(null, null);
        });
        return image[0];
    }

    /** Waits until the tooltip shows (after its show delay, once the mouse rests). */
    private static void awaitTooltip(FxRobot robot) {
        awaitTrue(() -> robot.lookup(".tooltip").tryQuery().isPresent());
    }

    private static void awaitTrue(BooleanSupplier condition) {
        assertTrue(Eventually.await(Duration.ofSeconds(5), () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        }));
    }
}
