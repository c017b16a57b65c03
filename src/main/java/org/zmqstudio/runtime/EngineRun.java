package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.zeromq.ZContext;
import org.zmqstudio.metrics.LossCauses;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunMetrics;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.metrics.SnapshotReader;

/** A run in progress: owns the context and the unit threads, and answers the {@link RunHandle} calls. */
final class EngineRun implements RunHandle {

    /** Stack of a unit's thread, bytes: a behaviour loop calls shallowly; a thousand units need little memory. */
    private static final long UNIT_STACK_BYTES = 256 * 1024;
    private static final int SOCKETS_PER_NODE = 4;
    private static final int SPARE_SOCKETS = 64;
    /** Time for subscriptions to reach their publishers (and go through forwarders) before the gate, ms. */
    private static final long SUBSCRIPTION_SETTLE_MILLIS = 100;
    /** Time for freshly attached pipes to settle before the gate, ms. */
    private static final long SETTLE_MILLIS = 20;
    /** Quiet time after which a run whose senders are all done and whose messages all arrived has drained, ms. */
    private static final long DRAIN_QUIET_MILLIS = 500;
    /**
     * Quiet time after which a run whose senders are all done has drained although messages are still
     * unaccounted for (queued to a killed node, dropped with a socket closed under them), ms: long
     * enough that receivers starved of CPU on a loaded machine are not taken for stalled.
     */
    private static final long STALL_QUIET_MILLIS = 3000;
    /** How often the watcher looks at the run, ms. */
    private static final long WATCH_MILLIS = 50;
    /** Longest stop() waits for the threads before it closes the context anyway, ms. */
    private static final long JOIN_MILLIS = 800;
    /**
     * Longest stop() waits for the context to close before it returns, ms. A healthy close with
     * linger 0 takes a few ms, but hundreds of ms on a loaded machine; once JeroMQ's reaper thread has
     * died (its rare NullPointerException while closing inproc pipes) the close never returns, and
     * stop() must still return: the close goes on behind it ({@link #awaitClosed}).
     */
    private static final long CLOSE_MILLIS = 150;
    private static final AtomicLong RUNS = new AtomicLong();

    private final RunContext run;
    private final List<Thread> threads = new ArrayList<>();
    private final Supplier<RunSnapshot> defaultReader;
    private final Supplier<RunSnapshot> watchReader;
    private Thread watcher;
    private Thread closer;
    private final boolean background;
    private volatile RunPhase phase = RunPhase.STARTING;
    private volatile boolean drainedBeforeStop;
    private volatile String failure;
    private volatile List<String> notConnected = List.of();
    private boolean stopped;

    EngineRun(RunPlan plan, RunMetrics metrics, RunOptions options) {
        this.background = options.background();
        long startDeadline = System.nanoTime() + options.startMillis() * 1_000_000;
        this.run = new RunContext(plan, new ZContext(1), metrics, "zmqstudio-run" + RUNS.incrementAndGet() + "-",
                startDeadline);
        run.zmq.setLinger(0);
        // JeroMQ refuses sockets past 1,024 per context by default; a node needs up to four while the
        // run starts (its own, and the monitor pairs of its bind and of its handshake wait).
        run.zmq.getContext().setMaxSockets(SOCKETS_PER_NODE * plan.size() + SPARE_SOCKETS);
        JeroMqErrors.quiet(run.zmq);
        run.step.enabled(options.startHeld());
        run.speed.set(options.speed());
        this.defaultReader = reader();
        this.watchReader = reader();
    }

    /**
     * Binds, connects, waits for the handshakes and opens the gate, all within the start deadline
     * ({@link RunOptions#startMillis}); on a bind failure, or binds not done by then, stops everything
     * and is FAILED. Connections not up by then are named by {@link #notConnected()}.
     */
    void start() {
        long startedNanos = System.nanoTime();
        Optional<String> tooLarge = FileBudget.exceeded(run.plan);
        if (tooLarge.isPresent()) {
            failure = tooLarge.get();
            shutDown();
            phase = RunPhase.FAILED;
            return;
        }
        for (RunPlan.Unit unit : run.plan.units()) {
            Thread thread = new Thread(null, prioritised(new UnitThread(run, unit)),
                    run.threadPrefix + run.plan.node(unit.primary()).id(), UNIT_STACK_BYTES);
            thread.setDaemon(true);
            run.addParker(thread);
            threads.add(thread);
            thread.start();
        }
        boolean allBound = run.start.awaitBound(run.startDeadlineNanos);
        if (run.start.failure() != null || !allBound) {
            failure = run.start.failure() != null ? run.start.failure()
                    : "the sockets could not all be bound within the start time of the run ("
                            + (System.nanoTime() - startedNanos) / 1_000_000 + " ms); nothing ran";
            shutDown();
            phase = RunPhase.FAILED;
            return;
        }
        run.start.openConnectPhase();
        run.start.awaitReady(run.startDeadlineNanos);
        run.start.openSettlePhase();
        run.start.awaitSettled(run.startDeadlineNanos);
        notConnected = run.start.unconnected();
        Work.spend(hasSubscribers() ? SUBSCRIPTION_SETTLE_MILLIS : SETTLE_MILLIS, run);
        run.metrics.started();
        run.start.openGate();
        phase = RunPhase.RUNNING;
        watcher = new Thread(prioritised(this::watch), run.threadPrefix + "watch");
        watcher.setDaemon(true);
        run.addParker(watcher);
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

    /**
     * Samples the flows' counts for their rate history ({@code RunMetrics.sampleRates}); sets DRAINED once every sender is done, no counter moved for {@value #DRAIN_QUIET_MILLIS} ms and
     * every message sent is accounted for (or nothing moved for {@value #STALL_QUIET_MILLIS} ms), back
     * to RUNNING when something moves again; turns the first node failure into the run's failure.
     */
    private void watch() {
        long lastActivity = -1;
        long quietSince = System.nanoTime();
        while (!run.stopping()) {
            long activity = run.metrics.activity();
            long now = System.nanoTime();
            if (activity != lastActivity) {
                lastActivity = activity;
                quietSince = now;
            }
            long quietMillis = (now - quietSince) / 1_000_000;
            boolean drained = quietMillis >= DRAIN_QUIET_MILLIS && sendersDone()
                    && (quietMillis >= STALL_QUIET_MILLIS || watchReader.get().inFlight() == 0);
            if (phase == RunPhase.RUNNING && drained) {
                phase = RunPhase.DRAINED;
            } else if (phase == RunPhase.DRAINED && quietMillis < DRAIN_QUIET_MILLIS) {
                phase = RunPhase.RUNNING;
            }
            noteNodeFailure();
            run.metrics.sampleRates();
            Work.spend(WATCH_MILLIS, run);
        }
    }

    /** The first node whose socket failed while the run went on (a late binder's port in use, say) fails the run. */
    private void noteNodeFailure() {
        if (failure != null) {
            return;
        }
        for (int i = 0; i < run.plan.size(); i++) {
            NodeCounters counters = run.metrics.node(i);
            if (counters.state() == NodeState.FAILED) {
                String why = counters.lastError();
                failure = why != null ? why : "node " + run.plan.node(i).id() + " failed";
                return;
            }
        }
    }

    private boolean sendersDone() {
        if (!run.plan.mayFinish()) {
            return false;
        }
        for (int i = 0; i < run.plan.size(); i++) {
            if (run.plan.isSender(i) && run.metrics.node(i).state() != NodeState.DONE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public RunSnapshot snapshot() {
        return defaultReader.get();
    }

    @Override
    public Supplier<RunSnapshot> reader() {
        SnapshotReader reader = run.metrics.reader();
        return () -> reader.snapshot(phase == RunPhase.DRAINED || drainedBeforeStop);
    }

    @Override
    public List<String> notConnected() {
        return notConnected;
    }

    @Override
    public Map<String, String> peersConnected() {
        return run.peers.described();
    }

    @Override
    public List<LossRow> losses(RunSnapshot snapshot) {
        return LossCauses.of(snapshot, run.metrics);
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
        run.wakeAll();
    }

    @Override
    public void step() {
        run.step.step();
        run.wakeAll();
    }

    @Override
    public void setSpeed(double speed) {
        run.speed.set(speed);
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        drainedBeforeStop = phase == RunPhase.DRAINED;
        shutDown();
        if (phase != RunPhase.FAILED) {
            phase = RunPhase.STOPPED;
        }
    }

    @Override
    public boolean awaitClosed(long millis) {
        Thread closing;
        synchronized (this) {
            closing = closer;
        }
        if (closing == null) {
            return true;
        }
        try {
            closing.join(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !closing.isAlive();
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
        if (watcher != null) {
            run.metrics.sampleRates();
        }
        closeContext();
    }

    /** Closes the context on a helper thread, waiting at most {@link #CLOSE_MILLIS}; the close goes on after. */
    private void closeContext() {
        closer = new Thread(run.zmq::close, run.threadPrefix + "close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(CLOSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
