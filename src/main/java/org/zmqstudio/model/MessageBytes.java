package org.zmqstudio.model;

import java.nio.charset.StandardCharsets;

/**
 * Upper bounds on the bytes of the messages a behaviour renders, computed the way the engine renders
 * them: a payload template's literal text in UTF-8 and its {@link PayloadField}s ({@code {n}} at most
 * {@value #MAX_NUMBER_DIGITS} digits, {@code {node}} the node id, {@code {topic}} a topic,
 * {@code {request}} counted by the caller); a produced message is its topic, then {@code parts}
 * renderings of the template, padded to at least {@code size} bytes.
 */
final class MessageBytes {

    private static final int MAX_NUMBER_DIGITS = 19;

    private MessageBytes() {
    }

    /** The most bytes one message of this producer can have. */
    static long produce(Behavior.Produce produce, String nodeId) {
        long topic = produce.topics().stream().mapToLong(MessageBytes::utf8).max().orElse(0);
        long perPart = template(produce.payload(), nodeId, topic);
        return Math.max(produce.size(), saturatedAdd(topic, saturatedMultiply(produce.parts(), perPart)));
    }

    /** The most bytes one rendering of {@code template} can have, {@code {request}} counting as nothing. */
    static long template(String template, String nodeId, long topicBytes) {
        long bytes = 0;
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            PayloadField field = PayloadField.at(template, i);
            if (field == null) {
                literal.append(template.charAt(i++));
                continue;
            }
            bytes += switch (field) {
                case NUMBER -> MAX_NUMBER_DIGITS;
                case NODE -> utf8(nodeId);
                case TOPIC -> topicBytes;
                case REQUEST -> 0;
            };
            i += field.token().length();
        }
        return bytes + utf8(literal.toString());
    }

    /** How many times the template copies the request it answers. */
    static int requestCopies(String template) {
        String token = PayloadField.REQUEST.token();
        int copies = 0;
        for (int at = template.indexOf(token); at >= 0; at = template.indexOf(token, at + token.length())) {
            copies++;
        }
        return copies;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long saturatedMultiply(long a, long b) {
        long product = a * b;
        return a != 0 && (product / a != b || product < 0) ? Long.MAX_VALUE : product;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
