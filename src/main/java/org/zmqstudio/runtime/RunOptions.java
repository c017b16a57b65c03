package org.zmqstudio.runtime;

/**
 * How to run a topology.
 *
 * @param allowNetwork   accept endpoints on non-loopback hosts (the user said so explicitly)
 * @param eventsCapacity size of the bounded buffer of sampled message events; when full, new events
 *                       are dropped, never waited for
 * @param background     run the engine's threads at background priority (best effort, Linux), so
 *                       that a window showing the run stays smooth while the topology keeps every
 *                       core busy; they then also answer later when the window is busy, so latency
 *                       is measured at normal priority (the command line always is)
 * @param startMillis    longest the start (bind, connect, handshakes) may take, ms: then the gate
 *                       opens with the connections that are up, and the run names the links that are
 *                       not; a bind not done by then fails the run
 * @param events         whether anyone reads the sampled message events ({@code RunHandle.drainEvents}):
 *                       without a reader (the command line) none is built, so none costs the node
 *                       threads anything
 * @param startHeld      start in step mode: every sender is held when the gate opens, so the first
 *                       message waits for {@code RunHandle.step} (the window's Run paused)
 * @param speed          the run's speed when the gate opens, {@link RunSpeed#MIN} to {@link RunSpeed#MAX}
 */
public record RunOptions(boolean allowNetwork, int eventsCapacity, boolean background, long startMillis,
                         boolean events, boolean startHeld, double speed) {

    public static final RunOptions DEFAULTS = new RunOptions(false, 4096, false, 10_000, true, false, RunSpeed.MAX);

    /**
     * What a window showing a run at background priority must say beside its figures: a flat-out run
     * measured 2.3-3.6k msgs/s there where the same topology did up to 580k/s headless.
     */
    public static final String HELD_DOWN_NOTE = "Rates held down: the run's threads yield to the window."
            + " For the topology's own figures run it headless: zmq-studio run FILE --report PATH.";

    /**
     * Whether the figures of this run are held down by the window it runs under: at background
     * priority its threads get only the CPU the window leaves, so flat-out rates and latencies are
     * not the topology's own ({@link #HELD_DOWN_NOTE}).
     */
    public boolean figuresHeldDown() {
        return background;
    }

    public RunOptions withAllowNetwork(boolean value) {
        return new RunOptions(value, eventsCapacity, background, startMillis, events, startHeld, speed);
    }

    public RunOptions withBackground(boolean value) {
        return new RunOptions(allowNetwork, eventsCapacity, value, startMillis, events, startHeld, speed);
    }

    public RunOptions withStartMillis(long value) {
        return new RunOptions(allowNetwork, eventsCapacity, background, value, events, startHeld, speed);
    }

    public RunOptions withEvents(boolean value) {
        return new RunOptions(allowNetwork, eventsCapacity, background, startMillis, value, startHeld, speed);
    }

    public RunOptions withStartHeld(boolean value) {
        return new RunOptions(allowNetwork, eventsCapacity, background, startMillis, events, value, speed);
    }

    public RunOptions withSpeed(double value) {
        return new RunOptions(allowNetwork, eventsCapacity, background, startMillis, events, startHeld, value);
    }
}
