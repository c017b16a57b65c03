package org.zmqstudio.metrics;

import java.util.Arrays;

/**
 * The start of one frame of a sampled message, kept for the message view: at most
 * {@value #HEAD_BYTES} bytes, whatever the frame's size, so that a huge frame costs the node thread
 * and the window no more than a small one.
 *
 * @param head the first bytes of the frame (a copy: the record's own, not to be changed)
 * @param size the frame's whole size in bytes
 */
public record FrameCopy(byte[] head, int size) {

    /** Bytes kept of each frame. */
    public static final int HEAD_BYTES = 512;
    /** Frames kept of each message; a message of more keeps its first ones. */
    public static final int MAX_FRAMES = 64;

    /** The first {@value #HEAD_BYTES} bytes of {@code bytes[0..size)}. */
    public static FrameCopy of(byte[] bytes, int size) {
        return new FrameCopy(Arrays.copyOf(bytes, Math.min(size, HEAD_BYTES)), size);
    }

    /** Whether bytes beyond {@link #head} were not kept. */
    public boolean cut() {
        return head.length < size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrameCopy f && size == f.size && Arrays.equals(head, f.head);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(head) + size;
    }

    @Override
    public String toString() {
        return "FrameCopy[" + size + " bytes]";
    }
}
