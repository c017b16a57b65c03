package org.zmqstudio.export;

import java.util.ArrayList;
import java.util.List;

/** Words wrapped into lines for a comment. */
final class Wrap {

    private Wrap() {
    }

    /** The text's words in lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
