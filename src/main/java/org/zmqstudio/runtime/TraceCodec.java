package org.zmqstudio.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The trace trailer appended to the last frame of every message the engine sends (DESIGN.md §5):
 * <pre>
 *   origin u16 | last hop u16 | topic u8 | sequence i64 | [origin ns i64 | hop ns i64] | marker u8
 * </pre>
 * The marker (last byte) says whether the two times are there: a plain trailer is 14 bytes, a
 * stamped one 30. Only a sample of messages is stamped; counts never depend on the stamp.
 * <p>
 * A third marker says the frame is <em>shared</em>: a plain trailer without a sequence, on a frame a
 * sender sends again and again instead of copying it per message (over inproc every receiver gets
 * that very array). Only senders whose sequence gaps are never losses send shared frames, and only
 * unstamped ones; whoever changes a shared frame changes a copy.
 */
final class TraceCodec {

    static final int PLAIN_LENGTH = 14;
    static final int STAMPED_LENGTH = 30;
    private static final byte PLAIN_MARKER = (byte) 0xD0;
    private static final byte STAMPED_MARKER = (byte) 0xD1;
    private static final byte SHARED_MARKER = (byte) 0xD2;
    private static final int SEQ_OFFSET = 5;
    private static final int ORIGIN_NANOS_OFFSET = 13;
    private static final int HOP_NANOS_OFFSET = 21;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private TraceCodec() {
    }

    static int length(boolean stamped) {
        return stamped ? STAMPED_LENGTH : PLAIN_LENGTH;
    }

    /**
     * Writes a trailer into the last {@link #length(boolean)} bytes of {@code frame}.
     *
     * @param originNanos ignored unless stamped; {@code hopNanos} likewise
     */
    static void write(byte[] frame, int origin, int hop, int topic, long seq, boolean stamped,
                      long originNanos, long hopNanos) {
        int at = frame.length - length(stamped);
        frame[at] = (byte) (origin >>> 8);
        frame[at + 1] = (byte) origin;
        frame[at + 2] = (byte) (hop >>> 8);
        frame[at + 3] = (byte) hop;
        frame[at + 4] = (byte) topic;
        LONG.set(frame, at + SEQ_OFFSET, seq);
        if (stamped) {
            LONG.set(frame, at + ORIGIN_NANOS_OFFSET, originNanos);
            LONG.set(frame, at + HOP_NANOS_OFFSET, hopNanos);
        }
        frame[frame.length - 1] = stamped ? STAMPED_MARKER : PLAIN_MARKER;
    }

    /**
     * Reads the trailer at the end of {@code frame} into {@code into}.
     *
     * @return whether the frame carries a trailer (if not, {@code into.length} is 0 and it is neither
     *     stamped nor shared)
     */
    static boolean read(byte[] frame, Trace into) {
        int n = frame.length;
        byte marker = n < PLAIN_LENGTH ? 0 : frame[n - 1];
        int length;
        if (marker == SHARED_MARKER || marker == PLAIN_MARKER) {
            length = PLAIN_LENGTH;
        } else if (marker == STAMPED_MARKER && n >= STAMPED_LENGTH) {
            length = STAMPED_LENGTH;
        } else {
            into.clear();
            return false;
        }
        int at = n - length;
        int nodes = (int) INT.get(frame, at);
        into.length = length;
        into.origin = nodes >>> 16;
        into.hop = nodes & 0xFFFF;
        into.topic = frame[at + 4] & 0xFF;
        into.shared = marker == SHARED_MARKER;
        into.seq = into.shared ? 0 : (long) LONG.get(frame, at + SEQ_OFFSET);
        into.stamped = length == STAMPED_LENGTH;
        if (into.stamped) {
            into.originNanos = (long) LONG.get(frame, at + ORIGIN_NANOS_OFFSET);
            into.hopNanos = (long) LONG.get(frame, at + HOP_NANOS_OFFSET);
        }
        return true;
    }

    /**
     * The last hop of a frame whose trailer is plain or shared (14 bytes, not stamped) and names
     * nodes below {@code nodes} as origin and last hop, read without the rest; -1 for any other frame.
     */
    static int plainHop(byte[] frame, int nodes) {
        int n = frame.length;
        if (n < PLAIN_LENGTH) {
            return -1;
        }
        byte marker = frame[n - 1];
        if (marker != PLAIN_MARKER && marker != SHARED_MARKER) {
            return -1;
        }
        int at = n - PLAIN_LENGTH;
        int origin = (frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF;
        int hop = (frame[at + 2] & 0xFF) << 8 | frame[at + 3] & 0xFF;
        return origin < nodes && hop < nodes ? hop : -1;
    }

    /**
     * Writes a plain trailer into the last {@link #PLAIN_LENGTH} bytes of a frame that will be sent
     * again and again, without a sequence: receivers that change it must change a copy.
     */
    static void writeShared(byte[] frame, int origin, int topic) {
        write(frame, origin, origin, topic, 0, false, 0, 0);
        frame[frame.length - 1] = SHARED_MARKER;
    }

    /** Rewrites the last-hop fields of a frame whose trailer {@code trace} describes (a relay or proxy forwarding it). */
    static void updateHop(byte[] frame, Trace trace, int hop, long hopNanos) {
        int at = frame.length - trace.length;
        frame[at + 2] = (byte) (hop >>> 8);
        frame[at + 3] = (byte) hop;
        if (trace.stamped) {
            LONG.set(frame, at + HOP_NANOS_OFFSET, hopNanos);
        }
    }
}
