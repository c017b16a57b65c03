package org.zmqstudio.runtime;

import java.util.Arrays;

/** A growable byte buffer that one thread reuses to build payloads without garbage. */
final class ByteSink {

    private byte[] buffer = new byte[256];
    private int length;

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    void put(byte[] bytes) {
        put(bytes, 0, bytes.length);
    }

    void put(byte[] bytes, int offset, int count) {
        ensure(count);
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
    }

    void putDecimal(long value) {
        if (value < 0) {
            ensure(1);
            buffer[length++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
    }

    /** Pads with dots up to at least {@code size} bytes. */
    void padTo(int size) {
        if (length < size) {
            ensure(size - length);
            Arrays.fill(buffer, length, size, (byte) '.');
            length = size;
        }
    }

    /**
     * A new array holding the content followed by {@code extra} bytes of no particular value, for the
     * caller to overwrite (room for a trace).
     */
    byte[] toArray(int extra) {
        return Arrays.copyOf(buffer, length + extra);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
