package org.zmqstudio.runtime;

/**
 * A behaviour's work, done in small steps on its unit's thread; the thread looks at the stop flag and
 * the user's controls between steps.
 */
interface NodeLoop {

    /** Messages a loop handles per step at most, between two looks at the controls. */
    int BATCH = 64;

    /** Does a bounded piece of work and returns within about one poll interval. */
    void step();

    /** The unit's sockets were closed (kill, restart): forget state tied to the old ones. */
    default void socketsClosed() {
    }

    /** The node was paused and goes on now: no burst to catch up the time lost. */
    default void resumed() {
    }

    /** The run is over: release what the loop holds besides the sockets. */
    default void close() {
    }

    /** Whether a bounded sender has sent all it had to (or a requester gave up). */
    default boolean done() {
        return false;
    }
}
