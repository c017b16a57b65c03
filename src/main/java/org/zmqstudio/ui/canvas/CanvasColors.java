package org.zmqstudio.ui.canvas;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.zmqstudio.model.PatternFamily;
import org.zmqstudio.picture.DiagramColors;

/**
 * The canvas's colours as JavaFX colours, made from {@link DiagramColors} (which the exported
 * pictures use too): one set for a light theme and one for a dark one.
 */
record CanvasColors(boolean dark, Color background, Color gridMinor, Color gridMajor, Color card, Color cardBorder,
                    Color text, Color secondaryText, Color link, Color selection, Color valid, Color invalid,
                    Color warning) {

    static final CanvasColors LIGHT = of(DiagramColors.LIGHT);
    static final CanvasColors DARK = of(DiagramColors.DARK);
    private static final Map<PatternFamily, Color> LIGHT_TYPE_TEXT = typeTexts(DiagramColors.LIGHT);
    private static final Map<PatternFamily, Color> DARK_TYPE_TEXT = typeTexts(DiagramColors.DARK);

    private static CanvasColors of(DiagramColors c) {
        return new CanvasColors(c.dark(), Color.web(c.background()), Color.web(c.gridMinor()), Color.web(c.gridMajor()),
                Color.web(c.card()), Color.web(c.cardBorder()), Color.web(c.text()), Color.web(c.secondaryText()),
                Color.web(c.link()), Color.web(c.selection()), Color.web(c.valid()), Color.web(c.invalid()),
                Color.web(c.warning()));
    }

    /** The accent of a pattern family, the same hue as its icons. */
    static Color accent(PatternFamily family) {
        return Color.web(DiagramColors.accent(family));
    }

    /** The colour of the socket type's name on a card. */
    Color typeText(PatternFamily family) {
        return (dark ? DARK_TYPE_TEXT : LIGHT_TYPE_TEXT).get(family);
    }

    private static Map<PatternFamily, Color> typeTexts(DiagramColors colors) {
        Map<PatternFamily, Color> byFamily = new EnumMap<>(PatternFamily.class);
        for (PatternFamily family : PatternFamily.values()) {
            byFamily.put(family, Color.web(colors.typeText(family)));
        }
        return byFamily;
    }
}
