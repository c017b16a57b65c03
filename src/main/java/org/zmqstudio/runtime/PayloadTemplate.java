package org.zmqstudio.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A payload template ({@code "task {n} from {node}"}) compiled once, rendered per message straight
 * into the frame that is sent, without building strings or an intermediate buffer: the caller asks
 * {@link #length} first, makes the frame that size (with room for the trace), and {@link #render}s
 * into it. Fields: {@code {n}} message number (from 1), {@code {node}} node id, {@code {topic}},
 * {@code {request}} the request's payload. Unknown {@code {…}} text is kept as written.
 */
final class PayloadTemplate {

    private enum Field { N, NODE, TOPIC, REQUEST }

    /** For 0 to 99, the ones digit and the tens digit, as ASCII. */
    private static final byte[] DIGIT_ONES = new byte[100];
    private static final byte[] DIGIT_TENS = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_ONES[i] = (byte) ('0' + i % 10);
            DIGIT_TENS[i] = (byte) ('0' + i / 10);
        }
    }

    /** Per part, its literal bytes, or {@code null} where {@link #fields} has the part's field. */
    private final byte[][] literals;
    private final Field[] fields;
    private final byte[] node;
    /** Bytes of the literals and node ids: what every message renders besides numbers, topics and requests. */
    private final int fixedLength;
    private final int numbers;
    private final int topics;
    private final int requests;

    PayloadTemplate(String template, String nodeId) {
        this.node = nodeId.getBytes(StandardCharsets.UTF_8);
        String text = template == null ? "" : template;
        List<byte[]> literalParts = new ArrayList<>();
        List<Field> fieldParts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Field field = fieldAt(text, i);
            if (field == null) {
                literal.append(text.charAt(i++));
                continue;
            }
            flush(literal, literalParts, fieldParts);
            literalParts.add(null);
            fieldParts.add(field);
            i += field.name().length() + 2;
        }
        flush(literal, literalParts, fieldParts);
        this.literals = literalParts.toArray(byte[][]::new);
        this.fields = fieldParts.toArray(Field[]::new);
        int fixed = 0;
        for (int p = 0; p < literals.length; p++) {
            fixed += literals[p] != null ? literals[p].length : fields[p] == Field.NODE ? node.length : 0;
        }
        this.fixedLength = fixed;
        this.numbers = count(Field.N);
        this.topics = count(Field.TOPIC);
        this.requests = count(Field.REQUEST);
    }

    /** Whether every message renders the same for a topic: no {@code {n}} and no {@code {request}}. */
    boolean isConstant() {
        return numbers == 0 && requests == 0;
    }

    /**
     * How many bytes {@link #render} writes for these values.
     *
     * @param n       the message number, 0 or more
     * @param topic   the topic, or {@code null}
     * @param request the request frame, or {@code null}; only its first {@code requestLength} bytes count
     */
    int length(long n, byte[] topic, byte[] request, int requestLength) {
        return fixedLength + (numbers == 0 ? 0 : numbers * digits(n))
                + (topic == null ? 0 : topics * topic.length)
                + (request == null ? 0 : requests * requestLength);
    }

    /**
     * Writes the template rendered with these values (as for {@link #length}) into {@code into} from
     * {@code at}, which must have room for them.
     *
     * @return the index just after the last byte written
     */
    int render(byte[] into, int at, long n, byte[] topic, byte[] request, int requestLength) {
        int end = at;
        for (int p = 0; p < literals.length; p++) {
            byte[] literal = literals[p];
            if (literal != null) {
                System.arraycopy(literal, 0, into, end, literal.length);
                end += literal.length;
                continue;
            }
            switch (fields[p]) {
                case N -> end = putDecimal(into, end, n);
                case NODE -> end = put(into, end, node, node.length);
                case TOPIC -> end = topic == null ? end : put(into, end, topic, topic.length);
                case REQUEST -> end = request == null ? end : put(into, end, request, requestLength);
            }
        }
        return end;
    }

    /**
     * A new frame holding the template rendered for message {@code n} (no topic) and the request
     * (or {@code null}), followed by {@code room} bytes for the caller to fill (the trace).
     */
    byte[] frame(long n, byte[] request, int requestLength, int room) {
        byte[] frame = new byte[length(n, null, request, requestLength) + room];
        render(frame, 0, n, null, request, requestLength);
        return frame;
    }

    /** Fills {@code into} with dots from {@code from} up to {@code to}: the padding of a payload to its size. */
    static void pad(byte[] into, int from, int to) {
        if (from < to) {
            Arrays.fill(into, from, to, (byte) '.');
        }
    }

    private static int put(byte[] into, int at, byte[] bytes, int length) {
        System.arraycopy(bytes, 0, into, at, length);
        return at + length;
    }

    /** Writes {@code value} (0 or more) in decimal at {@code at}; returns the index after it. */
    private static int putDecimal(byte[] into, int at, long value) {
        int end = at + digits(value);
        int i = end;
        long rest = value;
        while (rest > Integer.MAX_VALUE) {
            into[--i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        // the common case in int arithmetic, two digits per division
        int small = (int) rest;
        while (small >= 100) {
            int pair = small % 100;
            small /= 100;
            into[--i] = DIGIT_ONES[pair];
            into[--i] = DIGIT_TENS[pair];
        }
        into[--i] = DIGIT_ONES[small];
        if (small >= 10) {
            into[--i] = DIGIT_TENS[small];
        }
        return end;
    }

    /** How many decimal digits {@code value} (0 or more) has. */
    private static int digits(long value) {
        if (value < 10) {
            return 1;
        }
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    private int count(Field field) {
        int count = 0;
        for (Field f : fields) {
            if (f == field) {
                count++;
            }
        }
        return count;
    }

    private static void flush(StringBuilder literal, List<byte[]> literals, List<Field> fields) {
        if (literal.length() > 0) {
            literals.add(literal.toString().getBytes(StandardCharsets.UTF_8));
            fields.add(null);
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
