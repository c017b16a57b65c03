package org.zmqstudio.export;

import java.util.ArrayList;
import java.util.List;
import org.zmqstudio.model.PayloadField;

/**
 * A payload template split as the engine renders it: literal text and the fields {@code {n}},
 * {@code {topic}} and {@code {request}}. {@code {node}} is the node's id, known when the program is
 * written, so it is folded into the literal text; text in braces that is no field stays literal.
 */
final class TemplateParts {

    /** One piece: literal text ({@code field} null) or a field ({@code text} null). */
    record Part(String text, PayloadField field) {
    }

    private TemplateParts() {
    }

    /** The pieces of {@code template} for the node {@code nodeId}; adjacent literal text is joined. */
    static List<Part> of(String template, String nodeId) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        String text = template == null ? "" : template;
        int i = 0;
        while (i < text.length()) {
            PayloadField field = PayloadField.at(text, i);
            if (field == null || field == PayloadField.NODE) {
                literal.append(field == null ? String.valueOf(text.charAt(i)) : nodeId);
                i += field == null ? 1 : field.token().length();
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new Part(literal.toString(), null));
                literal.setLength(0);
            }
            parts.add(new Part(null, field));
            i += field.token().length();
        }
        if (literal.length() > 0 || parts.isEmpty()) {
            parts.add(new Part(literal.toString(), null));
        }
        return parts;
    }
}
