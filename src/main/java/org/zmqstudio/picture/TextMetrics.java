package org.zmqstudio.picture;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures text in the pictures' sans-serif font with java.awt, which needs no display (headless AWT
 * measures too). The SVG names the same family, so a browser draws it about as wide. Not thread-safe:
 * one per picture.
 */
final class TextMetrics {

    static final String FAMILY = Font.SANS_SERIF;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Map<Long, Font> fonts = new HashMap<>();

    Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    double width(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }
}
