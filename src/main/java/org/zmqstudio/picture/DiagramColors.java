package org.zmqstudio.picture;

import java.util.Locale;
import org.zmqstudio.model.PatternFamily;

/**
 * The diagram's colours as {@code #rrggbb} text, one set for a light theme and one for a dark one,
 * chosen for contrast on a projector: the canvas and the exported pictures both take them from here.
 * Accents by pattern family match the socket-type icons.
 */
public record DiagramColors(boolean dark, String background, String gridMinor, String gridMajor, String card,
                            String cardBorder, String text, String secondaryText, String link, String selection,
                            String valid, String invalid, String warning) {

    public static final DiagramColors LIGHT = new DiagramColors(false,
            "#f6f8fa", "#e4e8ec", "#d0d7de", "#ffffff", "#afb8c1", "#1f2328", "#4f5862", "#57606a",
            "#0969da", "#1a7f37", "#cf222e", "#b07800");

    public static final DiagramColors DARK = new DiagramColors(true,
            "#0d1117", "#171c23", "#252c35", "#1c2128", "#444c56", "#e6edf3", "#a3acb6", "#8b949e",
            "#4493f8", "#3fb950", "#f85149", "#d29922");

    public static DiagramColors of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The accent of a pattern family, the same hue as its icons. */
    public static String accent(PatternFamily family) {
        return switch (family) {
            case REQUEST_REPLY -> "#2d6bcf";
            case PUBLISH_SUBSCRIBE -> "#17917a";
            case PIPELINE -> "#e0731c";
            case EXCLUSIVE_PAIR -> "#7b4fc4";
        };
    }

    /** The socket type's name on a card: its accent, darkened on light cards, lightened towards white on dark ones. */
    public String typeText(PatternFamily family) {
        int rgb = Integer.parseInt(accent(family).substring(1), 16);
        int[] channels = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        StringBuilder hex = new StringBuilder("#");
        for (int c : channels) {
            double mixed = dark ? c + (255 - c) * 0.35 : c * 0.7;
            hex.append(String.format(Locale.ROOT, "%02x", (int) Math.round(mixed)));
        }
        return hex.toString();
    }
}
