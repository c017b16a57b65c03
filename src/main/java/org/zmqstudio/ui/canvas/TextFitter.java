package org.zmqstudio.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens text with an ellipsis to fit a width, remembering its answers (measuring text is slow and a
 * frame draws hundreds of labels). UI thread only.
 */
final class TextFitter {

    private static final int MAX_REMEMBERED = 20_000;

    private record Key(String text, Font font, double width) {
    }

    private final Map<Key, String> fitted = new HashMap<>();
    private final Text measure = new Text();

    /** {@code text}, or its longest prefix followed by "…" that is at most {@code width} wide in {@code font}. */
    String fit(String text, Font font, double width) {
        Key key = new Key(text, font, width);
        String known = fitted.get(key);
        if (known != null) {
            return known;
        }
        if (fitted.size() > MAX_REMEMBERED) {
            fitted.clear();
        }
        String result = shorten(text, font, width);
        fitted.put(key, result);
        return result;
    }

    private String shorten(String text, Font font, double width) {
        measure.setFont(font);
        if (widthOf(text) <= width) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (widthOf(text.substring(0, mid) + "…") <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return text.substring(0, low) + "…";
    }

    private double widthOf(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
