package org.zmqstudio.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zmqstudio.Eventually;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFiles;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;

/** Recordings written while a real run goes on, read back whole, and the files a reader refuses. */
@Timeout(30)
class RecordingTest {

    @TempDir
    Path folder;

    /** The pipeline example (inproc only: no port to clash). */
    private static Topology pipeline() throws Exception {
        return TopologyFiles.load(Path.of("topologies", "parallel-pipeline.json"));
    }

    private static RunSnapshot small(long sent) {
        return new RunSnapshot("t", 10, List.of(new NodeSnapshot("a", SocketType.PUSH, NodeState.RUNNING, sent, 0, 0,
                0, sent, 0, 1.5, 0, LatencySummary.EMPTY, null)), List.of());
    }

    private Path written(Topology topology, int snapshots) throws Exception {
        Path file = folder.resolve("run.jsonl");
        try (RecordingWriter writer = RecordingWriter.create(file, topology, Instant.parse("2026-12-04T19:00:00Z"), 5)) {
            for (int i = 0; i < snapshots; i++) {
                writer.snapshot(i * 250L, small(i));
            }
            writer.events(300, List.of(new MessageEvent(7, "a", "a", "b", "b->a", 10, 20, null, "msg 1", 1, List.of())));
            writer.finish(1000, small(99));
        }
        return file;
    }

    @Test
    void aRecordedPipelineRunReadsBackWithItsFinalCountsEventsAndTopology() throws Exception {
        Topology topology = pipeline();
        Path file = folder.resolve("pipeline.jsonl");
        RunSnapshot last;
        try (RunHandle run = Engine.start(topology, RunOptions.DEFAULTS)) {
            RunRecorder recorder = RunRecorder.start(run, topology, file);
            Eventually.await(Duration.ofSeconds(20), () -> run.snapshot().node("sink").orElseThrow().received() >= 20);
            run.stop();
            last = run.snapshot();
            recorder.finish(last);
        }
        Recording recording = RecordingReader.read(file);

        assertEquals(topology, recording.topology());
        assertEquals(last, recording.last(), "the final numbers, exactly");
        assertTrue(recording.snapshots().size() >= 2, "snapshots along the way and the final one");
        assertFalse(recording.events().isEmpty(), "sampled message hops");
        assertTrue(recording.snapshotAt(recording.durationMillis()).isPresent());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aRecordingGivesTheSnapshotOfEachMomentAndTheEventsAfterIt() throws Exception {
        Recording recording = RecordingReader.read(written(pipeline(), 4));
        assertEquals(5, recording.originNanos());
        assertTrue(recording.snapshotAt(-1).isEmpty());
        assertEquals(2, recording.snapshotAt(600).orElseThrow().node("a").orElseThrow().sent());
        assertEquals(99, recording.last().node("a").orElseThrow().sent());
        assertEquals(0, recording.firstEventAfter(299));
        assertEquals(1, recording.firstEventAfter(300));
        assertEquals(1.5, recording.last().nodes().get(0).sentPerSecond());
    }

    @Test
    void aTruncatedRecordingIsRefusedWithOneSentence() throws Exception {
        Path file = written(pipeline(), 3);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 40));
        RecordingException refused = assertThrows(RecordingException.class, () -> RecordingReader.read(file));
        assertEquals("run.jsonl is truncated: the recording ends before its last line.", refused.getMessage());

        List<String> lines = Files.readAllLines(file);
        Files.write(folder.resolve("run.jsonl"), lines.subList(0, 2));
        assertThrows(RecordingException.class, () -> RecordingReader.read(file), "cut at a line's end");
    }

    @Test
    void aFileThatIsNotARecordingIsRefusedWithOneSentence() throws Exception {
        Path topologyFile = Path.of("topologies", "parallel-pipeline.json");
        RecordingException refused = assertThrows(RecordingException.class, () -> RecordingReader.read(topologyFile));
        assertEquals("parallel-pipeline.json is not a ZMQ Studio recording.", refused.getMessage());

        Path binary = folder.resolve("noise.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n'});
        assertEquals("noise.bin is not a ZMQ Studio recording.",
                assertThrows(RecordingException.class, () -> RecordingReader.read(binary)).getMessage());
        Path empty = Files.createFile(folder.resolve("empty.jsonl"));
        assertEquals("empty.jsonl is not a ZMQ Studio recording.",
                assertThrows(RecordingException.class, () -> RecordingReader.read(empty)).getMessage());
    }

    @Test
    void aRecordingOfANewerVersionIsRefusedWithOneSentence() throws Exception {
        Path file = written(pipeline(), 2);
        String text = Files.readString(file).replaceFirst("\"version\":1", "\"version\":2");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertEquals("run.jsonl is a recording of format version 2, newer than this ZMQ Studio reads (1): open it with a newer one.",
                assertThrows(RecordingException.class, () -> RecordingReader.read(file)).getMessage());
    }

    @Test
    void anUnfinishedRecordingLeavesNoFileBehind() throws Exception {
        Path file = folder.resolve("cut.jsonl");
        try (RecordingWriter writer = RecordingWriter.create(file, pipeline(), Instant.now(), 0)) {
            writer.snapshot(0, small(1));
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void eventsBeyondTheirShareOfASecondAreLeftOutAndCounted() throws Exception {
        Path file = folder.resolve("many.jsonl");
        MessageEvent event = new MessageEvent(1, "a", "a", "b", "b->a", 1, 2, null, "m", 1, List.of());
        try (RecordingWriter writer = RecordingWriter.create(file, pipeline(), Instant.now(), 0)) {
            writer.events(10, Collections.nCopies(RecordingWriter.EVENTS_PER_SECOND + 50, event));
            writer.events(1010, List.of(event));
            writer.finish(1100, small(3));
        }
        Recording recording = RecordingReader.read(file);
        assertEquals(RecordingWriter.EVENTS_PER_SECOND + 1, recording.events().size());
        assertEquals(50, recording.eventsLeftOut());
    }
}
