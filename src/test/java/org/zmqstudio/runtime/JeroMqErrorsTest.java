package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zeromq.ZContext;

/** What JeroMQ's own threads cannot hand to a socket reaches the user as one line, or not at all at a stop. */
@Timeout(10)
class JeroMqErrorsTest {

    @Test
    void aChannelClosedUnderAnIoThreadIsDroppedAndAnythingElseIsOneLineWithoutAStackTrace() {
        try (ZContext zmq = new ZContext(1)) {
            JeroMqErrors.quiet(zmq);
            Thread io = new Thread(() -> { }, "iothread-1");
            String printed = stderrOf(() -> {
                zmq.getNotificationExceptionHandler().uncaughtException(io, new ClosedChannelException());
                zmq.getUncaughtExceptionHandler().uncaughtException(io, new java.nio.BufferOverflowException());
            });
            assertEquals("JeroMQ (iothread-1): java.nio.BufferOverflowException" + System.lineSeparator(), printed);
        }
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
