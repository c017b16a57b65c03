package org.zmqstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.AtomicFile;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.runtime.RunPhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run FILE [--duration SECONDS] [--report PATH|-] [--allow-network]} (DESIGN.md §6): runs a
 * topology headless with a summary line per second on stderr, then writes the run report.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Runs a topology for real, without the window.",
                "Prints a one-line summary on stderr once a second. Stops at --duration, or",
                "earlier once every bounded sender has finished and nothing has moved for",
                "500 ms, or on Ctrl+C. Problems are printed as 'validate' prints them (here",
                "on stderr); a topology with errors is not started.",
                "Exit status: 0 after a clean run, 1 when the run failed (a port in use,",
                "say), 2 on invalid input (nothing was started)."})
final class RunCommand implements Callable<Integer> {

    static final double MAX_DURATION_SECONDS = 24 * 60 * 60;
    private static final long SUMMARY_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long POLL_MILLIS = 20;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Topology file to run.")
    private Path file;

    private double durationSeconds = 10;

    @Option(names = "--report", paramLabel = "PATH|-",
            description = "Write the JSON run report to PATH, or to stdout with '-'.")
    private String report;

    @Option(names = "--allow-network", description = "Accept endpoints on non-loopback hosts.")
    private boolean allowNetwork;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop after this many seconds at the latest (default: ${DEFAULT-VALUE}; at most one day).")
    void setDuration(double seconds) {
        if (!(seconds > 0 && seconds <= MAX_DURATION_SECONDS)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--duration must be more than 0 and at most %.0f seconds (one day), not %s",
                    MAX_DURATION_SECONDS, seconds));
        }
        durationSeconds = seconds;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TopologyCheck check = TopologyCheck.of(file, allowNetwork);
        check.lines().forEach(err::println);
        if (check.hasErrors()) {
            err.println(spec.qualifiedName() + ": " + file + " has " + check.errors()
                    + (check.errors() == 1 ? " error" : " errors") + "; nothing was started");
            return ExitCodes.INVALID_INPUT;
        }
        Path reportFile = report == null || report.equals("-") ? null : Path.of(report);
        if (reportFile != null && !Files.isDirectory(reportFile.toAbsolutePath().getParent())) {
            err.println(spec.qualifiedName() + ": cannot write the report to " + reportFile
                    + ": no such folder; nothing was started");
            return ExitCodes.INVALID_INPUT;
        }
        try (StopOnCtrlC ctrlC = StopOnCtrlC.install()) {
            int exitCode = run(check.topology(), ctrlC, err);
            // Before the Ctrl+C hook is released: the JVM may halt right after.
            spec.commandLine().getOut().flush();
            err.flush();
            return exitCode;
        }
    }

    private int run(Topology topology, StopOnCtrlC ctrlC, PrintWriter err) {
        RunHandle handle = Engine.start(topology, RunOptions.DEFAULTS.withAllowNetwork(allowNetwork));
        if (handle.phase() == RunPhase.FAILED) {
            handle.stop();
            return failedToStart(handle, err);
        }
        RunSummaryLine summary = new RunSummaryLine(topology);
        Ending ending;
        try {
            ending = watch(handle, summary, ctrlC, err);
        } catch (RuntimeException e) {
            handle.stop();
            throw e;
        }
        handle.stop();
        RunSnapshot last = handle.snapshot();
        // failure() also tells of a stop that could not close everything (JeroMQ failed).
        Optional<String> failure = handle.failure().or(() -> nodeFailure(last));
        err.println(summary.formatLast(last, failure.isPresent() ? Ending.FAILED.words : ending.words));
        failure.ifPresent(sentence -> err.println(spec.qualifiedName() + ": " + sentence));
        boolean reportWritten = writeReport(last, err);
        return failure.isPresent() || !reportWritten ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /**
     * A node whose socket failed while the run went on (one that binds late, say, to a port in use):
     * the run as a whole failed, as when a socket fails at the start.
     */
    private static Optional<String> nodeFailure(RunSnapshot snapshot) {
        return snapshot.nodes().stream()
                .filter(node -> node.state() == NodeState.FAILED)
                .map(node -> node.lastError() != null ? node.lastError() : "node " + node.nodeId() + " failed")
                .findFirst();
    }

    /** Why the run stopped, as the last summary line says it. */
    private enum Ending {
        DRAINED("finished"), DURATION("duration reached"), INTERRUPTED("stopped by Ctrl+C"), FAILED("failed");

        final String words;

        Ending(String words) {
            this.words = words;
        }
    }

    /**
     * Prints a summary line a second until the run ends one way or another. Node failures are seen
     * on those snapshots only, because every snapshot restarts the interval its rates cover.
     */
    private Ending watch(RunHandle handle, RunSummaryLine summary, StopOnCtrlC ctrlC, PrintWriter err) {
        long started = System.nanoTime();
        long deadline = started + (long) (durationSeconds * 1e9);
        long nextSummary = started + SUMMARY_INTERVAL_NANOS;
        while (true) {
            RunPhase phase = handle.phase();
            if (phase == RunPhase.DRAINED) {
                return Ending.DRAINED;
            }
            if (phase == RunPhase.FAILED) {
                return Ending.FAILED;
            }
            if (ctrlC.requested()) {
                return Ending.INTERRUPTED;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                return Ending.DURATION;
            }
            if (now - nextSummary >= 0) {
                RunSnapshot snapshot = handle.snapshot();
                err.println(summary.format(snapshot, phase.name().toLowerCase(Locale.ROOT)));
                nextSummary += SUMMARY_INTERVAL_NANOS;
                if (nodeFailure(snapshot).isPresent()) {
                    return Ending.FAILED;
                }
            }
            if (!pause(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(deadline - now) + 1))) {
                return Ending.INTERRUPTED;
            }
        }
    }

    private int failedToStart(RunHandle handle, PrintWriter err) {
        err.println(spec.qualifiedName() + ": " + handle.failure().orElse("the run failed"));
        return ExitCodes.FAILURE;
    }

    /**
     * Writes the report where --report says, atomically (a reader never sees half a report);
     * {@code false} (and a message) when the file cannot be written.
     */
    private boolean writeReport(RunSnapshot last, PrintWriter err) {
        if (report == null) {
            return true;
        }
        String json = RunReport.toJson(last);
        if (report.equals("-")) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json);
            return true;
        }
        try {
            AtomicFile.writeString(Path.of(report), json);
            return true;
        } catch (IOException e) {
            err.println(spec.qualifiedName() + ": cannot write the report to " + report + ": " + e.getMessage());
            return false;
        }
    }

    /** Sleeps; {@code false} when this thread was interrupted (the interrupt is kept). */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
