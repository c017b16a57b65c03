package org.zmqstudio.runtime;

import java.util.List;
import java.util.Optional;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;

/**
 * A running topology. Every method may be called from any thread, returns promptly and never blocks
 * on a socket: controls are handed to the node's own thread, which acts on them at its next poll.
 * Unknown node ids are ignored.
 */
public interface RunHandle extends AutoCloseable {

    /** The numbers now; cheap enough to call once per frame. Rates cover the time since the previous call. */
    RunSnapshot snapshot();

    /** Takes up to {@code max} sampled message events, oldest first; never waits. */
    List<MessageEvent> drainEvents(int max);

    RunPhase phase();

    /**
     * Why the run failed, in one plain sentence naming the node and endpoint, when {@link #phase()} is
     * FAILED; or, after {@link #stop()}, why the stop could not close everything (JeroMQ failed).
     */
    Optional<String> failure();

    /** Stops the node receiving (sending too, for a sender): its queues fill to the high-water mark. */
    void pause(String nodeId);

    void resume(String nodeId);

    /** Closes the node's socket (and its driven peer's, for a relay or proxy): its peers see it vanish. */
    void kill(String nodeId);

    /** Reopens a killed node's socket, binds or connects it again and resumes its behaviour. */
    void restart(String nodeId);

    /** Changes the simulated work per message of a reply, consume or relay node while it runs, ms. */
    void setWorkMillis(String nodeId, long workMillis);

    /**
     * In step mode every sender waits for {@link #step()} before each message it originates; relays,
     * proxies and replies still forward at once, so one step moves one message through the graph.
     */
    void setStepMode(boolean stepMode);

    /** Lets one waiting sender (the one waiting longest) send one message. No effect outside step mode. */
    void step();

    /**
     * Stops every thread and closes every socket and the context; returns within 1 s even with full
     * queues or dead peers, and even when JeroMQ itself cannot close (then {@link #failure()} says so).
     * Idempotent. Afterwards {@link #snapshot()} still gives the final numbers.
     */
    void stop();

    @Override
    default void close() {
        stop();
    }
}
