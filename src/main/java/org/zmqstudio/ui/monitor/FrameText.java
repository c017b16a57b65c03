package org.zmqstudio.ui.monitor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.zmqstudio.metrics.FrameCopy;

/**
 * How the message view writes a frame: as text when its kept bytes are printable UTF-8, else as hex;
 * a routing identity as a readable id. Pure.
 */
final class FrameText {

    private FrameText() {
    }

    /** The frame's kept bytes as text, or as hex ({@code 00 80 00 00 29}) when they are not printable. */
    static String content(FrameCopy frame) {
        String text = printable(frame.head());
        return text != null ? text : hex(frame.head());
    }

    /** Whether {@link #content} shows the frame as text. */
    static boolean isText(FrameCopy frame) {
        return printable(frame.head()) != null;
    }

    /** {@code 12 B}, or {@code 10,485,760 B (first 512 shown)} for a frame cut to its first bytes. */
    static String size(FrameCopy frame) {
        String size = String.format(Locale.ROOT, "%,d B", frame.size());
        return frame.cut() ? size + " (first " + frame.head().length + " shown)" : size;
    }

    /**
     * A routing identity in words: its text when printable ({@code 'client-a'}), else ZeroMQ's generated
     * id in hex; with the peer it stands for when known.
     *
     * @param peer the node the identity names, or {@code null}
     */
    static String identity(FrameCopy frame, String peer) {
        String text = printable(frame.head());
        String id = text != null ? "'" + text + "'" : "generated id " + hex(frame.head());
        return peer == null ? "identity " + id : "identity of " + peer + ": " + id;
    }

    /** The bytes as text when they are valid UTF-8 without control characters (tab and line breaks aside), else {@code null}. */
    private static String printable(byte[] bytes) {
        if (bytes.length == 0) {
            return "";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // A frame cut in the middle of a character may end malformed: its start can still be text.
            return bytes.length == FrameCopy.HEAD_BYTES && bytes.length > 4
                    ? printable(Arrays.copyOf(bytes, lastCharStart(bytes))) : null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return null;
            }
        }
        return text;
    }

    /** Index of the first byte of the last (maybe incomplete) UTF-8 character. */
    private static int lastCharStart(byte[] bytes) {
        int i = bytes.length - 1;
        while (i > 0 && (bytes[i] & 0xC0) == 0x80) {
            i--;
        }
        return i;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }
}
