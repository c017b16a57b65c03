package org.zmqstudio.ui.monitor;

import java.util.Locale;

/** How the monitor writes numbers: short, fixed units, readable from the back of a room. */
final class Figures {

    private Figures() {
    }

    /** {@code 950}, {@code 12.3k}, {@code 4.56M}. */
    static String count(double value) {
        if (value < 10_000) {
            return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
        }
        if (value < 10_000_000) {
            return String.format(Locale.ROOT, "%.1fk", value / 1_000);
        }
        return String.format(Locale.ROOT, "%.2fM", value / 1_000_000);
    }

    /** A rate in messages per second: {@code 120/s}. */
    static String rate(double perSecond) {
        return count(Math.round(perSecond)) + "/s";
    }

    /** A latency given in microseconds: {@code 85 µs}, {@code 1.2 ms}, {@code 2.50 s}; a dash when there is none. */
    static String micros(double micros, boolean hasSamples) {
        if (!hasSamples) {
            return "–";
        }
        if (micros < 1_000) {
            return String.format(Locale.ROOT, "%.0f µs", micros);
        }
        if (micros < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", micros / 1_000);
        }
        return String.format(Locale.ROOT, "%.2f s", micros / 1_000_000);
    }
}
