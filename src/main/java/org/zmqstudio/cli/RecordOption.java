package org.zmqstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.recording.RunRecorder;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import picocli.CommandLine.Option;

/**
 * {@code run --record OUT}: records the run (docs/recording-format.md) for the window to replay. A
 * picocli mixin of {@link RunCommand}: check, start after the run started, finish after it stopped.
 */
final class RecordOption {

    @Option(names = "--record", paramLabel = "OUT",
            description = "Record the run to OUT (JSON Lines, docs/recording-format.md) for the window to replay.")
    private Path out;

    private RunRecorder recorder;

    /** The run's options: sampled message events are made when the run is recorded. */
    RunOptions apply(RunOptions options) {
        return out == null ? options : options.withEvents(true);
    }

    /** Why the recording cannot go where --record says (a missing folder, the topology file), or empty. */
    Optional<String> problem(Path topologyFile) {
        if (out == null) {
            return Optional.empty();
        }
        Path target = out.toAbsolutePath().normalize();
        if (!Files.isDirectory(target.getParent())) {
            return Optional.of("cannot write the recording to " + out + ": no such folder");
        }
        if (target.equals(topologyFile.toAbsolutePath().normalize())) {
            return Optional.of("cannot write the recording to " + out + ": it is the topology file being run");
        }
        return Optional.empty();
    }

    /** Starts recording the run, when asked to; false (and a message) when the file cannot be made. */
    boolean start(RunHandle handle, Topology topology, PrintWriter err) {
        if (out == null) {
            return true;
        }
        try {
            recorder = RunRecorder.start(handle, topology, out);
            return true;
        } catch (IOException e) {
            err.println("run: cannot write the recording to " + out + ": " + e.getMessage());
            return false;
        }
    }

    /** Writes the final numbers and puts the recording in place; false (and a message) when it failed. */
    boolean finish(RunSnapshot last, PrintWriter err) {
        if (recorder == null) {
            return out == null;
        }
        try {
            recorder.finish(last);
            return true;
        } catch (IOException e) {
            err.println("run: cannot write the recording to " + out + ": " + e.getMessage());
            return false;
        }
    }
}
