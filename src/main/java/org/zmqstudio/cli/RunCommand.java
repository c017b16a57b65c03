package org.zmqstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.AtomicFile;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.runtime.RunPhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run FILE [--duration SECONDS] [--report PATH|-] [--allow-network] [--explain]} (DESIGN.md §6,
 * §8): runs a topology headless with a summary line per second on stderr, then explains its losses
 * when asked (on stderr, after the summary) and writes the run report.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Runs a topology for real, without the window.",
                "Prints a one-line summary on stderr once a second. Stops at --duration, or",
                "earlier once every bounded sender has finished and nothing has moved for",
                "500 ms and every message sent is accounted for, or on Ctrl+C or SIGTERM.",
                "The whole command ends within the duration plus 5 seconds, however long",
                "the start takes. Problems are printed as 'validate' prints them (here on",
                "stderr); a topology with errors, or with more than " + RunCommand.MAX_NODES + " nodes, is",
                "not started.",
                "Exit status: 0 after a clean run, 1 when the run failed (a port in use,",
                "say), 2 on invalid input (nothing was started), 130 when stopped by",
                "Ctrl+C (SIGINT), 143 when stopped by SIGTERM; a run stopped by a signal",
                "still writes its report."})
final class RunCommand implements Callable<Integer> {

    static final double MAX_DURATION_SECONDS = 24 * 60 * 60;
    /**
     * The largest topology {@code run} starts: one thread per socket, each waking on its own. Measured
     * on a 2-core machine: 1,000 paced nodes keep to the duration; 1,200 and 2,000 spend the run waking
     * threads, and the command itself then gets the CPU too late to end on time.
     */
    static final int MAX_NODES = 1100;
    /** Longest the start may take, ms, and never more than the duration plus {@link #START_SLACK_MILLIS}. */
    private static final long MAX_START_MILLIS = 10_000;
    private static final long START_SLACK_MILLIS = 2_000;
    /** How long the command waits for JeroMQ to finish closing after the run stopped, ms. */
    private static final long CLOSE_WAIT_MILLIS = 1_000;
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

    @Option(names = "--explain", description = {"After the summary, one line per cause and place of messages lost,",
            "filtered or in flight at stop, with the count and what to change."})
    private boolean explain;

    @Mixin
    private RecordOption record;

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
        if (check.topology().nodes().size() > MAX_NODES) {
            err.println(spec.qualifiedName() + ": " + file + " has " + check.topology().nodes().size()
                    + " nodes; a run takes at most " + MAX_NODES + " (one thread per socket); nothing was started");
            return ExitCodes.INVALID_INPUT;
        }
        Optional<String> badRecording = record.problem(file);
        if (badRecording.isPresent()) {
            err.println(spec.qualifiedName() + ": " + badRecording.get() + "; nothing was started");
            return ExitCodes.INVALID_INPUT;
        }
        Optional<String> badReport = reportProblem();
        if (badReport.isPresent()) {
            err.println(spec.qualifiedName() + ": cannot write the report to " + report + ": " + badReport.get()
                    + "; nothing was started");
            return ExitCodes.INVALID_INPUT;
        }
        try (StopOnSignal signal = StopOnSignal.install()) {
            int exitCode = run(check, signal, err);
            // Before the signal hook is released: the JVM may halt right after.
            spec.commandLine().getOut().flush();
            err.flush();
            return exitCode;
        }
    }

    private int run(TopologyCheck check, StopOnSignal signal, PrintWriter err) {
        Topology topology = check.topology();
        long started = System.nanoTime();
        long deadline = started + (long) (durationSeconds * 1e9);
        long startMillis = Math.min(MAX_START_MILLIS, (long) (durationSeconds * 1000) + START_SLACK_MILLIS);
        // Nothing reads sampled message events here: none are made.
        RunHandle handle = Engine.start(topology, check.problems(), record.apply(RunOptions.DEFAULTS.withAllowNetwork(allowNetwork)
                .withStartMillis(startMillis).withEvents(false)));
        if (handle.phase() == RunPhase.FAILED) {
            handle.stop();
            err.println(spec.qualifiedName() + ": " + handle.failure().orElse("the run failed"));
            return ExitCodes.FAILURE;
        }
        List<String> notConnected = handle.notConnected();
        if (!notConnected.isEmpty()) {
            err.println(spec.qualifiedName() + ": " + notConnected.size() + (notConnected.size() == 1 ? " link was" : " links were")
                    + " not connected when the senders started (" + firstFew(notConnected)
                    + "); their messages wait until they are");
        }
        boolean recording = record.start(handle, topology, err);
        RunSummaryLine summary = new RunSummaryLine(topology);
        Ending ending;
        try {
            ending = watch(handle, summary, signal, deadline, err);
        } finally {
            handle.stop();
        }
        RunSnapshot last = handle.snapshot();
        Optional<String> failure = handle.failure();
        err.println(summary.formatLast(last, failure.isPresent() ? "failed" : ending.words(signal, last)));
        if (explain) {
            explain(handle.losses(last), err);
        }
        failure.ifPresent(sentence -> err.println(spec.qualifiedName() + ": " + sentence));
        handle.peersConnected().forEach((node, peers) -> err.println(spec.qualifiedName() + ": " + node + ": " + peers));
        if (!handle.awaitClosed(CLOSE_WAIT_MILLIS)) {
            err.println(spec.qualifiedName() + ": note: JeroMQ is still closing its sockets; the numbers are final");
        }
        boolean reportWritten = writeReport(last, err);
        boolean recorded = recording && record.finish(last, err);
        if (failure.isPresent() || !reportWritten || !recorded) {
            return ExitCodes.FAILURE;
        }
        return ending == Ending.SIGNAL ? signal.exitCode() : ExitCodes.OK;
    }

    /** Why the run stopped, as the last summary line says it. */
    private enum Ending {
        DRAINED, DURATION, SIGNAL, FAILED;

        String words(StopOnSignal signal, RunSnapshot last) {
            String words = switch (this) {
                case DRAINED -> last.inFlight() == 0 ? "finished" : "stalled (nothing moved for 3 s)";
                case DURATION -> "duration reached";
                case SIGNAL -> "stopped by " + signal.name();
                case FAILED -> "failed";
            };
            return last.inFlight() == 0 ? words
                    : words + "; " + last.inFlight() + " sent but not received, lost or filtered (in flight at stop)";
        }
    }

    /**
     * Waits, polling cheap state only, until the run ends one way or another, while a
     * {@link SummaryPrinter} prints a line a second.
     */
    private Ending watch(RunHandle handle, RunSummaryLine summary, StopOnSignal signal, long deadline, PrintWriter err) {
        try (SummaryPrinter printer = SummaryPrinter.start(handle, summary, err)) {
            while (true) {
                if (handle.failure().isPresent()) {
                    return Ending.FAILED;
                }
                if (handle.phase() == RunPhase.DRAINED) {
                    return Ending.DRAINED;
                }
                if (signal.requested()) {
                    return Ending.SIGNAL;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Ending.DURATION;
                }
                if (!pause(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1))) {
                    return Ending.SIGNAL;
                }
            }
        }
    }

    /** One line per loss cause and place (DESIGN.md §8), or one saying that every message arrived. */
    private static void explain(List<LossRow> losses, PrintWriter err) {
        if (losses.isEmpty()) {
            err.println("explain: every message sent arrived; none was lost, filtered or left in flight");
        }
        losses.forEach(row -> err.println(row.line()));
    }

    /**
     * Why the report cannot go where --report says, or empty: a folder that does not exist, or the
     * topology file itself (the report would overwrite it).
     */
    private Optional<String> reportProblem() {
        if (report == null || report.equals("-")) {
            return Optional.empty();
        }
        Path reportFile = Path.of(report).toAbsolutePath().normalize();
        if (!Files.isDirectory(reportFile.getParent())) {
            return Optional.of("no such folder");
        }
        try {
            if (reportFile.equals(file.toAbsolutePath().normalize())
                    || Files.exists(reportFile) && Files.isSameFile(reportFile, file)) {
                return Optional.of("it is the topology file being run");
            }
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
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

    /** The first few names, then how many more: {@code a, b, c and 12 more}. */
    private static String firstFew(List<String> names) {
        int shown = Math.min(3, names.size());
        String listed = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? listed + " and " + (names.size() - shown) + " more" : listed;
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
