package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} on paths that are not plain files refuses them at once with one E_FILE line,
 * without opening them: a device never ends and a FIFO without a writer blocks whoever opens it.
 * The timeout runs the test in its own thread, so a hang fails the test instead of the build.
 */
@Timeout(value = 10, threadMode = ThreadMode.SEPARATE_THREAD)
class ValidateSpecialFilesTest {

    private static final String NOT_A_FILE = ": ERROR E_FILE is a device, a pipe or a socket, not a topology file; "
            + "a topology file is a plain file";

    @TempDir
    Path folder;

    @Test
    void anEndlessDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");

        assertRefused(zero, zero + NOT_A_FILE);
    }

    @Test
    void aFifoWithNoWriterIsRefusedWithoutBlocking() throws Exception {
        Path fifo = folder.resolve("pipe.json");
        assumeTrue(makeFifo(fifo), "mkfifo is not available");

        assertRefused(fifo, fifo + NOT_A_FILE);
    }

    @Test
    void aFolderIsRefused() {
        assertRefused(folder, folder + ": ERROR E_FILE is a folder, not a topology file");
    }

    private static void assertRefused(Path path, String expectedLine) {
        CommandLineRun run = CommandLineRun.of("validate", path.toString());

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(List.of(expectedLine), run.outLines());
        assertEquals("1 file checked: 1 error in 1 file, 0 warnings\n", run.err());
        assertFalse(run.leaksInternals(), run.out() + run.err());
    }

    /** Whether {@code mkfifo} made the FIFO; {@code false} when the command is missing. */
    private static boolean makeFifo(Path fifo) throws InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0 && Files.exists(fifo);
        } catch (IOException noSuchCommand) {
            return false;
        }
    }
}
