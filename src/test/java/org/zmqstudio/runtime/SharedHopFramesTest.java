package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SharedHopFramesTest {

    private static byte[] sharedFrame(int origin, int topic) {
        byte[] payload = "task".getBytes(StandardCharsets.UTF_8);
        byte[] frame = Arrays.copyOf(payload, payload.length + TraceCodec.PLAIN_LENGTH);
        TraceCodec.writeShared(frame, origin, topic);
        return frame;
    }

    private static Trace read(byte[] frame) {
        Trace trace = new Trace();
        TraceCodec.read(frame, trace);
        return trace;
    }

    @Test
    void theSharedFrameIsNeverChangedAndItsCopyNamesTheForwarder() {
        byte[] frame = sharedFrame(1, 0);
        byte[] before = frame.clone();
        byte[] out = new SharedHopFrames(4).withHop(frame, read(frame), 7);
        assertNotSame(frame, out);
        assertArrayEquals(before, frame);
        assertEquals(7, read(out).hop);
        assertEquals(1, read(out).origin);
    }

    @Test
    void theSameFrameInGetsTheSameCopyOutUntilTheFrameOrTheHopChanges() {
        SharedHopFrames frames = new SharedHopFrames(4);
        byte[] frame = sharedFrame(1, 0);
        byte[] first = frames.withHop(frame, read(frame), 7);
        assertSame(first, frames.withHop(frame, read(frame), 7));
        assertEquals(8, read(frames.withHop(frame, read(frame), 8)).hop, "a proxy forwarding the other way");
    }

    @Test
    void twoSendersTakenInTurnKeepTheirOwnCopies() {
        SharedHopFrames frames = new SharedHopFrames(4);
        byte[] first = sharedFrame(1, 0);
        byte[] second = sharedFrame(2, 0);
        byte[] firstOut = frames.withHop(first, read(first), 3);
        byte[] secondOut = frames.withHop(second, read(second), 3);
        assertSame(firstOut, frames.withHop(first, read(first), 3));
        assertSame(secondOut, frames.withHop(second, read(second), 3));
        assertEquals(2, read(secondOut).origin);
    }
}
