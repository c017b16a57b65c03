package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.metrics.RunMetrics;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;

/** Runs topologies for real with JeroMQ (DESIGN.md §5). */
public final class Engine {

    private Engine() {
    }

    /**
     * Validates the topology, then starts it as {@link #start(Topology, List, RunOptions)} does.
     *
     * @throws IllegalArgumentException when the topology has validation errors (nothing is started)
     */
    public static RunHandle start(Topology topology, RunOptions options) {
        return start(topology, Validator.validate(topology, options.allowNetwork()), options);
    }

    /**
     * Starts a topology that the {@code Validator} found free of errors: binds every socket, connects
     * every link, waits for the connections, then opens the start gate. Returns once the gate is open,
     * or once the start failed ({@link RunPhase#FAILED}, every socket already closed).
     *
     * @param problems what {@code Validator.validate(topology, options.allowNetwork())} found, for a
     *                 caller that has validated already (the window, the command line): not checked again
     * @throws IllegalArgumentException when the problems hold an error (nothing is started)
     */
    public static RunHandle start(Topology topology, List<Problem> problems, RunOptions options) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the topology has errors: "
                    + errors.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        }
        RunPlan plan = new RunPlan(DelayedPorts.fixed(topology));
        EngineRun run = new EngineRun(plan, metrics(plan, options), options);
        run.start();
        return run;
    }

    /** The metrics of a run of {@code plan}: every node's counters (an external node's state says so), and where gaps are losses. */
    static RunMetrics metrics(RunPlan plan, RunOptions options) {
        LossPlan losses = new LossPlan(plan);
        List<RunMetrics.NodeInfo> infos = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            infos.add(new RunMetrics.NodeInfo(plan.node(i).id(), plan.node(i).socket()));
        }
        int ring = options.events() ? Math.max(16, options.eventsCapacity() / Math.max(1, plan.units().size())) : 0;
        RunMetrics metrics = new RunMetrics(plan.topology().name(), infos, losses.publisherTopics, losses.trackedSlots,
                losses.expected, losses.shares, ring, System::nanoTime);
        for (int i = 0; i < plan.size(); i++) {
            if (plan.isExternal(i)) {
                metrics.node(i).state(NodeState.EXTERNAL);
            }
        }
        return metrics;
    }
}
