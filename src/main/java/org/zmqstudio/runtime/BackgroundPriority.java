package org.zmqstudio.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Background scheduling priority for the threads of a run shown in a window: a topology running flat
 * out keeps every core busy with one thread per socket, and at equal priority the scheduler gives the
 * UI's two threads (events and rendering) their one-in-a-hundred share, so frames arrive late. At a
 * lower priority the engine still gets every cycle the UI leaves.
 * <p>
 * Best effort: Linux only (a thread's own nice value, which any thread may raise), through JNA
 * because {@link Thread#setPriority} is ignored on Linux without a JVM flag. Elsewhere, or when the
 * C library cannot be reached, threads keep their priority.
 */
final class BackgroundPriority {

    /** The nice value the engine's threads take: one above the lowest, so that idle-time work still yields to them. */
    static final int NICE = 18;
    private static final int PRIO_PROCESS = 0;
    private static final int CALLING_THREAD = 0;

    private BackgroundPriority() {
    }

    /** {@code body}, run by a thread that first lowers its own priority. */
    static Runnable lowering(Runnable body) {
        return () -> {
            lowerCurrentThread();
            body.run();
        };
    }

    /**
     * Lowers the calling thread's priority to {@link #NICE}; returns whether it could. On Linux the
     * nice value is the thread's own ({@code setpriority} with who = 0 names the caller only). Threads
     * the calling thread starts inherit it: JeroMQ's reaper and I/O threads, started by the first
     * socket thread that opens a socket, run at the same priority, which suits them.
     */
    static boolean lowerCurrentThread() {
        try {
            return Platform.isLinux() && CLibrary.INSTANCE.setpriority(PRIO_PROCESS, CALLING_THREAD, NICE) == 0;
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }

    /** The one C call needed, bound on first use. */
    private interface CLibrary extends Library {
        CLibrary INSTANCE = Native.load("c", CLibrary.class);

        int setpriority(int which, int who, int prio);
    }
}
