package org.zmqstudio.runtime;

/**
 * The decoded trace of one message; one mutable instance per thread, refilled by
 * {@link TraceCodec#read}. Times are {@link System#nanoTime()}, valid only when {@link #stamped}.
 */
final class Trace {
    int length;
    int origin;
    int hop;
    int topic;
    long seq;
    boolean stamped;
    /** The frame is sent many times over (no sequence): change a copy of it, never the frame itself. */
    boolean shared;
    long originNanos;
    long hopNanos;

    /** No trace: a frame without one, or with one that is not of this run. */
    void clear() {
        length = 0;
        stamped = false;
        shared = false;
    }

    /** The id of the message in the run: origin, topic and sequence. */
    long messageId() {
        return ((long) origin << 48) | ((long) topic << 40) | (seq & 0xFF_FFFF_FFFFL);
    }
}
