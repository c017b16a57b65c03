package org.zmqstudio.runtime;

/**
 * The shared frames a relay or proxy forwards (frames sent again and again, {@link Trace#shared}),
 * each copied once with the forwarding node as last hop and then reused: the same frame in, by
 * identity, gets the same copy out. A shared frame is never changed by anyone, so identity means
 * equal bytes. One per thread; remembers one frame per topic.
 */
final class SharedHopFrames {

    private final byte[][] in = new byte[256][];
    private final byte[][] out = new byte[256][];
    private final int[] hopOf = new int[256];

    /** {@code frame}, whose trailer {@code trace} describes, with {@code hop} as last hop: a copy, never the frame itself. */
    byte[] withHop(byte[] frame, Trace trace, int hop) {
        int slot = trace.topic;
        if (in[slot] != frame || hopOf[slot] != hop) {
            byte[] copy = frame.clone();
            TraceCodec.updateHop(copy, trace, hop, 0);
            in[slot] = frame;
            out[slot] = copy;
            hopOf[slot] = hop;
        }
        return out[slot];
    }
}
