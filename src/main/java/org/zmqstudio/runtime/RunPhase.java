package org.zmqstudio.runtime;

/** Where a run is in its life. */
public enum RunPhase {
    /** Binding, connecting and waiting for the connections before the start gate opens. */
    STARTING,
    RUNNING,
    /** Every bounded sender has finished and nothing has moved for 500 ms; threads still run until stop. */
    DRAINED,
    /** A socket failed to start (a port in use, say): every socket is already closed. */
    FAILED,
    STOPPED
}
