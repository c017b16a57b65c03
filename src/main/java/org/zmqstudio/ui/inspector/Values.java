package org.zmqstudio.ui.inspector;

import java.util.Arrays;
import java.util.List;

/**
 * Text ⇄ value for inspector fields. An empty text means "the default" (returned as {@code null} or
 * as the given default); a text that is not a number is refused with a sentence for the user.
 * Ranges are not checked here: the Validator checks them (see {@link CheckedEdits}).
 */
final class Values {

    private Values() {
    }

    static Integer optionalInt(String text) {
        return text.isBlank() ? null : Math.toIntExact(wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    static Long optionalLong(String text) {
        return text.isBlank() ? null : wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static long longOr(String text, long fallback) {
        Long value = optionalLong(text);
        return value == null ? fallback : value;
    }

    static int intOr(String text, int fallback) {
        Integer value = optionalInt(text);
        return value == null ? fallback : value;
    }

    static double decimalOr(String text, double fallback) {
        if (text.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a number; write e.g. 10 or 2.5");
        }
    }

    /** The text, or {@code fallback} for an empty text. */
    static String textOr(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }

    /** Comma-separated items, spaces kept (a topic {@code "sports "} ends with a space); empty → none. */
    static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(",", -1));
    }

    static String list(List<String> items) {
        return String.join(",", items);
    }

    /** A number as the user would write it: no ".0" for whole numbers. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The value, or empty text when it is the default (so the field's prompt shows the default). */
    static String unlessDefault(Object value, Object fallback) {
        if (value == null || value.equals(fallback)) {
            return "";
        }
        return value instanceof Double d ? number(d) : value.toString();
    }

    private static long wholeNumber(String text, long min, long max) {
        try {
            long value = Long.parseLong(text.trim());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a whole number"
                    + (text.trim().matches("-?\\d+") ? " this program can hold" : "; write digits only, e.g. 100"));
        }
    }
}
