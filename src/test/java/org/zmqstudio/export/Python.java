package org.zmqstudio.export;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds a python3 that can {@code import zmq} (Debian's python3-zmq), for the tests that run exported scripts. */
public final class Python {

    private Python() {
    }

    /** The first of {@code python3} on the PATH and {@code /usr/bin/python3} that imports zmq, if any. */
    public static Optional<String> withZmq() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process process = new ProcessBuilder(candidate, "-c", "import zmq").redirectErrorStream(true).start();
                if (process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(candidate);
                }
                process.destroyForcibly();
            } catch (IOException e) {
                // not installed under that name: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
