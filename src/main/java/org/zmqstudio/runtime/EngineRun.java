package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.zeromq.ZContext;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunMetrics;
import org.zmqstudio.metrics.RunSnapshot;

/** A run in progress: owns the context and the unit threads, and answers the {@link RunHandle} calls. */
final class EngineRun implements RunHandle {

    /** How long the whole bind step may take before the run is declared failed, ms. */
    private static final long BIND_WAIT_MILLIS = 5000;
    /** How long connections may take to come up before the gate opens anyway, ms. */
    private static final long CONNECT_WAIT_MILLIS = 2000;
    /** Time for subscriptions to reach their publishers (and go through forwarders) before the gate, ms. */
    private static final long SUBSCRIPTION_SETTLE_MILLIS = 100;
    /** Time for freshly attached pipes to settle before the gate, ms. */
    private static final long SETTLE_MILLIS = 20;
    /** Quiet time after which a run whose senders are all done counts as drained, ms. */
    private static final long DRAIN_QUIET_MILLIS = 500;
    /** Longest stop() waits for the threads before it closes the context anyway, ms. */
    private static final long JOIN_MILLIS = 800;
    /**
     * Longest stop() waits for the context to close, ms. A healthy close with linger 0 takes a few ms;
     * once JeroMQ's reaper thread has died (its rare NullPointerException while closing inproc pipes)
     * the close never returns, and stop() must still return.
     */
    private static final long CLOSE_MILLIS = 150;
    private static final AtomicLong RUNS = new AtomicLong();

    private final RunContext run;
    private final List<Thread> threads = new ArrayList<>();
    private Thread watcher;
    private final boolean background;
    private volatile RunPhase phase = RunPhase.STARTING;
    private volatile String failure;
    private boolean stopped;

    EngineRun(RunPlan plan, RunMetrics metrics, boolean background) {
        this.background = background;
        this.run = new RunContext(plan, new ZContext(1), metrics, "zmqstudio-run" + RUNS.incrementAndGet() + "-");
        run.zmq.setLinger(0);
    }

    /** Binds, connects, waits and opens the gate; on a bind failure stops everything and is FAILED. */
    void start() {
        for (RunPlan.Unit unit : run.plan.units()) {
            Thread thread = new Thread(prioritised(new UnitThread(run, unit)),
                    run.threadPrefix + run.plan.node(unit.primary()).id());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        boolean allBound = run.start.awaitBound(BIND_WAIT_MILLIS);
        if (run.start.failure() != null || !allBound) {
            failure = run.start.failure() != null ? run.start.failure() : "the sockets could not be opened in time";
            shutDown();
            phase = RunPhase.FAILED;
            return;
        }
        run.start.openConnectPhase();
        run.start.awaitReady(CONNECT_WAIT_MILLIS);
        Work.spend(hasSubscribers() ? SUBSCRIPTION_SETTLE_MILLIS : SETTLE_MILLIS, run);
        run.metrics.started();
        run.start.openGate();
        phase = RunPhase.RUNNING;
        watcher = new Thread(prioritised(this::watchForDrain), run.threadPrefix + "watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The body of one of the run's threads, at background priority when the run was started so. */
    private Runnable prioritised(Runnable body) {
        return background ? BackgroundPriority.lowering(body) : body;
    }

    private boolean hasSubscribers() {
        for (int i = 0; i < run.plan.size(); i++) {
            if (run.plan.node(i).socket().subscribes()) {
                return true;
            }
        }
        return false;
    }

    /** Sets DRAINED once every sender is done and no counter moved for {@value #DRAIN_QUIET_MILLIS} ms. */
    private void watchForDrain() {
        long lastActivity = -1;
        long quietSince = System.nanoTime();
        while (!run.stopping()) {
            long activity = run.metrics.activity();
            long now = System.nanoTime();
            if (activity != lastActivity) {
                lastActivity = activity;
                quietSince = now;
            }
            boolean quiet = now - quietSince >= DRAIN_QUIET_MILLIS * 1_000_000;
            if (phase == RunPhase.RUNNING && quiet && sendersDone()) {
                phase = RunPhase.DRAINED;
            } else if (phase == RunPhase.DRAINED && !quiet) {
                phase = RunPhase.RUNNING;
            }
            Work.idle();
        }
    }

    private boolean sendersDone() {
        for (int i = 0; i < run.plan.size(); i++) {
            if (run.plan.isSender(i) && run.metrics.node(i).state() != NodeState.DONE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public RunSnapshot snapshot() {
        RunPhase now = phase;
        return run.metrics.snapshot(now == RunPhase.DRAINED || now == RunPhase.STOPPED);
    }

    @Override
    public List<MessageEvent> drainEvents(int max) {
        return run.metrics.drainEvents(max);
    }

    @Override
    public RunPhase phase() {
        return phase;
    }

    @Override
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void pause(String nodeId) {
        control(nodeId, c -> c.paused = true);
    }

    @Override
    public void resume(String nodeId) {
        control(nodeId, c -> c.paused = false);
    }

    @Override
    public void kill(String nodeId) {
        control(nodeId, c -> c.killed = true);
    }

    @Override
    public void restart(String nodeId) {
        int node = run.plan.index(nodeId);
        for (RunPlan.Unit unit : run.plan.units()) {
            if (node >= 0 && unit.contains(node)) {
                run.controls[unit.primary()].killed = false;
                if (unit.driven() >= 0) {
                    run.controls[unit.driven()].killed = false;
                }
            }
        }
        run.controlsChanged();
    }

    @Override
    public void setWorkMillis(String nodeId, long workMillis) {
        control(nodeId, c -> c.workMillis = Math.max(0, workMillis));
    }

    @Override
    public void setStepMode(boolean stepMode) {
        run.step.enabled(stepMode);
    }

    @Override
    public void step() {
        run.step.step();
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        shutDown();
        if (phase != RunPhase.FAILED) {
            phase = RunPhase.STOPPED;
        }
    }

    /** Raises the stop flag, joins every thread (bounded) and closes the context last. */
    private synchronized void shutDown() {
        stopped = true;
        run.stop();
        long deadline = System.nanoTime() + JOIN_MILLIS * 1_000_000;
        List<Thread> all = new ArrayList<>(threads);
        if (watcher != null) {
            all.add(watcher);
        }
        for (Thread thread : all) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left > 0) {
                try {
                    thread.join(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        closeContext();
    }

    /** Closes the context on a helper thread, waiting at most {@link #CLOSE_MILLIS}; says so when it hangs. */
    private void closeContext() {
        Thread closer = new Thread(run.zmq::close, run.threadPrefix + "close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(CLOSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closer.isAlive() && failure == null) {
            failure = "JeroMQ did not close its context (its reaper thread failed); the numbers are final,"
                    + " but some sockets may stay open until the program ends";
        }
    }

    private void control(String nodeId, Consumer<NodeControl> change) {
        int node = run.plan.index(nodeId);
        if (node >= 0) {
            change.accept(run.controls[node]);
            run.controlsChanged();
        }
    }
}
