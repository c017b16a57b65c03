package org.zmqstudio.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.zmqstudio.export.CodeExport;
import org.zmqstudio.export.ExportFormat;
import org.zmqstudio.persistence.AtomicFile;
import org.zmqstudio.picture.Picture;
import org.zmqstudio.picture.PngPicture;
import org.zmqstudio.picture.SvgPicture;
import org.zmqstudio.ui.editor.EditorDocument;

/**
 * File ▸ Export: the topology as a program ({@link CodeExport}) or the diagram as a PNG or SVG
 * picture, and the diagram as an image on the clipboard. Files are replaced atomically: a file that
 * cannot be written is left as it was, and the user is told why. UI thread only.
 */
public final class ExportActions {

    /** The clipboard's image: sharp on high-density screens and slides. */
    static final int CLIPBOARD_SCALE = 2;

    private final EditorDocument document;
    private final FileDialogs dialogs;
    private final Consumer<String> status;
    private final Supplier<Picture> picture;

    /** @param picture the picture of the diagram as the user asked for it (selection, background, numbers) */
    public ExportActions(EditorDocument document, FileDialogs dialogs, Consumer<String> status, Supplier<Picture> picture) {
        this.document = document;
        this.dialogs = dialogs;
        this.status = status;
        this.picture = picture;
    }

    /** Asks where, then writes the program; a topology with errors is refused with the first of them. */
    public void exportCode(ExportFormat format) {
        String kind = format == ExportFormat.JAVA ? "Java program" : "Python script";
        String base = baseName();
        String suggested = (format == ExportFormat.JAVA ? javaName(base) : base) + format.extension();
        dialogs.chooseExportFile(folder(), suggested, kind, format.extension()).ifPresent(out -> {
            String source;
            try {
                source = CodeExport.write(document.topology(), format, out.getFileName().toString(),
                        document.file() == null ? base + ".json" : document.file().getFileName().toString(),
                        document.allowsNetwork());
            } catch (IllegalArgumentException errors) {
                dialogs.showError("Cannot export", "The " + kind + " was not written: " + errors.getMessage() + ".");
                return;
            }
            write(out, source.getBytes(StandardCharsets.UTF_8), kind);
        });
    }

    /** Asks where, then writes the diagram as a PNG at {@code scale} pixels per canvas unit. */
    public void exportPng(int scale) {
        dialogs.chooseExportFile(folder(), baseName() + (scale == 1 ? "" : "@" + scale + "x") + ".png", "PNG image", ".png")
                .ifPresent(out -> write(out, PngPicture.png(picture.get(), scale), "PNG image"));
    }

    /** Asks where, then writes the diagram as SVG. */
    public void exportSvg() {
        dialogs.chooseExportFile(folder(), baseName() + ".svg", "SVG image", ".svg")
                .ifPresent(out -> write(out, SvgPicture.write(picture.get()).getBytes(StandardCharsets.UTF_8), "SVG image"));
    }

    /** Puts the diagram on the clipboard as an image ({@value #CLIPBOARD_SCALE}×). */
    public void copyDiagram() {
        PngPicture.Pixels pixels = PngPicture.render(picture.get(), CLIPBOARD_SCALE);
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                pixels.argb(), 0, pixels.width());
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied the diagram to the clipboard as an image (" + pixels.width() + "×" + pixels.height() + ")");
    }

    private void write(Path out, byte[] content, String kind) {
        try {
            AtomicFile.writeBytes(out, content);
            status.accept("Exported the " + kind + " to " + out);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot export", "Cannot write " + out + ": " + e.getMessage() + ". Nothing was written.");
            status.accept("The " + kind + " was not written");
        }
    }

    private Path folder() {
        return document.file() == null ? null : document.file().toAbsolutePath().getParent();
    }

    /** The topology file's name without {@code .json}, else the topology's name, else "topology". */
    private String baseName() {
        if (document.file() != null) {
            return document.file().getFileName().toString().replaceFirst("(?i)\\.json$", "");
        }
        String name = document.topology().name().strip().replaceAll("[^\\w.-]+", "-");
        return name.isEmpty() ? "topology" : name.toLowerCase(Locale.ROOT);
    }

    /** {@code parallel-pipeline} → {@code ParallelPipeline}: a class name for the Java file. */
    static String javaName(String base) {
        StringBuilder name = new StringBuilder();
        for (String part : base.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0)) ? "Topology" : name.toString();
    }
}
