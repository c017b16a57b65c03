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
 */
public record RunOptions(boolean allowNetwork, int eventsCapacity, boolean background, long startMillis,
                         boolean events) {

    public static final RunOptions DEFAULTS = new RunOptions(false, 4096, false, 10_000, true);

    public RunOptions withAllowNetwork(boolean value) {
        return new RunOptions(value, eventsCapacity, background, startMillis, events);
    }

    public RunOptions withBackground(boolean value) {
        return new RunOptions(allowNetwork, eventsCapacity, value, startMillis, events);
    }

    public RunOptions withStartMillis(long value) {
        return new RunOptions(allowNetwork, eventsCapacity, background, value, events);
    }

    public RunOptions withEvents(boolean value) {
        return new RunOptions(allowNetwork, eventsCapacity, background, startMillis, value);
    }
}
