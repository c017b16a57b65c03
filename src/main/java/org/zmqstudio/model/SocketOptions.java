package org.zmqstudio.model;

/**
 * Optional socket options; {@code null} means "not set, use ZeroMQ's default".
 *
 * @param sndhwm     send high-water mark, messages (1–1,000,000; default 1000)
 * @param rcvhwm     receive high-water mark, messages (1–1,000,000; default 1000)
 * @param linger     milliseconds to keep unsent messages when the socket closes (-1 forever, up to
 *                   {@link Limits#MAX_MILLIS})
 * @param identity   routing identity a ROUTER peer sees (printable, up to {@link Limits#MAX_IDENTITY_BYTES})
 * @param maxMsgSize largest frame accepted, bytes (-1 no limit, up to {@link Limits#MAX_MSG_SIZE_OPTION})
 */
public record SocketOptions(Integer sndhwm, Integer rcvhwm, Integer linger, String identity, Long maxMsgSize) {

    public static final int DEFAULT_HWM = 1000;
    /** The same as {@link Limits#MAX_HWM}. */
    public static final int MAX_HWM = Limits.MAX_HWM;
    public static final SocketOptions NONE = new SocketOptions(null, null, null, null, null);

    public int effectiveSndhwm() {
        return sndhwm == null ? DEFAULT_HWM : sndhwm;
    }

    public int effectiveRcvhwm() {
        return rcvhwm == null ? DEFAULT_HWM : rcvhwm;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public SocketOptions withSndhwm(Integer value) {
        return new SocketOptions(value, rcvhwm, linger, identity, maxMsgSize);
    }

    public SocketOptions withRcvhwm(Integer value) {
        return new SocketOptions(sndhwm, value, linger, identity, maxMsgSize);
    }

    public SocketOptions withLinger(Integer value) {
        return new SocketOptions(sndhwm, rcvhwm, value, identity, maxMsgSize);
    }

    public SocketOptions withIdentity(String value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, value, maxMsgSize);
    }

    public SocketOptions withMaxMsgSize(Long value) {
        return new SocketOptions(sndhwm, rcvhwm, linger, identity, value);
    }
}
