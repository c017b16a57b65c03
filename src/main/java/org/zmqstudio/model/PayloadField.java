package org.zmqstudio.model;

/**
 * The fields a payload template may hold (DESIGN.md §3), as written in it. Text in braces that is
 * none of these is kept as written.
 */
public enum PayloadField {
    /** The message number, from 1. */
    NUMBER("{n}"),
    /** The sending node's id. */
    NODE("{node}"),
    /** The message's topic (PUB and XPUB producers). */
    TOPIC("{topic}"),
    /** The payload of the request being answered (reply). */
    REQUEST("{request}");

    private final String token;

    PayloadField(String token) {
        this.token = token;
    }

    /** The field as written in a template, e.g. {@code {n}}. */
    public String token() {
        return token;
    }

    /** The field written at {@code index} of {@code template}, or {@code null} when none starts there. */
    public static PayloadField at(String template, int index) {
        if (template.charAt(index) != '{') {
            return null;
        }
        for (PayloadField field : values()) {
            if (template.startsWith(field.token, index)) {
                return field;
            }
        }
        return null;
    }
}
