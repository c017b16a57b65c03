package org.zmqstudio.ui.monitor;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table columns never narrower than their titles: a narrow table scrolls sideways instead of cutting "Socket" to "Soc…". */
final class Columns {

    /** The column titles' font size (the window's, studio.css) and the room around a title for its padding and sort arrow, px. */
    private static final double HEADER_FONT_SIZE = 14;
    private static final double HEADER_PADDING = 28;

    private Columns() {
    }

    /** A column at least as wide as its title, and at least {@code minWidth} pixels. */
    static <T, V> TableColumn<T, V> titled(String title, double minWidth) {
        TableColumn<T, V> column = new TableColumn<>(title);
        Text measure = new Text(title);
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, HEADER_FONT_SIZE));
        column.setMinWidth(Math.max(minWidth, Math.ceil(measure.getLayoutBounds().getWidth()) + HEADER_PADDING));
        return column;
    }
}
