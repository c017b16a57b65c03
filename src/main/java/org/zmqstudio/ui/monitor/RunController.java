package org.zmqstudio.ui.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.recording.Recording;
import org.zmqstudio.recording.RecordingWriter;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.runtime.RunPhase;
import org.zmqstudio.runtime.RunSpeed;

/**
 * Runs the drawn topology for the window: starts and stops the engine off the UI thread (they bind,
 * connect and join threads), and while it runs pulls one {@link MonitorFrame} per frame with a
 * single {@link AnimationTimer}; records the run when asked to, and plays a recording back through
 * the same frames ({@link MonitorSource}). The engine never calls in. Use from the UI thread only.
 */
public final class RunController {

    /** Where the window is: editing, somewhere in the life of a run, or replaying a recording. */
    public enum Mode { EDITING, STARTING, RUNNING, STEPPING, STOPPING, REPLAYING }

    private final ExecutorService lifecycle = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "zmq-studio-run-lifecycle");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.EDITING);
    /** Whether the run last started yields to the window; see {@link #figuresHeldDown()}. */
    private boolean figuresHeldDown;
    private final ReadOnlyObjectWrapper<RunFailure> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MonitorFrame> frame = new ReadOnlyObjectWrapper<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onFrame(now);
        }
    };
    private final DoubleProperty speed = new SimpleDoubleProperty(RunSpeed.MAX);
    private final ReadOnlyBooleanWrapper replayPlaying = new ReadOnlyBooleanWrapper();
    private LiveRun live;
    private ReplayRun replay;
    /** Where the next run is recorded, or {@code null}; taken by that run. */
    private Path recordTo;
    /** Set when the run was stopped or forgotten while it was still starting: it ends as soon as it has started. */
    private boolean stopWhenStarted;
    private Consumer<MonitorSource> onStarted = run -> { };
    private Consumer<String> onRecordingDone = sentence -> { };

    public RunController() {
        speed.addListener((o, was, value) -> {
            double clamped = RunSpeed.clamp(value.doubleValue());
            if (clamped != value.doubleValue()) {
                speed.set(clamped);
                return;
            }
            if (live != null) {
                live.handle().setSpeed(clamped);
                live.tokens().setSpeed(clamped);
            }
            if (replay != null) {
                replay.setSpeed(clamped);
            }
        });
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode mode() {
        return mode.get();
    }

    /** The latest frame while running, updated once per frame; {@code null} while editing. */
    public ReadOnlyObjectProperty<MonitorFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Why the last run could not start or failed; {@code null} when it did not fail. */
    public ReadOnlyObjectProperty<RunFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The run being watched, while one is. */
    public Optional<LiveRun> live() {
        return Optional.ofNullable(live);
    }

    /** The recording being played back, while one is. */
    public Optional<ReplayRun> replay() {
        return Optional.ofNullable(replay);
    }

    /** What the monitor draws from now: the live run or the replay; empty while editing. */
    public Optional<MonitorSource> source() {
        return live != null ? Optional.of(live) : Optional.ofNullable(replay);
    }

    /** Called on the UI thread with each run once it has started, and with each replay as it begins. */
    public void setOnStarted(Consumer<MonitorSource> listener) {
        onStarted = listener;
    }

    /** Called on the UI thread with one sentence when a recorded run's recording was written, or could not be. */
    public void setOnRecordingDone(Consumer<String> listener) {
        onRecordingDone = listener;
    }

    /**
     * The speed, {@link RunSpeed#MIN} to {@link RunSpeed#MAX} (other values are clamped): a run goes
     * at this factor of real time (its senders' pace and work scale with it) and a replay plays at it.
     */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Whether the replay plays (false while it is paused or at its end). */
    public ReadOnlyBooleanProperty replayPlayingProperty() {
        return replayPlaying.getReadOnlyProperty();
    }

    /** Whether the last run started yields to the window (flat out, background priority): its rates are not the topology's own. */
    public boolean figuresHeldDown() {
        return figuresHeldDown;
    }

    /** Validates {@code topology}, then runs it as {@link #run(Topology, List, boolean)} does. */
    public void run(Topology topology, boolean allowNetwork) {
        run(topology, Validator.validate(topology, allowNetwork), allowNetwork);
    }

    /** Validates {@code topology}, then runs it paused as {@link #runPaused(Topology, List, boolean)} does. */
    public void runPaused(Topology topology, boolean allowNetwork) {
        runPaused(topology, Validator.validate(topology, allowNetwork), allowNetwork);
    }

    /**
     * Starts a run as {@link #run(Topology, List, boolean)} does, with every sender held from the
     * start (mode STEPPING once started): the first message waits for {@link #step()}.
     */
    public void runPaused(Topology topology, List<Problem> problems, boolean allowNetwork) {
        start(topology, problems, allowNetwork, true);
    }

    /**
     * Records the next run started (by any of the run methods) to {@code file}, replaced when that run
     * stops; {@code null} records none. The next call of a run method takes it, whether that run starts
     * or not. No effect on a run already going.
     */
    public void recordNextRun(Path file) {
        recordTo = file;
    }

    /**
     * Starts a run of {@code topology} unless one is under way. A topology with validation errors
     * is not started: the failure says how many errors to fix first.
     *
     * @param problems what the validator found in {@code topology} with {@code allowNetwork} (the
     *                 edited document knows them already): the engine does not validate again
     */
    public void run(Topology topology, List<Problem> problems, boolean allowNetwork) {
        start(topology, problems, allowNetwork, false);
    }

    private void start(Topology topology, List<Problem> problems, boolean allowNetwork, boolean held) {
        Path recordingFile = recordTo;
        recordTo = null;
        if (mode.get() != Mode.EDITING) {
            return;
        }
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            Problem first = errors.get(0);
            failure.set(new RunFailure(first.element().kind() == ElementRef.Kind.NODE ? first.element().id() : null,
                    "Fix " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                            + " in the problems list before running; the first: " + first.element() + ": " + first.message()));
            return;
        }
        failure.set(null);
        mode.set(Mode.STARTING);
        RunOptions options = RunOptions.DEFAULTS.withAllowNetwork(allowNetwork).withBackground(sendsFlatOut(topology))
                .withStartHeld(held).withSpeed(speed.get());
        figuresHeldDown = options.figuresHeldDown();
        lifecycle.execute(() -> {
            try {
                RunHandle handle = Engine.start(topology, problems, options);
                Platform.runLater(() -> started(handle, topology, held, recordingFile));
            } catch (RuntimeException e) {
                Platform.runLater(() -> couldNotStart(new RunFailure(null, "The run could not start: " + e.getMessage())));
            }
        });
    }

    /**
     * Plays {@code recording} back on the canvas unless a run is under way: the same frames a live run
     * gives, from the recording, at {@link #speedProperty()}; no socket is opened.
     */
    public void replay(Recording recording) {
        if (mode.get() != Mode.EDITING) {
            return;
        }
        failure.set(null);
        replay = new ReplayRun(recording);
        replay.setSpeed(speed.get());
        replayPlaying.set(true);
        mode.set(Mode.REPLAYING);
        onStarted.accept(replay);
        timer.start();
    }

    /** Moves a replay's playhead to {@code atMillis} since the recording's start. */
    public void seek(double atMillis) {
        if (replay != null) {
            replay.seek(atMillis);
            frame.set(new MonitorFrame(replay.snapshot(), List.of()));
        }
    }

    /**
     * Holds every sender: from now on one message moves per {@link #step()}; {@link #resume()} lets
     * them go. A replay pauses.
     */
    public void pauseForSteps() {
        if (live != null && mode.get() == Mode.RUNNING) {
            live.handle().setStepMode(true);
            mode.set(Mode.STEPPING);
        } else if (replay != null) {
            replay.setPlaying(false);
            replayPlaying.set(false);
        }
    }

    /** Lets one message out (a replay: pauses and shows the next recorded message). */
    public void step() {
        if (live != null && mode.get() == Mode.STEPPING) {
            live.handle().step();
        } else if (replay != null) {
            replay.step();
            replayPlaying.set(false);
        }
    }

    /** Lets the held senders go again (a replay: plays on). */
    public void resume() {
        if (live != null && mode.get() == Mode.STEPPING) {
            live.handle().setStepMode(false);
            mode.set(Mode.RUNNING);
        } else if (replay != null) {
            replay.setPlaying(true);
            replayPlaying.set(true);
        }
    }

    /**
     * Stops the run (off the UI thread; the engine returns within a second) and goes back to editing.
     * A run still starting stops as soon as it has started.
     */
    public void stop() {
        if (mode.get() == Mode.REPLAYING) {
            timer.stop();
            replay = null;
            replayPlaying.set(false);
            stopped();
            return;
        }
        if (mode.get() == Mode.STARTING) {
            stopWhenStarted = true;
            mode.set(Mode.STOPPING);
            return;
        }
        if (live == null || mode.get() == Mode.STOPPING || mode.get() == Mode.EDITING) {
            return;
        }
        timer.stop();
        mode.set(Mode.STOPPING);
        stopOffTheUiThread(live.handle());
    }

    /** Stops the run as {@link #stop()} does and forgets why the last one failed: for a newly opened topology. */
    public void forgetRun() {
        stop();
        failure.set(null);
    }

    /**
     * Whether a sender has no rate and so may keep every core busy: only then do the engine's threads
     * step back for the window's, since at background priority they also answer later, which would
     * needlessly inflate the latency of a paced run.
     */
    private static boolean sendsFlatOut(Topology topology) {
        return topology.nodes().stream()
                .anyMatch(node -> node.behavior() instanceof Behavior.Produce produce && produce.rate() <= 0);
    }

    private void stopOffTheUiThread(RunHandle handle) {
        LiveRun stopping = live;
        lifecycle.execute(() -> {
            handle.stop();
            String recorded = stopping == null ? null : finishRecording(stopping);
            Platform.runLater(() -> {
                stopped();
                if (recorded != null) {
                    onRecordingDone.accept(recorded);
                }
            });
        });
    }

    /** Puts a stopped run's recording in place: what became of it in one sentence, or {@code null} when it was not recorded. */
    private static String finishRecording(LiveRun run) {
        if (!run.recorded()) {
            return null;
        }
        try {
            run.finishRecording();
            return "The run was recorded; Run ▸ Open Recording… replays it.";
        } catch (IOException e) {
            return "The run could not be recorded: " + e.getMessage();
        }
    }

    private void started(RunHandle handle, Topology topology, boolean held, Path recordingFile) {
        if (stopWhenStarted) {
            stopWhenStarted = false;
            stopOffTheUiThread(handle);
            return;
        }
        if (handle.phase() == RunPhase.FAILED) {
            couldNotStart(failureOf(handle));
            return;
        }
        RecordingWriter recording = null;
        long originNanos = System.nanoTime();
        if (recordingFile != null) {
            try {
                recording = RecordingWriter.create(recordingFile, topology, Instant.now(), originNanos);
            } catch (IOException e) {
                onRecordingDone.accept("The run is not recorded: " + recordingFile.getFileName()
                        + " cannot be written (" + e.getMessage() + ").");
            }
        }
        live = new LiveRun(handle, topology, recording, originNanos);
        live.tokens().setSpeed(speed.get());
        mode.set(held ? Mode.STEPPING : Mode.RUNNING);
        onStarted.accept(live);
        timer.start();
    }

    private void onFrame(long now) {
        if (replay != null) {
            frame.set(replay.onFrame(now));
            replayPlaying.set(replay.playing());
            return;
        }
        if (live == null) {
            return;
        }
        frame.set(live.onFrame(now));
        if (live.handle().phase() == RunPhase.FAILED) {
            failure.set(failureOf(live.handle()));
            stop();
        }
    }

    private void couldNotStart(RunFailure why) {
        if (stopWhenStarted) {
            stopWhenStarted = false;
        } else {
            failure.set(why);
        }
        mode.set(Mode.EDITING);
    }

    /** The failure the engine reports, placed at the first node whose state is FAILED. */
    private static RunFailure failureOf(RunHandle handle) {
        Optional<NodeSnapshot> failed = handle.snapshot().nodes().stream()
                .filter(n -> n.state() == NodeState.FAILED)
                .findFirst();
        String message = handle.failure()
                .or(() -> failed.map(NodeSnapshot::lastError))
                .orElse("The run failed.");
        return new RunFailure(failed.map(NodeSnapshot::nodeId).orElse(null), message);
    }

    private void stopped() {
        live = null;
        frame.set(null);
        mode.set(Mode.EDITING);
    }
}
