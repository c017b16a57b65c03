package org.zmqstudio.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A payload template ({@code "task {n} from {node}"}) compiled once, rendered per message into a
 * {@link ByteSink} without building strings. Fields: {@code {n}} message number (from 1),
 * {@code {node}} node id, {@code {topic}}, {@code {request}} the request's payload. Unknown
 * {@code {…}} text is kept as written.
 */
final class PayloadTemplate {

    private enum Field { N, NODE, TOPIC, REQUEST }

    private final List<Object> parts = new ArrayList<>();
    private final byte[] node;

    PayloadTemplate(String template, String nodeId) {
        this.node = nodeId.getBytes(StandardCharsets.UTF_8);
        String text = template == null ? "" : template;
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Field field = fieldAt(text, i);
            if (field == null) {
                literal.append(text.charAt(i++));
                continue;
            }
            flush(literal);
            parts.add(field);
            i += field.name().length() + 2;
        }
        flush(literal);
    }

    /** Whether every message renders the same for a topic: no {@code {n}} and no {@code {request}}. */
    boolean isConstant() {
        return !parts.contains(Field.N) && !parts.contains(Field.REQUEST);
    }

    /**
     * @param request the request frame, or {@code null}; only its first {@code requestLength} bytes count
     */
    void render(ByteSink out, long n, byte[] topic, byte[] request, int requestLength) {
        for (Object part : parts) {
            if (part instanceof byte[] bytes) {
                out.put(bytes);
            } else {
                switch ((Field) part) {
                    case N -> out.putDecimal(n);
                    case NODE -> out.put(node);
                    case TOPIC -> {
                        if (topic != null) {
                            out.put(topic);
                        }
                    }
                    case REQUEST -> {
                        if (request != null) {
                            out.put(request, 0, requestLength);
                        }
                    }
                }
            }
        }
    }

    private void flush(StringBuilder literal) {
        if (literal.length() > 0) {
            parts.add(literal.toString().getBytes(StandardCharsets.UTF_8));
            literal.setLength(0);
        }
    }

    private static Field fieldAt(String text, int at) {
        for (Field f : Field.values()) {
            String token = "{" + f.name().toLowerCase() + "}";
            if (text.startsWith(token, at)) {
                return f;
            }
        }
        return null;
    }
}
