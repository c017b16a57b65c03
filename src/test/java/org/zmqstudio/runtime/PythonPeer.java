package org.zmqstudio.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A ZeroMQ peer outside the JVM: a python3 script on pyzmq (libzmq), in its own process. The script
 * prints one line per message it received, each frame in hex, frames separated by commas (an empty
 * frame is an empty field), and exits 0 when it did what it was asked. {@link #finish} waits for it,
 * bounded, and kills it when the time is up.
 */
final class PythonPeer implements AutoCloseable {

    /** Lines every script starts with: zmq, and how to print a message. */
    private static final String PRELUDE = """
            import sys, zmq
            ctx = zmq.Context()
            def show(frames):
                print(",".join(f.hex() for f in frames), flush=True)
            """;

    private final Process process;
    private final CompletableFuture<String> out;
    private final CompletableFuture<String> err;

    private PythonPeer(Process process) {
        this.process = process;
        this.out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        this.err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    }

    /** Starts {@code python -c PRELUDE+script args...}. */
    static PythonPeer start(String python, String script, Object... args) {
        List<String> command = new ArrayList<>(List.of(python, "-c", PRELUDE + script));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        try {
            return new PythonPeer(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for the script to end, at most {@code seconds}; the messages it printed, each a list of
     * frames. Fails when it did not end in time or exited with an error.
     */
    List<List<byte[]>> finish(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the python peer did not finish within " + seconds + " s; stderr: "
                    + err.get(2, TimeUnit.SECONDS));
        }
        String stdout = out.get(2, TimeUnit.SECONDS);
        if (process.exitValue() != 0) {
            throw new AssertionError("the python peer exited " + process.exitValue() + ": "
                    + err.get(2, TimeUnit.SECONDS) + " stdout: " + stdout);
        }
        List<List<byte[]>> messages = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<byte[]> frames = new ArrayList<>();
            for (String frame : line.split(",", -1)) {
                frames.add(HexFormat.of().parseHex(frame));
            }
            messages.add(frames);
        }
        return messages;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** A loopback tcp port free right now. */
    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
