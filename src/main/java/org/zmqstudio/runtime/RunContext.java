package org.zmqstudio.runtime;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.zeromq.ZContext;
import org.zmqstudio.metrics.RunMetrics;

/** What every thread of one run shares. The stop flag is the only way threads are told to end. */
final class RunContext {

    /** Longest a thread blocks in one call before it looks at the stop flag and its controls again, ms. */
    static final int POLL_MILLIS = 20;

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
    }

    boolean stopping() {
        return stopping;
    }

    /** Raises the stop flag and ends every start-up wait. */
    void stop() {
        stopping = true;
        start.wakeForStop();
    }

    int controlsVersion() {
        return controlsChanged;
    }

    /** Call after changing any {@link NodeControl} (from the handle, never from a node thread). */
    synchronized void controlsChanged() {
        controlsChanged++;
    }
}
