package org.zmqstudio.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;

/**
 * A running topology. Every method may be called from any thread, returns promptly and never blocks
 * on a socket: controls are handed to the node's own thread, which acts on them at its next poll.
 * Unknown node ids are ignored.
 */
public interface RunHandle extends AutoCloseable {

    /**
     * The numbers now, from the handle's own reader: rates cover the time since the previous call of
     * this method. Cheap enough to call once per frame. A reader that wants rates of its own asks for
     * a {@link #reader()}.
     */
    RunSnapshot snapshot();

    /**
     * A new view of the run whose snapshots carry rates since its own previous one; reading through one
     * view changes nothing another view or {@link #snapshot()} sees. One thread at a time per view.
     */
    Supplier<RunSnapshot> reader();

    /**
     * The links whose connection was not up when the start gate opened (tcp handshakes not done
     * within the start time): their messages wait until it is. Empty before the gate and when all were up.
     */
    List<String> notConnected();

    /**
     * Per node an external node connects to, how many peers are connected to it and have been, in a
     * few words (ZeroMQ monitor events), e.g. {@code server -> "1 peer connected (3 connections
     * accepted in all)"}; empty when no external node connects to a studio node.
     */
    Map<String, String> peersConnected();

    /**
     * The lost, filtered and in-flight messages of {@code snapshot}, one of this run's, under their
     * causes and places ({@link org.zmqstudio.metrics.LossCauses}); the rows add up to its counters.
     */
    List<LossRow> losses(RunSnapshot snapshot);

    /** Takes up to {@code max} sampled message events, oldest first; never waits. */
    List<MessageEvent> drainEvents(int max);

    RunPhase phase();

    /**
     * Why the run failed, in one plain sentence naming the node and endpoint: a socket that could not
     * start ({@link #phase()} is FAILED), or a node's socket that failed while the run went on. The one
     * place where a run's failure is decided; empty for a clean run.
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
     * Slows the run itself to {@code speed} × real time ({@link RunSpeed}: senders' pace, work per
     * message and request timeouts scale with it), clamped to {@link RunSpeed#MIN}–{@link RunSpeed#MAX}.
     */
    void setSpeed(double speed);

    /**
     * Stops every thread and closes every socket and the context; returns within 1 s even with full
     * queues or dead peers. JeroMQ's close of the context may go on after ({@link #awaitClosed}).
     * Idempotent. Afterwards {@link #snapshot()} still gives the final numbers.
     */
    void stop();

    /**
     * After {@link #stop()}: waits up to {@code millis} ms for JeroMQ to finish closing the context;
     * false when it has not (its reaper is slow on a loaded machine, or died: sockets may then stay
     * open until the program ends). True before a stop.
     */
    boolean awaitClosed(long millis);

    @Override
    default void close() {
        stop();
    }
}
