package org.zmqstudio.ui.canvas;

import java.util.HashMap;
import java.util.List;
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
    private final Map<Key, List<String>> wrapped = new HashMap<>();
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

    /**
     * {@code text} in at most two lines at most {@code width} wide, broken at spaces; what does not
     * fit ends the second line with "…" (a word longer than a line is cut so too).
     */
    List<String> wrapInTwo(String text, Font font, double width) {
        Key key = new Key(text, font, width);
        List<String> known = wrapped.get(key);
        if (known != null) {
            return known;
        }
        if (wrapped.size() > MAX_REMEMBERED) {
            wrapped.clear();
        }
        measure.setFont(font);
        String[] words = text.strip().split(" +");
        StringBuilder first = new StringBuilder(words[0]);
        int next = 1;
        while (next < words.length && widthOf(first + " " + words[next]) <= width) {
            first.append(' ').append(words[next++]);
        }
        List<String> lines;
        if (widthOf(first.toString()) > width) {
            lines = List.of(shorten(text, font, width));
        } else if (next == words.length) {
            lines = List.of(first.toString());
        } else {
            lines = List.of(first.toString(), shorten(String.join(" ", List.of(words).subList(next, words.length)), font, width));
        }
        wrapped.put(key, lines);
        return lines;
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
