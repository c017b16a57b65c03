package org.zmqstudio.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.zeromq.ZContext;
import org.zmqstudio.metrics.RunMetrics;

/** What every thread of one run shares. The stop flag is the only way threads are told to end. */
final class RunContext {

    /**
     * Longest a send, or a requester waiting for its reply (whose timeout is kept to this), blocks in
     * one call before it looks at the stop flag and its controls again, ms; also the start's slices.
     */
    static final int POLL_MILLIS = 20;
    /**
     * Longest any other receive waits for a message before its thread looks at the stop flag and its
     * controls again, ms: long, so that an idle node wakes ten times a second only; a node blocked
     * in a receive sees a stop, a pause or a kill within this. Not longer: a stop joins every thread
     * within 800 ms before it closes the context, and on a loaded machine 250 ms receives left some
     * threads still in their socket then (JeroMQ's reaper failed, and the node counted an error).
     */
    static final int RECEIVE_MILLIS = 100;
    /**
     * Longest a thread parks (idle, paced, spending simulated work) before it looks again, ms; a stop,
     * a change of controls and a step end every park at once ({@link #wakeAll}).
     */
    static final long PARK_MILLIS = 1000;

    final RunPlan plan;
    final ZContext zmq;
    final RunMetrics metrics;
    final NodeControl[] controls;
    final StepGate step;
    final RunSpeed speed = new RunSpeed();
    final StartSequence start;
    final String threadPrefix;
    /** When the start must be over, gate open or not ({@link System#nanoTime}): start-up waits end by then. */
    final long startDeadlineNanos;
    /** Per node, the endpoint it actually bound ({@code *} ports resolved); set before connectors read it. */
    final AtomicReferenceArray<String> boundEndpoints;
    /** The run's threads that park: {@link #wakeAll} unparks them (never interrupts them). */
    private final List<Thread> parkers = new CopyOnWriteArrayList<>();
    /** Peers connected to the nodes external nodes connect to (monitor events). */
    final PeerCounts peers;
    private volatile boolean stopping;
    /** Goes up whenever the user changes any node's controls, so threads re-read theirs only then. */
    private volatile int controlsChanged;

    RunContext(RunPlan plan, ZContext zmq, RunMetrics metrics, String threadPrefix, long startDeadlineNanos) {
        this.plan = plan;
        this.startDeadlineNanos = startDeadlineNanos;
        this.zmq = zmq;
        this.metrics = metrics;
        this.threadPrefix = threadPrefix;
        int n = plan.size();
        controls = new NodeControl[n];
        for (int i = 0; i < n; i++) {
            controls[i] = new NodeControl();
        }
        step = new StepGate(n);
        start = new StartSequence(plan.units().size());
        boundEndpoints = new AtomicReferenceArray<>(n);
        peers = new PeerCounts(plan);
    }

    boolean stopping() {
        return stopping;
    }

    /** Raises the stop flag and ends every start-up wait and every park. */
    void stop() {
        stopping = true;
        start.wakeForStop();
        wakeAll();
    }

    /** Registers one of the run's threads, before it starts, so that {@link #wakeAll} reaches it. */
    void addParker(Thread thread) {
        parkers.add(thread);
    }

    /**
     * Ends the park of every registered thread now, so that it looks at the stop flag, its controls and
     * the step gate at once; a thread not parked just loops once more. Any thread.
     */
    void wakeAll() {
        for (Thread thread : parkers) {
            LockSupport.unpark(thread);
        }
    }

    int controlsVersion() {
        return controlsChanged;
    }

    /** Call after changing any {@link NodeControl} (from the handle, never from a node thread): wakes every thread. */
    void controlsChanged() {
        synchronized (this) {
            controlsChanged++;
        }
        wakeAll();
    }
}
