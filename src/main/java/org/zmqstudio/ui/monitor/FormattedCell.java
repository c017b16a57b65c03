package org.zmqstudio.ui.monitor;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/** A right-aligned table cell that writes its number through a formatter; empty or {@code null} shows a dash. */
final class FormattedCell<T> extends TableCell<T, Number> {

    private final Function<Number, String> format;

    FormattedCell(Function<Number, String> format) {
        this.format = format;
        setAlignment(Pos.CENTER_RIGHT);
    }

    @Override
    protected void updateItem(Number value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value == null ? "–" : format.apply(value));
    }
}
