package org.zmqstudio.ui.monitor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.runtime.RunPhase;

/**
 * Runs the drawn topology for the window: starts and stops the engine off the UI thread (they bind,
 * connect and join threads), and while it runs pulls one {@link MonitorFrame} per frame with a
 * single {@link AnimationTimer}. The engine never calls in. Use from the UI thread only.
 */
public final class RunController {

    /** Where the window is: editing, or somewhere in the life of a run. */
    public enum Mode { EDITING, STARTING, RUNNING, STEPPING, STOPPING }

    private final ExecutorService lifecycle = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "zmq-studio-run-lifecycle");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.EDITING);
    private final ReadOnlyObjectWrapper<RunFailure> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MonitorFrame> frame = new ReadOnlyObjectWrapper<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onFrame(now);
        }
    };
    private LiveRun live;
    /** Set when the run was stopped or forgotten while it was still starting: it ends as soon as it has started. */
    private boolean stopWhenStarted;
    private Consumer<LiveRun> onStarted = run -> { };

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

    /** Called on the UI thread with each run once it has started. */
    public void setOnStarted(Consumer<LiveRun> listener) {
        onStarted = listener;
    }

    /** Validates {@code topology}, then runs it as {@link #run(Topology, List, boolean)} does. */
    public void run(Topology topology, boolean allowNetwork) {
        run(topology, Validator.validate(topology, allowNetwork), allowNetwork);
    }

    /**
     * Starts a run of {@code topology} unless one is under way. A topology with validation errors
     * is not started: the failure says how many errors to fix first.
     *
     * @param problems what the validator found in {@code topology} with {@code allowNetwork} (the
     *                 edited document knows them already): the engine does not validate again
     */
    public void run(Topology topology, List<Problem> problems, boolean allowNetwork) {
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
        lifecycle.execute(() -> {
            try {
                RunHandle handle = Engine.start(topology, problems,
                        RunOptions.DEFAULTS.withAllowNetwork(allowNetwork).withBackground(sendsFlatOut(topology)));
                Platform.runLater(() -> started(handle, topology));
            } catch (RuntimeException e) {
                Platform.runLater(() -> couldNotStart(new RunFailure(null, "The run could not start: " + e.getMessage())));
            }
        });
    }

    /** Holds every sender: from now on one message moves per {@link #step()}; {@link #resume()} lets them go. */
    public void pauseForSteps() {
        if (live != null && mode.get() == Mode.RUNNING) {
            live.handle().setStepMode(true);
            mode.set(Mode.STEPPING);
        }
    }

    public void step() {
        if (live != null && mode.get() == Mode.STEPPING) {
            live.handle().step();
        }
    }

    public void resume() {
        if (live != null && mode.get() == Mode.STEPPING) {
            live.handle().setStepMode(false);
            mode.set(Mode.RUNNING);
        }
    }

    /**
     * Stops the run (off the UI thread; the engine returns within a second) and goes back to editing.
     * A run still starting stops as soon as it has started.
     */
    public void stop() {
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
        lifecycle.execute(() -> {
            handle.stop();
            Platform.runLater(this::stopped);
        });
    }

    private void started(RunHandle handle, Topology topology) {
        if (stopWhenStarted) {
            stopWhenStarted = false;
            stopOffTheUiThread(handle);
            return;
        }
        if (handle.phase() == RunPhase.FAILED) {
            couldNotStart(failureOf(handle));
            return;
        }
        live = new LiveRun(handle, topology);
        mode.set(Mode.RUNNING);
        onStarted.accept(live);
        timer.start();
    }

    private void onFrame(long now) {
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
