package org.zmqstudio.export;

import java.util.Locale;
import org.zmqstudio.model.SafeText;

/** Text from a topology file written into generated source: string literals and comments. */
final class Literals {

    private Literals() {
    }

    /**
     * A Java string literal. Everything outside printable ASCII is an escape, so that the file
     * compiles whatever the platform's encoding.
     */
    static String java(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }

    /**
     * The text of a Python string literal between its double quotes (no quotes added), braces doubled
     * when it goes into an f-string.
     */
    static String pythonBody(String text, boolean fString) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '{', '}' -> out.append(fString ? Character.toString(c).repeat(2) : Character.toString(c));
                default -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c)
                        : c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", c)
                        : c <= 0xffff ? String.format(Locale.ROOT, "\\u%04x", c)
                        : String.format(Locale.ROOT, "\\U%08x", c));
            }
        });
        return out.toString();
    }

    /** A Python string literal. */
    static String python(String text) {
        return "\"" + pythonBody(text, false) + "\"";
    }

    /**
     * Text for a comment: on one line (control characters escaped), and in Java with every backslash
     * doubled and everything outside ASCII escaped, since javac reads {@code \}{@code u} escapes in
     * comments too and a platform encoding may not know the character.
     */
    static String comment(String text, boolean java) {
        String line = SafeText.escape(text);
        if (!java) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            out.append(c == '\\' ? "\\\\" : c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return out.toString();
    }

    /** A rate or another number as a program would write it: {@code 100}, {@code 2.5}. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
