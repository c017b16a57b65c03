package org.zmqstudio.persistence;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a user probably meant when they misspelt one ({@code endpiont} → {@code endpoint}). */
final class ClosestName {

    private static final int MAX_EDITS = 2;

    private ClosestName() {
    }

    /**
     * The candidate closest to {@code typed} (case ignored), if it is a plausible typo: at most one
     * edit per three characters typed, at least one, at most {@value #MAX_EDITS}.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        int allowed = Math.max(1, Math.min(MAX_EDITS, typed.length() / 3));
        return candidates.stream()
                .filter(candidate -> distance(typed, candidate) <= allowed)
                .min(Comparator.comparingInt(candidate -> distance(typed, candidate)));
    }

    /** {@code " (did you mean 'endpoint'?)"} when a candidate is close, else empty. */
    static Optional<String> didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(name -> " (did you mean '" + name + "'?)");
    }

    /** Levenshtein distance, case ignored. */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        int[] current = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int substitution = previous[j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[t.length()];
    }
}
