package org.zmqstudio.ui.tour;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.TourAction;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.monitor.RunController;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * Does a tour step's action to the run through the {@link RunController}, whatever the run's mode:
 * {@code run-paused} and a step on a stopped topology start it with every sender held (no message
 * gets out before the first step), a kill waits for a run that is still starting. UI thread only.
 */
final class TourActions {

    /** How often a {@code step:N} looks whether a sender waits at the gate (it gives a permit only to one that does). */
    private static final Duration LOOK_EVERY = Duration.millis(40);

    private final EditorDocument document;
    private final RunController controller;
    /** What waits for the run that is starting to run. */
    private final List<Runnable> whenRunning = new ArrayList<>();
    private Timeline steps;
    /** Messages still to let out: the steps of quickly paged steps add up. */
    private int left;

    TourActions(EditorDocument document, RunController controller) {
        this.document = document;
        this.controller = controller;
        controller.modeProperty().addListener((o, was, mode) -> modeChanged(mode));
    }

    /**
     * Does {@code action}; returns a sentence for the learner when it cannot be done now (a kill
     * before the run), else {@code null}.
     */
    String perform(TourAction action) {
        switch (action.kind()) {
            case RUN -> {
                if (controller.mode() == Mode.STEPPING) {
                    controller.resume();
                } else {
                    start(false);
                }
            }
            case RUN_PAUSED, PAUSE -> whenRunning(controller::pauseForSteps, action.kind() == TourAction.Kind.RUN_PAUSED);
            case STEP -> whenRunning(() -> {
                controller.pauseForSteps();
                letOut(action.count());
            }, true);
            case KILL, RESTART -> {
                if (controller.mode() == Mode.EDITING) {
                    return "Run the topology first (Run, F5): this step " + action.kind().name().toLowerCase() + "s "
                            + action.nodeId() + ".";
                }
                whenRunning(() -> controller.live().ifPresent(live -> {
                    if (action.kind() == TourAction.Kind.KILL) {
                        live.handle().kill(action.nodeId());
                    } else {
                        live.handle().restart(action.nodeId());
                    }
                }), false);
            }
            case NONE -> {
            }
        }
        return null;
    }

    /** Forgets what waited for the run and the messages still to let out (going back, or the run ended). */
    void cancel() {
        whenRunning.clear();
        stopSteps();
    }

    private void stopSteps() {
        left = 0;
        if (steps != null) {
            steps.stop();
            steps = null;
        }
    }

    /** Runs {@code work} now if the run runs, once it runs if it is starting, after starting it if {@code start}. */
    private void whenRunning(Runnable work, boolean start) {
        switch (controller.mode()) {
            case RUNNING, STEPPING -> work.run();
            case STARTING -> whenRunning.add(work);
            case EDITING -> {
                if (start) {
                    whenRunning.add(work);
                    start(true);
                }
            }
            case STOPPING -> {
            }
        }
    }

    /** Starts a run of the document's topology, with every sender held if {@code held}. */
    private void start(boolean held) {
        if (controller.mode() != Mode.EDITING) {
            return;
        }
        if (held) {
            controller.runPaused(document.topology(), document.problems(), document.allowsNetwork());
        } else {
            controller.run(document.topology(), document.problems(), document.allowsNetwork());
        }
    }

    /**
     * Lets {@code count} messages out, each once the last has been sent and a sender waits at the step
     * gate again (held): a step given while no sender waits, e.g. while a paced one waits for its next
     * turn, would let nothing out.
     */
    private void letOut(int count) {
        left += count;
        if (steps != null) {
            return;
        }
        long[] sentBefore = {-1};
        steps = new Timeline(new KeyFrame(LOOK_EVERY, e -> controller.live().ifPresent(live -> {
            if (controller.mode() != Mode.STEPPING) {
                stopSteps();
                return;
            }
            RunSnapshot now = live.handle().snapshot();
            long sent = now.nodes().stream().mapToLong(NodeSnapshot::sent).sum();
            boolean held = now.nodes().stream().anyMatch(n -> n.state() == NodeState.HELD);
            if (sentBefore[0] < 0 || sent > sentBefore[0]) {
                sentBefore[0] = -1;
                if (held) {
                    sentBefore[0] = sent;
                    controller.step();
                    if (--left == 0) {
                        stopSteps();
                    }
                }
            }
        })));
        steps.setCycleCount(Timeline.INDEFINITE);
        steps.play();
    }

    private void modeChanged(Mode mode) {
        if (mode == Mode.RUNNING && !whenRunning.isEmpty()) {
            List<Runnable> due = List.copyOf(whenRunning);
            whenRunning.clear();
            due.forEach(Runnable::run);
        } else if (mode == Mode.EDITING || mode == Mode.STOPPING) {
            cancel();
        }
    }
}
