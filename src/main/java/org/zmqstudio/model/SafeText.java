package org.zmqstudio.model;

/**
 * Text from a file made safe to print inside one line of output: every message built from file
 * content (ids, labels, socket types, endpoints, field names, file names) passes through
 * {@link #escape}, so that a value such as {@code "REP\nFAKE: ERROR injected"} can neither forge an
 * output line nor drive the terminal.
 *
 * <p>Escaped: line feed, carriage return and tab as {@code \n}, {@code \r}, {@code \t}; every other
 * C0 or C1 control character (ESC included), DEL, the line and paragraph separators U+2028/U+2029,
 * the bidirectional formatting characters (which can reorder what a reader sees) and lone
 * surrogates as {@code \}{@code uXXXX}. Everything else, letters of every script and emoji
 * included, is kept. A backslash is kept as it is, so escaping twice changes nothing more.
 */
public final class SafeText {

    private SafeText() {
    }

    /** {@code text} with the characters above escaped; {@code null} stays {@code null}. */
    public static String escape(String text) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (needsEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #escape} leaves the text as it is: no character above, except in a surrogate pair. */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (needsEscape(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code 'text'}, escaped. */
    public static String quote(String text) {
        return "'" + escape(text) + "'";
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || Character.isSurrogate((char) c)
                || c == '\u2028' || c == '\u2029' || isBidiControl(c);
    }

    private static boolean isBidiControl(int c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
