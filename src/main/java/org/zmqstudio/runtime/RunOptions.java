package org.zmqstudio.runtime;

/**
 * How to run a topology.
 *
 * @param allowNetwork   accept endpoints on non-loopback hosts (the user said so explicitly)
 * @param eventsCapacity size of the bounded buffer of sampled message events; when full, new events
 *                       are dropped, never waited for
 */
public record RunOptions(boolean allowNetwork, int eventsCapacity) {

    public static final RunOptions DEFAULTS = new RunOptions(false, 4096);

    public RunOptions withAllowNetwork(boolean value) {
        return new RunOptions(value, eventsCapacity);
    }
}
