package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** File ▸ Export writes the program and pictures of the diagram, atomically, or says why it cannot. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExportMenuTest extends EditorWindowTestBase {

    private static final Path PIPELINE = Path.of("topologies", "parallel-pipeline.json");

    private void open(Path file) throws Exception {
        onFx(() -> window.files().open(file));
        waitUntil(() -> file.equals(document().file()));
    }

    /** Chooses the menu item {@code id} (nested in File ▸ Export, which the headless robot cannot open). */
    private static void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        onFx(() -> items(bar.getMenus()).filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire());
    }

    private static Stream<MenuItem> items(List<? extends MenuItem> items) {
        return items.stream().flatMap(item -> Stream.concat(Stream.of(item),
                item instanceof Menu menu ? items(menu.getItems()) : Stream.empty()));
    }

    @Test
    void exportWritesTheJavaProgramNamedAfterTheFile(FxRobot robot) throws Exception {
        open(PIPELINE);
        Path out = folder.resolve("ParallelPipeline.java");
        dialogs.filesToExport.add(out);

        fire(robot, "menu-export-java");
        waitUntil(() -> Files.exists(out));

        String program = Files.readString(out);
        assertTrue(program.contains("public class ParallelPipeline {"), program);
        assertTrue(program.contains("ventilator.bind(\"inproc://tasks\");"), program);
    }

    @Test
    void exportWritesAPngOfTheExpectedSizeAndAnSvgThatParses(FxRobot robot) throws Exception {
        open(PIPELINE);
        Path png = folder.resolve("pipeline@2x.png");
        Path svg = folder.resolve("pipeline.svg");
        dialogs.filesToExport.add(png);
        dialogs.filesToExport.add(svg);

        fire(robot, "menu-export-png-2");
        waitUntil(() -> Files.exists(png));
        fire(robot, "menu-export-svg");
        waitUntil(() -> Files.exists(svg));

        byte[] bytes = Files.readAllBytes(png);
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(bytes, 16, 8);
        org.zmqstudio.picture.Picture.Area area = org.zmqstudio.picture.Picture.of(topology(), false).area();
        assertEquals((int) Math.ceil(area.width() * 2), header.getInt());
        assertEquals((int) Math.ceil(area.height() * 2), header.getInt());
        org.w3c.dom.Document parsed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile());
        assertEquals("svg", parsed.getDocumentElement().getTagName());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void exportingToAFolderThatCannotBeWrittenSaysSoAndWritesNothing(FxRobot robot) throws Exception {
        open(PIPELINE);
        Path out = Path.of("/proc/zmq-studio-pipeline.svg");
        dialogs.filesToExport.add(out);

        fire(robot, "menu-export-svg");
        waitUntil(() -> !dialogs.errors.isEmpty());

        assertTrue(dialogs.errors.get(0).startsWith("Cannot export: Cannot write " + out), dialogs.errors.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void copyDiagramAsImagePutsATwiceSizedPictureOnTheClipboard(FxRobot robot) throws Exception {
        open(PIPELINE);
        onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());

        fire(robot, "menu-copy-diagram");

        org.zmqstudio.picture.Picture.Area area = org.zmqstudio.picture.Picture.of(topology(), false).area();
        double[] size = new double[2];
        onFx(() -> {
            javafx.scene.image.Image image = javafx.scene.input.Clipboard.getSystemClipboard().getImage();
            size[0] = image == null ? 0 : image.getWidth();
            size[1] = image == null ? 0 : image.getHeight();
        });
        assertEquals(Math.ceil(area.width() * 2), size[0]);
        assertEquals(Math.ceil(area.height() * 2), size[1]);
    }
}
