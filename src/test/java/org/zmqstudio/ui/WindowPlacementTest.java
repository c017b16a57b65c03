package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window opens: maximised on screens up to 1920×1080, else where it last was, fitted to the screen. */
class WindowPlacementTest {

    private static final Rectangle2D HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D QHD = new Rectangle2D(0, 0, 2560, 1440);

    @Test
    void theFirstWindowIsMaximisedOnScreensUpTo1920By1080() {
        assertEquals(new WindowPlacement(0, 0, 1920, 1080, true), WindowPlacement.onScreen(HD, Optional.empty()));
        assertEquals(new WindowPlacement(0, 0, 1280, 720, true), WindowPlacement.onScreen(SMALL, Optional.empty()));
    }

    @Test
    void theFirstWindowOnALargerScreenIsCentredAt1600By1000() {
        assertEquals(new WindowPlacement(480, 220, 1600, 1000, false), WindowPlacement.onScreen(QHD, Optional.empty()));
    }

    @Test
    void aRememberedPlacementThatFitsIsKept() {
        WindowPlacement last = new WindowPlacement(100, 50, 1200, 800, false);
        assertEquals(last, WindowPlacement.onScreen(HD, Optional.of(last)));
    }

    @Test
    void aRememberedWindowLargerThanTheScreenShrinksToItAndMovesOnto() {
        WindowPlacement last = new WindowPlacement(300, 200, 2400, 1300, false);
        assertEquals(new WindowPlacement(0, 0, 1280, 720, false), WindowPlacement.onScreen(SMALL, Optional.of(last)));
    }

    @Test
    void aRememberedWindowOffTheScreenComesBackWhole() {
        WindowPlacement last = new WindowPlacement(2000, -300, 1000, 600, true);
        WindowPlacement placed = WindowPlacement.onScreen(HD, Optional.of(last));
        assertEquals(new WindowPlacement(920, 0, 1000, 600, true), placed);
        assertTrue(HD.contains(placed.bounds()));
    }

    @Test
    void aTinyRememberedWindowGrowsToTheSmallestUsefulSize() {
        WindowPlacement last = new WindowPlacement(10, 10, 120, 80, false);
        assertEquals(new WindowPlacement(10, 10, 800, 500, false), WindowPlacement.onScreen(HD, Optional.of(last)));
    }

    @Test
    void aScreenWithAnOffsetIsHonoured() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 720);
        WindowPlacement last = new WindowPlacement(100, 100, 1000, 600, false);
        assertEquals(new WindowPlacement(1920, 100, 1000, 600, false), WindowPlacement.onScreen(right, Optional.of(last)));
    }

    @Test
    void theStoreGivesBackWhatItKept(@TempDir Path folder) {
        WindowPlacementStore store = new WindowPlacementStore(folder.resolve("zmq-studio").resolve("window.properties"));
        WindowPlacement kept = new WindowPlacement(12, 34, 1000, 700, true);
        store.save(kept);
        assertEquals(Optional.of(kept), store.load());
    }

    @Test
    void aMissingOrBrokenStoreIsNoPlacement(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("window.properties");
        WindowPlacementStore store = new WindowPlacementStore(file);
        assertEquals(Optional.empty(), store.load());
        Files.writeString(file, "x=1\ny=2\nwidth=NaN\nheight=600\n");
        assertEquals(Optional.empty(), store.load());
        Files.writeString(file, "x=1\ny=2\nwidth=-5\nheight=600\n");
        assertEquals(Optional.empty(), store.load());
        Files.writeString(file, "x=1\ny=2\nheight=600\n");
        assertEquals(Optional.empty(), store.load());
    }
}
