package org.zmqstudio.runtime;

import org.zmqstudio.model.Topology;

/** Runs topologies for real with JeroMQ (DESIGN.md §5). */
public final class Engine {

    private Engine() {
    }

    /**
     * Starts a topology that the {@code Validator} found free of errors: binds every socket, connects
     * every link, waits for the connections, then opens the start gate. Returns once the gate is open,
     * or once the start failed ({@link RunPhase#FAILED}, every socket already closed).
     *
     * @throws IllegalArgumentException when the topology has validation errors (nothing is started)
     */
    public static RunHandle start(Topology topology, RunOptions options) {
        throw new UnsupportedOperationException("the runtime engine is being built (issue 3)");
    }
}
