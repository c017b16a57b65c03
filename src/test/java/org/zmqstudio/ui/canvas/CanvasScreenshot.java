package org.zmqstudio.ui.canvas;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Set;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.persistence.TopologyFiles;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;

/**
 * Draws a topology file on the canvas, headless, and saves it as a PNG to look at:
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zmqstudio.ui.canvas.CanvasScreenshot -Dexec.args="topologies/shared-queue.json shot.png [light|dark] [NODE-ID]"}:
 * the AtlantaFX light or dark theme, with the named node selected; {@code bench} instead of a file draws the
 * benchmark's 500-node topology.
 */
public final class CanvasScreenshot {

    private CanvasScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Topology topology = args[0].equals("bench") ? CanvasBench.bigTopology() : TopologyFiles.load(Path.of(args[0]));
        boolean dark = args.length > 2 && args[2].equals("dark");
        String selected = args.length > 3 ? args[3] : null;
        HeadlessFx.start();
        WritableImage image = HeadlessFx.onFx(() -> {
            Application.setUserAgentStylesheet(
                    (dark ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet());
            EditorDocument document = new EditorDocument();
            TopologyCanvas canvas = new TopologyCanvas(document);
            Stage stage = new Stage();
            stage.setScene(new Scene(canvas, 1000, 560));
            stage.show();
            document.reset(topology, null);
            canvas.setProblems(Validator.validate(topology, false));
            if (selected != null) {
                document.select(Selection.ofNodes(Set.of(selected)));
            }
            canvas.applyCss();
            canvas.fitToWindow();
            canvas.drawNow();
            return canvas.snapshot(null, null);
        });
        HeadlessFx.writePng(image, Path.of(args[1]));
        Platform.exit();
    }
}
