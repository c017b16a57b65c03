package org.zmqstudio.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host of a {@code tcp://} endpoint as written: an IPv4 address (four numbers 0–255, no leading
 * zeros, which some resolvers read as octal), an IPv6 address in brackets, {@code *}, or a host name
 * (labels of letters, digits, {@code -} and {@code _}). No name is resolved.
 */
final class HostText {

    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final int MAX_NAME = 253;

    private HostText() {
    }

    /** Whether the text is made of digits and dots only, so that it can only mean an IPv4 address. */
    static boolean looksLikeIpv4(String host) {
        return DIGITS_AND_DOTS.matcher(host).matches();
    }

    /** The four numbers of a dotted IPv4 address, or {@code null} when malformed. */
    static int[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            if (!OCTET.matcher(parts[i]).matches() || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            octets[i] = Integer.parseInt(parts[i]);
        }
        return octets;
    }

    /**
     * The eight 16-bit groups of an IPv6 address written without brackets (at most one {@code ::},
     * optionally ending in a dotted IPv4 address), or {@code null} when malformed.
     */
    static int[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : groups(text.substring(gap + 2), true);
        if (head == null || tail == null || head.length + tail.length > (gap < 0 ? 8 : 7)
                || gap < 0 && head.length != 8) {
            return null;
        }
        int[] address = new int[8];
        System.arraycopy(head, 0, address, 0, head.length);
        System.arraycopy(tail, 0, address, 8 - tail.length, tail.length);
        return address;
    }

    /** Whether the text is a syntactically valid host name. */
    static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > MAX_NAME) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One spelling per address, for comparing hosts as the operating system does: case-free,
     * {@code localhost} as 127.0.0.1 (JeroMQ prefers IPv4), IPv6 groups written out in full and an
     * IPv4-mapped IPv6 address as its IPv4 address. {@code host} is as {@link Endpoint} holds it.
     */
    static String canonical(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost")) {
            return "127.0.0.1";
        }
        if (lower.startsWith("[") && lower.endsWith("]")) {
            int[] groups = ipv6(lower.substring(1, lower.length() - 1));
            if (groups != null) {
                if (isIpv4Mapped(groups)) {
                    return (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff);
                }
                StringBuilder full = new StringBuilder("[");
                for (int i = 0; i < 8; i++) {
                    full.append(i == 0 ? "" : ":").append(Integer.toHexString(groups[i]));
                }
                return full.append(']').toString();
            }
        }
        return lower;
    }

    /** Whether the canonical host is on this machine's loopback: 127.0.0.0/8 or ::1. */
    static boolean isLoopback(String canonicalHost) {
        int[] v4 = looksLikeIpv4(canonicalHost) ? ipv4(canonicalHost) : null;
        return v4 != null && v4[0] == 127 || canonicalHost.equals("[0:0:0:0:0:0:0:1]");
    }

    private static boolean isIpv4Mapped(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return groups[5] == 0xffff;
    }

    /** The groups of one side of {@code ::}; an IPv4 tail, allowed only at the very end, counts as two. */
    private static int[] groups(String side, boolean mayEndInIpv4) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        String last = parts[parts.length - 1];
        boolean ipv4Tail = mayEndInIpv4 && last.contains(".");
        int[] v4 = ipv4Tail ? ipv4(last) : null;
        if (ipv4Tail && v4 == null) {
            return null;
        }
        int hexCount = ipv4Tail ? parts.length - 1 : parts.length;
        int[] groups = new int[hexCount + (ipv4Tail ? 2 : 0)];
        for (int i = 0; i < hexCount; i++) {
            if (!HEX_GROUP.matcher(parts[i]).matches()) {
                return null;
            }
            groups[i] = Integer.parseInt(parts[i], 16);
        }
        if (ipv4Tail) {
            groups[hexCount] = v4[0] << 8 | v4[1];
            groups[hexCount + 1] = v4[2] << 8 | v4[3];
        }
        return groups;
    }
}
