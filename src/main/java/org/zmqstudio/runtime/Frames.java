package org.zmqstudio.runtime;

import org.zeromq.ZMQ;

/** The frames of one message, reused message after message by one thread. */
final class Frames {

    private byte[][] frames = new byte[4][];
    private int count;
    private long bytes;

    /**
     * Receives one whole message (ZeroMQ delivers every frame or none).
     *
     * @param flags 0 to wait up to the socket's receive timeout, {@link ZMQ#DONTWAIT} not to wait
     * @return false when nothing arrived
     */
    boolean receive(ZMQ.Socket socket, int flags) {
        zmq.Msg first = socket.recvMsg(flags);
        if (first == null) {
            return false;
        }
        receiveRest(first, first.data(), socket);
        return true;
    }

    /**
     * Takes the message whose first frame {@code first} was just received, with the frames that follow
     * it; {@code firstData} is {@code first.data()}, taken once by the caller.
     */
    void receiveRest(zmq.Msg first, byte[] firstData, ZMQ.Socket socket) {
        clear();
        add(firstData);
        zmq.Msg msg = first;
        while (msg.hasMore()) {
            msg = socket.recvMsg(0);
            add(msg.data());
        }
    }

    void clear() {
        count = 0;
        bytes = 0;
    }

    void add(byte[] frame) {
        if (count == frames.length) {
            byte[][] grown = new byte[count * 2][];
            System.arraycopy(frames, 0, grown, 0, count);
            frames = grown;
        }
        frames[count++] = frame;
        bytes += frame.length;
    }

    int count() {
        return count;
    }

    byte[] get(int index) {
        return frames[index];
    }

    byte[] last() {
        return frames[count - 1];
    }

    /** Replaces the last frame by one of the same length (a copy). */
    void setLast(byte[] frame) {
        frames[count - 1] = frame;
    }

    /** Sum of the frame lengths, bytes. */
    long bytes() {
        return bytes;
    }

    /**
     * Index of the first payload frame: after the last empty delimiter, else after the identity a
     * ROUTER prepends, else 0.
     */
    int payloadStart(boolean fromRouter) {
        for (int i = count - 2; i >= 0; i--) {
            if (frames[i].length == 0) {
                return i + 1;
            }
        }
        return fromRouter && count > 1 ? 1 : 0;
    }

    /**
     * Sends every frame as one message. Blocks at most the socket's send timeout for the first
     * frame; the others follow at once (ZeroMQ admits a message whole).
     *
     * @return false when the message could not go out (nothing was sent)
     */
    boolean send(ZMQ.Socket socket) {
        for (int i = 0; i < count - 1; i++) {
            if (!socket.send(frames[i], ZMQ.SNDMORE) && i == 0) {
                return false;
            }
        }
        return socket.send(frames[count - 1], 0) || count > 1;
    }
}
