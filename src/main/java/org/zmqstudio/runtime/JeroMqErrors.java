package org.zmqstudio.runtime;

import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import org.zeromq.ZContext;

/**
 * What JeroMQ's own threads (I/O, reaper) do with an exception they cannot hand to a socket: by
 * default they print its stack trace, which a user takes for a crash of the studio. A channel closed
 * under an I/O thread while a run stops is expected and is dropped; anything else is said in one line
 * on stderr.
 */
final class JeroMqErrors {

    private JeroMqErrors() {
    }

    static void quiet(ZContext zmq) {
        Thread.UncaughtExceptionHandler oneLine = (thread, error) -> {
            if (!(error instanceof ClosedChannelException || error instanceof ClosedSelectorException)) {
                System.err.println("JeroMQ (" + thread.getName() + "): " + error);
            }
        };
        zmq.setUncaughtExceptionHandler(oneLine);
        zmq.setNotificationExceptionHandler(oneLine);
    }
}
