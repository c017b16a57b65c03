package org.zmqstudio.cli;

import java.util.concurrent.TimeUnit;
import org.zmqstudio.runtime.RunHandle;

/**
 * Stops a run without ever hanging the command line. {@link RunHandle#stop()} promises to return
 * within a second, but it ends by closing the JeroMQ context, and that waits forever when JeroMQ's
 * reaper thread has died (its rare NullPointerException while closing inproc pipes). So the stop
 * runs on a helper thread, and the caller goes on after a bounded wait; the final snapshot can still
 * be taken, since {@link RunHandle#snapshot()} does not wait for the stop.
 */
final class BoundedStop {

    /** Well over the 1 s that a stop takes when JeroMQ is healthy. */
    static final long WAIT_SECONDS = 3;

    private BoundedStop() {
    }

    /** @return whether the run stopped within {@link #WAIT_SECONDS} */
    static boolean stop(RunHandle run) {
        Thread stopper = new Thread(run::stop, "zmq-studio-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !stopper.isAlive();
    }

    /** The sentence for a run that did not stop in time. */
    static String notStoppedSentence() {
        return "the engine did not close its sockets within " + WAIT_SECONDS
                + " s (JeroMQ's reaper thread failed); the numbers above are final";
    }
}
