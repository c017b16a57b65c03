package org.zmqstudio.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.zmqstudio.model.Node;
import org.zmqstudio.picture.CardLayout;
import org.zmqstudio.picture.NodeCard;

/**
 * A card's content in presentation mode: a smaller type row, then the title in type large enough
 * to read from the back of a room ({@link #TITLE_PIXELS} on screen where the card has room for it),
 * wrapped to two lines rather than cut; no endpoint row. UI thread only.
 */
final class PresentationType {

    /** How high a title should be on screen, pixels. */
    static final double TITLE_PIXELS = 24.5;
    /** How high the live numbers should be on screen, pixels (see {@link CanvasGeometry#minTextPixels()}). */
    static final double NUMBER_PIXELS = 18.5;
    /** The largest title, canvas units, of which two lines fit under the type row. */
    private static final double MAX_TITLE = 18;
    private static final double ICON = 18;
    private static final double TYPE_BASELINE = 20;
    private static final Font TYPE = Font.font("System", FontWeight.BOLD, 12);

    private PresentationType() {
    }

    /** The title's size in canvas units at this zoom. */
    static double titleSize(double zoom) {
        return Math.min(MAX_TITLE, Math.max(CardLayout.LABEL_SIZE, TITLE_PIXELS / zoom));
    }

    static void paintContent(GraphicsContext gc, CanvasColors colors, Node node, Image icon, TextFitter fitter, double zoom) {
        double x = node.x() + CardLayout.PADDING;
        double y = node.y();
        if (icon != null) {
            gc.drawImage(icon, x, y + 5, ICON, ICON);
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setFill(colors.typeText(node.socket().family()));
        gc.setFont(TYPE);
        gc.fillText(node.socket().name(), x + ICON + 6, y + TYPE_BASELINE);
        double size = Math.round(titleSize(zoom) * 2) / 2.0;
        Font title = Font.font("System", FontWeight.BOLD, size);
        var lines = fitter.wrapInTwo(node.displayLabel(), title, CardLayout.TEXT_WIDTH);
        gc.setFill(colors.text());
        gc.setFont(title);
        double lineHeight = size * 1.08;
        double first = lines.size() == 2 ? y + TYPE_BASELINE + lineHeight
                : y + (TYPE_BASELINE + NodeCard.HEIGHT) / 2 + size * 0.36;
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), x, first + i * lineHeight);
        }
    }
}
