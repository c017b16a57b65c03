package org.zmqstudio.model;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Small pieces of the sentences the {@link Validator} writes for learners. */
final class Wording {

    private Wording() {
    }

    /** {@code "PUSH 'vent'"}. */
    static String socket(Node node) {
        return node.socket() + " " + quote(node.id());
    }

    /** {@code "a PULL"}, {@code "an XPUB"}. */
    static String withArticle(SocketType type) {
        return (type.name().startsWith("X") ? "an " : "a ") + type;
    }

    /** {@code "'a'"}, shown on one line ({@link SafeText#quote}). */
    static String quote(String text) {
        return SafeText.quote(text);
    }

    /** {@code "A"}, {@code "A or B"}, {@code "A, B or C"}. */
    static String either(Collection<?> items) {
        List<String> words = items.stream().map(String::valueOf).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** {@code "'a', 'b'"}. */
    static String ids(Collection<String> ids) {
        return ids.stream().map(Wording::quote).collect(Collectors.joining(", "));
    }

    /**
     * Whether every character can be shown as it is on one line: nothing {@link SafeText} would escape
     * (control characters, line and paragraph separators, bidirectional controls, lone surrogates)
     * and no unassigned code point. Letters of every script and emoji are printable.
     */
    static boolean isPrintable(String text) {
        return SafeText.isPlain(text) && text.codePoints().allMatch(Character::isDefined);
    }

    /** Length in characters as a reader counts them (code points, not UTF-16 units). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
