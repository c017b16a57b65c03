package org.zmqstudio.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a raw JeroMQ sender sends, written as a competent user would: the same array every time, or
 * a fresh one per message with its number rendered in (the engine's default {@code "msg {n}"}),
 * padded with dots to {@link RawJeroMq#PAYLOAD_BYTES} as the engine pads.
 */
enum RawPayload {

    CONSTANT,
    NUMBERED;

    private static final byte[] MSG = "msg ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REQUEST = "request ".getBytes(StandardCharsets.US_ASCII);

    /** A fresh 64-byte message: {@code "msg "}, the decimal {@code n}, then dots. */
    static byte[] numbered(long n) {
        byte[] message = new byte[RawJeroMq.PAYLOAD_BYTES];
        int end = render(message, MSG, n);
        Arrays.fill(message, end, message.length, (byte) '.');
        return message;
    }

    /** A fresh request as the engine's default renders it: {@code "request "} and the decimal {@code n}, no padding. */
    static byte[] request(long n) {
        byte[] message = new byte[REQUEST.length + digits(n)];
        render(message, REQUEST, n);
        return message;
    }

    /** Writes the prefix and the decimal {@code n} (not negative) at the start; returns where they end. */
    private static int render(byte[] into, byte[] prefix, long n) {
        System.arraycopy(prefix, 0, into, 0, prefix.length);
        int end = prefix.length + digits(n);
        long rest = n;
        for (int i = end - 1; i >= prefix.length; i--) {
            into[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return end;
    }

    private static int digits(long n) {
        int digits = 1;
        for (long v = n; v >= 10; v /= 10) {
            digits++;
        }
        return digits;
    }
}
