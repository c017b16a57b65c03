package org.zmqstudio.ui.editor;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks ids (and endpoint names) that are not taken yet, in the style a person would: {@code worker-2}. */
final class IdAllocator {

    /** The longest node id the file format allows. */
    static final int MAX_ID = 64;

    private static final Pattern NUMBERED = Pattern.compile("(.*)-(\\d{1,9})");

    private IdAllocator() {
    }

    /**
     * {@code wanted} itself when free, else {@code wanted} with the lowest free {@code -N} suffix (N ≥ 2;
     * an existing numeric suffix is replaced, so copying {@code worker-2} gives {@code worker-3}), cut
     * so that the result stays within {@code maxLength} characters.
     */
    static String fresh(String wanted, Set<String> taken, int maxLength) {
        if (!taken.contains(wanted)) {
            return wanted;
        }
        Matcher numbered = NUMBERED.matcher(wanted);
        String base = numbered.matches() ? numbered.group(1) : wanted;
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > maxLength ? base.substring(0, maxLength - suffix.length()) : base;
            String candidate = stem + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
