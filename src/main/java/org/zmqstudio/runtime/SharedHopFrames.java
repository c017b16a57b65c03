package org.zmqstudio.runtime;

/**
 * The shared frames a relay or proxy forwards (frames sent again and again, {@link Trace#shared}),
 * each copied once with the forwarding node as last hop and then reused: the same frame in, by
 * identity, gets the same copy out. A shared frame is never changed by anyone, so identity means
 * equal bytes. Remembers the last frame of each origin, since a relay fed by several senders takes
 * their messages in turn. One per thread.
 */
final class SharedHopFrames {

    private final byte[][] in;
    private final byte[][] out;
    private final int[] hopOf;

    /** @param nodes how many nodes the run has (origins are their indices) */
    SharedHopFrames(int nodes) {
        in = new byte[nodes][];
        out = new byte[nodes][];
        hopOf = new int[nodes];
    }

    /**
     * {@code frame}, whose trailer {@code trace} describes (shared, from an origin of this run), with
     * {@code hop} as last hop: a copy, never the frame itself.
     */
    byte[] withHop(byte[] frame, Trace trace, int hop) {
        int origin = trace.origin;
        if (in[origin] != frame || hopOf[origin] != hop) {
            byte[] copy = frame.clone();
            TraceCodec.updateHop(copy, trace, hop, 0);
            in[origin] = frame;
            out[origin] = copy;
            hopOf[origin] = hop;
        }
        return out[origin];
    }
}
