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
 */
public record RunOptions(boolean allowNetwork, int eventsCapacity, boolean background) {

    public static final RunOptions DEFAULTS = new RunOptions(false, 4096, false);

    public RunOptions withAllowNetwork(boolean value) {
        return new RunOptions(value, eventsCapacity, background);
    }

    public RunOptions withBackground(boolean value) {
        return new RunOptions(allowNetwork, eventsCapacity, value);
    }
}
