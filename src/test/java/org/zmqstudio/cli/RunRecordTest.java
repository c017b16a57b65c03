package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zmqstudio.recording.Recording;
import org.zmqstudio.recording.RecordingReader;

/** {@code run FILE --record OUT}: a recording the window can replay, with the run's final numbers. */
@Timeout(60)
class RunRecordTest {

    private static final String PUSH_PULL = """
            { "format": "zmq-studio/topology", "version": 1, "name": "Recorded",
              "nodes": [
                { "id": "vent", "socket": "PUSH", "endpoint": "inproc://recorded",
                  "behavior": { "kind": "produce", "count": 300, "rate": 200 } },
                { "id": "sink", "socket": "PULL", "behavior": { "kind": "consume" } } ],
              "links": [ { "connect": "sink", "bind": "vent" } ] }
            """;

    @TempDir
    Path folder;

    @Test
    void aRecordedRunWritesARecordingWithItsFinalCountsAndEvents() throws Exception {
        Path file = Files.writeString(folder.resolve("push-pull.json"), PUSH_PULL);
        Path out = folder.resolve("push-pull.jsonl");

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--record", out.toString(), "--duration", "20");

        assertEquals(0, run.exitCode(), run.err());
        Recording recording = RecordingReader.read(out);
        assertEquals(300, recording.last().node("sink").orElseThrow().received());
        assertFalse(recording.events().isEmpty(), "sampled hops, for the tokens of a replay");
        assertEquals("Recorded", recording.topology().name());
    }

    @Test
    void aRecordingIntoAMissingFolderIsRefusedAndNothingStarts() throws Exception {
        Path file = Files.writeString(folder.resolve("push-pull.json"), PUSH_PULL);

        CommandLineRun run = CommandLineRun.of("run", file.toString(), "--record", folder.resolve("no/where.jsonl").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot write the recording to") && run.err().contains("no such folder; nothing was started"),
                run.err());
    }
}
