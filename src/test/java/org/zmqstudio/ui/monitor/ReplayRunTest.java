package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.recording.RecordedEvent;
import org.zmqstudio.recording.RecordedSnapshot;
import org.zmqstudio.recording.Recording;

/** A recording played back: the numbers of each moment, one message per step, and seeking back and forth. */
class ReplayRunTest {

    private static final Topology PUSH_PULL = new Topology("Push-pull", "", List.of(
            Node.of("push", SocketType.PUSH, 0, 0), Node.of("pull", SocketType.PULL, 300, 0)),
            List.of(Link.between("pull", "push")));

    private static RunSnapshot received(long count) {
        return new RunSnapshot("Push-pull", count, List.of(
                new NodeSnapshot("push", SocketType.PUSH, NodeState.RUNNING, count, 0, 0, 0, 0, 0, 0, 0, LatencySummary.EMPTY, null),
                new NodeSnapshot("pull", SocketType.PULL, NodeState.RUNNING, 0, count, 0, 0, 0, 0, 0, 0, LatencySummary.EMPTY, null)),
                List.of());
    }

    private static RecordedEvent hop(long at, long id) {
        return new RecordedEvent(at, new MessageEvent(id, "push", "push", "pull", "pull->push", at, at + 1, null,
                "msg " + id, 1, List.of()));
    }

    /** Three messages at 100, 200 and 300 ms; the numbers every 250 ms; 1 s long. */
    private static final Recording RECORDING = new Recording(PUSH_PULL, Instant.EPOCH, 0, 1000,
            List.of(new RecordedSnapshot(0, received(0)), new RecordedSnapshot(250, received(2)),
                    new RecordedSnapshot(1000, received(3))),
            List.of(hop(100, 1), hop(200, 2), hop(300, 3)), 0);

    private static long pulled(RunSnapshot snapshot) {
        return snapshot.node("pull").orElseThrow().received();
    }

    @Test
    void playingToTheEndShowsTheFinalNumbersEveryMessageAndStops() {
        ReplayRun replay = new ReplayRun(RECORDING);
        replay.onFrame(0);
        MonitorFrame end = replay.onFrame(2_000_000_000L);

        assertEquals(3, pulled(end.snapshot()));
        assertEquals(3, replay.eventLog().matching("").size());
        assertFalse(replay.playing(), "a replay stops at its end");
        assertEquals(1000, replay.positionMillis());
    }

    @Test
    void eachStepShowsTheNextRecordedMessageOnly() {
        ReplayRun replay = new ReplayRun(RECORDING);
        replay.step();
        assertEquals(List.of(1L), ids(replay));
        assertEquals(100, replay.positionMillis());
        assertFalse(replay.playing());
        replay.step();
        assertEquals(List.of(1L, 2L), ids(replay));
        assertEquals(1, replay.tokens().advance(0).stream().filter(t -> t.messageId() == 2).count(), "its token travels");
    }

    @Test
    void seekingBackShowsTheMessagesAndNumbersOfThatMomentOnly() {
        ReplayRun replay = new ReplayRun(RECORDING);
        replay.seek(1000);
        replay.seek(260);
        assertEquals(List.of(1L, 2L), ids(replay));
        assertEquals(2, pulled(replay.snapshot()));
        assertEquals(0, replay.tokens().inFlight(), "no token left over from later");

        replay.setPlaying(true);
        replay.onFrame(0);
        replay.onFrame(50_000_000L);
        assertEquals(List.of(1L, 2L, 3L), ids(replay), "playing on from there shows the next message");
    }

    @Test
    void playingAtATenthOfTheSpeedTakesTenTimesAsLong() {
        ReplayRun replay = new ReplayRun(RECORDING);
        replay.setSpeed(0.1);
        replay.onFrame(0);
        replay.onFrame(1_000_000_000L);
        assertEquals(100, replay.positionMillis(), 1e-6);
        assertTrue(replay.playing());
    }

    private static List<Long> ids(ReplayRun replay) {
        return replay.eventLog().matching("").stream().map(MessageEvent::messageId).toList();
    }
}
