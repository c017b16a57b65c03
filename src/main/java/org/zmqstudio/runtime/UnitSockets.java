package org.zmqstudio.runtime;

import org.zeromq.ZMQ;

/** The open sockets of one unit, as its behaviour loop sees them. Used on the unit's thread only. */
interface UnitSockets {

    ZMQ.Socket socket(int node);

    /** Closes the node's socket and opens, binds and connects a fresh one (Lazy Pirate). */
    ZMQ.Socket reopen(int node);

    /** Whether the node's control asks to stop at once (run stopping, node killed or paused). */
    boolean interrupted(int node);
}
