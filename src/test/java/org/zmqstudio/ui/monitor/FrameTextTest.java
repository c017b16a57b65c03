package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.FrameCopy;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.model.Topology;

/** How the message view writes frames: text, hex, identities, and a huge frame's first bytes with its size. */
class FrameTextTest {

    @Test
    void aPrintableFrameIsShownAsTextAndAnyOtherAsHex() {
        assertEquals("news 1", FrameText.content(FrameCopy.of("news 1".getBytes(StandardCharsets.UTF_8), 6)));
        FrameCopy binary = FrameCopy.of(new byte[] {0, (byte) 0x80, 0, 0, 0x29}, 5);
        assertEquals("00 80 00 00 29", FrameText.content(binary));
        assertFalse(FrameText.isText(binary));
        assertEquals("identity of client-1: generated id 00 80 00 00 29", FrameText.identity(binary, "client-1"));
        assertEquals("identity 'worker-a'", FrameText.identity(FrameCopy.of("worker-a".getBytes(StandardCharsets.UTF_8), 8), null));
    }

    @Test
    @Timeout(5)
    void aTenMegabyteFrameKeepsItsFirstBytesAndShowsItsWholeSize() {
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        FrameCopy frame = FrameCopy.of(huge, huge.length);

        assertEquals(FrameCopy.HEAD_BYTES, frame.head().length);
        assertEquals("10,485,760 B (first 512 shown)", FrameText.size(frame));
        assertEquals(FrameCopy.HEAD_BYTES, FrameText.content(frame).length());
        MessageEvent event = new MessageEvent(7, "a", "a", "b", "b->a", 1, 2, null, "xxx", 1, List.of(), 0,
                List.of(frame), null);
        String shown = MessageView.rows(Topology.EMPTY, event).get(0).content();
        assertTrue(shown.length() <= 121, shown.length() + " characters in the row");
    }

    @Test
    void aFrameCutInTheMiddleOfACharacterIsStillText() {
        byte[] text = "é".repeat(400).getBytes(StandardCharsets.UTF_8);
        FrameCopy frame = FrameCopy.of(text, text.length);
        assertTrue(FrameText.isText(frame));
        assertTrue(FrameText.content(frame).startsWith("éé"));
    }
}
