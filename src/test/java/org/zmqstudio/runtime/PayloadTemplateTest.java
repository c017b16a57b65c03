package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    private static final byte[] TOPIC = "weather".getBytes(StandardCharsets.UTF_8);
    private static final byte[] REQUEST = "ask me".getBytes(StandardCharsets.UTF_8);

    @Test
    void everyFieldIsRenderedStraightIntoTheFrameAtItsOffsetAndLengthSaysHowMuchItWrites() {
        PayloadTemplate template = new PayloadTemplate("task {n} from {node} on {topic}: {request} {other}", "worker-1");
        for (long n : new long[] {0, 7, 9, 10, 99, 100, 123_456, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
                9_999_999_999L, Long.MAX_VALUE}) {
            String expected = "task " + n + " from worker-1 on weather: ask {other}";
            int length = template.length(n, TOPIC, REQUEST, 3);
            byte[] frame = new byte[2 + length + 5];

            int end = template.render(frame, 2, n, TOPIC, REQUEST, 3);

            assertEquals(expected.length(), length, "length for " + n);
            assertEquals(2 + length, end);
            assertEquals(expected, new String(frame, 2, length, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFrameHasRoomForTheTraceAfterThePayloadAndTheDotsPadToTheSize() {
        PayloadTemplate template = new PayloadTemplate("msg {n}", "sender");
        byte[] frame = template.frame(42, null, 0, TraceCodec.PLAIN_LENGTH);
        byte[] padded = new byte[10];
        int end = new PayloadTemplate("msg {n}", "sender").render(padded, 0, 5, null, null, 0);
        PayloadTemplate.pad(padded, end, padded.length);

        assertEquals("msg 42".length() + TraceCodec.PLAIN_LENGTH, frame.length);
        assertEquals("msg 42", new String(frame, 0, 6, StandardCharsets.UTF_8));
        assertEquals("msg 5.....", new String(padded, StandardCharsets.UTF_8));
    }

    @Test
    void onlyNumbersAndRequestsMakeMessagesDiffer() {
        assertTrue(new PayloadTemplate("hello {node} {topic}", "a").isConstant());
        assertFalse(new PayloadTemplate("msg {n}", "a").isConstant());
        assertFalse(new PayloadTemplate("{request} done", "a").isConstant());
    }
}
