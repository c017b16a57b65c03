package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TraceCodecTest {

    private static byte[] withRoom(String payload, boolean stamped) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(bytes, bytes.length + TraceCodec.length(stamped));
    }

    @Test
    void aStampedTrailerGivesBackEveryField() {
        byte[] frame = withRoom("hello", true);
        TraceCodec.write(frame, 513, 7, 200, 1L << 40, true, -123456789L, 987654321L);
        Trace t = new Trace();
        assertTrue(TraceCodec.read(frame, t));
        assertEquals(TraceCodec.STAMPED_LENGTH, t.length);
        assertEquals(513, t.origin);
        assertEquals(7, t.hop);
        assertEquals(200, t.topic);
        assertEquals(1L << 40, t.seq);
        assertTrue(t.stamped);
        assertEquals(-123456789L, t.originNanos);
        assertEquals(987654321L, t.hopNanos);
        assertEquals("hello", new String(frame, 0, frame.length - t.length, StandardCharsets.UTF_8));
    }

    @Test
    void aPlainTrailerIsShortAndCarriesNoTimes() {
        byte[] frame = withRoom("", false);
        TraceCodec.write(frame, 3, 4, 0, 99, false, 0, 0);
        Trace t = new Trace();
        assertTrue(TraceCodec.read(frame, t));
        assertEquals(TraceCodec.PLAIN_LENGTH, frame.length);
        assertEquals(3, t.origin);
        assertEquals(99, t.seq);
        assertFalse(t.stamped);
    }

    @Test
    void aRelayRewritesOnlyTheLastHop() {
        byte[] frame = withRoom("task", true);
        TraceCodec.write(frame, 1, 1, 0, 5, true, 100, 100);
        Trace t = new Trace();
        TraceCodec.read(frame, t);
        TraceCodec.updateHop(frame, t, 9, 250);
        TraceCodec.read(frame, t);
        assertEquals(1, t.origin);
        assertEquals(9, t.hop);
        assertEquals(100, t.originNanos);
        assertEquals(250, t.hopNanos);
        assertEquals(5, t.seq);
    }

    @Test
    void framesWithoutATrailerAreRecognised() {
        Trace t = new Trace();
        byte[] shared = withRoom("task", false);
        TraceCodec.writeShared(shared, 1, 0);
        TraceCodec.read(shared, t);
        assertFalse(TraceCodec.read("a subscription".getBytes(StandardCharsets.UTF_8), t));
        assertFalse(TraceCodec.read(new byte[0], t));
        assertEquals(0, t.length);
        assertFalse(t.shared, "nothing left over from the frame read before");
    }

    @Test
    void aSharedTrailerIsPlainSaysSoAndCarriesNoSequence() {
        byte[] frame = withRoom("task", false);
        TraceCodec.writeShared(frame, 6, 2);
        Trace t = new Trace();
        assertTrue(TraceCodec.read(frame, t));
        assertEquals(TraceCodec.PLAIN_LENGTH, t.length);
        assertEquals(6, t.origin);
        assertEquals(6, t.hop);
        assertEquals(2, t.topic);
        assertEquals(0, t.seq);
        assertTrue(t.shared);
        assertFalse(t.stamped);
        TraceCodec.write(frame, 6, 6, 2, 1, false, 0, 0);
        TraceCodec.read(frame, t);
        assertFalse(t.shared, "a frame of its own is not shared");
    }
}
