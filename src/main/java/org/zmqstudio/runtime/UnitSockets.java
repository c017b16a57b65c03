package org.zmqstudio.runtime;

import org.zeromq.ZMQ;

/** The open sockets of one unit, as its behaviour loop sees them. Used on the unit's thread only. */
interface UnitSockets {

    ZMQ.Socket socket(int node);

    /** Closes the node's socket and opens, binds and connects a fresh one (Lazy Pirate). */
    ZMQ.Socket reopen(int node);

    /** Whether a send under way must give up: the run is stopping or the unit was killed (a pause waits). */
    boolean interrupted();
}
