package org.zmqstudio.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.runtime.RunPhase;

/**
 * The {@code scale} shape of {@code bench}: what a run costs by its size alone. A topology of N nodes
 * in N / 2 PUSH→PULL pairs over inproc, each sender paced at {@value #RATE} message a second (nearly
 * idle: every node still waits on its socket or its pacer), is started, watched and stopped; per size
 * it measures
 * <ul>
 *   <li>start: {@code Engine.start} until the gate is open, ms;</li>
 *   <li>idle CPU: the CPU time of the run's own threads over {@value #IDLE_MILLIS} ms, per node and
 *       second, ms (JeroMQ's and the JVM's threads are left out: they do not grow with the nodes);</li>
 *   <li>snapshot: {@code RunHandle.snapshot()} taken {@value #SNAPSHOTS} times, median and slowest, ms;</li>
 *   <li>stop: {@code RunHandle.stop()}, ms.</li>
 * </ul>
 * Sizes take turns round by round, so that the machine's load falls on all alike.
 */
final class ScaleBench {

    static final List<Integer> SIZES = List.of(10, 100, 1000);
    private static final double RATE = 1;
    private static final long SETTLE_MILLIS = 500;
    private static final long IDLE_MILLIS = 2000;
    private static final int SNAPSHOTS = 20;
    private static final long SNAPSHOT_GAP_MILLIS = 25;
    private static final String RUN_THREADS = "zmqstudio-run";

    /** One size's figures in one round. */
    record Sample(double startMillis, double cpuMillisPerNodeSecond, double snapshotMedianMillis,
                  double snapshotMaxMillis, double stopMillis) {
    }

    private ScaleBench() {
    }

    /** Runs {@code rounds} rounds over {@link #SIZES} and prints one row per size: medians, and the spread. */
    static void measureAndPrint(int rounds, PrintWriter out, PrintWriter err) {
        List<List<Sample>> bySize = new ArrayList<>();
        SIZES.forEach(size -> bySize.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < SIZES.size(); i++) {
                err.printf("measuring scale, %d nodes, round %d of %d ...%n", SIZES.get(i), round + 1, rounds);
                err.flush();
                bySize.get(i).add(measure(SIZES.get(i)));
            }
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-10s %16s %20s %18s %16s %14s", "scale", "start ms",
                "CPU ms/s per node", "snapshot ms", "snapshot max ms", "stop ms"));
        for (int i = 0; i < SIZES.size(); i++) {
            List<Sample> samples = bySize.get(i);
            out.println(String.format(Locale.ROOT, "%-10s %16s %20s %18s %16s %14s", SIZES.get(i) + " nodes",
                    spread(samples, Sample::startMillis), spread(samples, Sample::cpuMillisPerNodeSecond),
                    spread(samples, Sample::snapshotMedianMillis), spread(samples, Sample::snapshotMaxMillis),
                    spread(samples, Sample::stopMillis)));
        }
        out.println();
        out.println("scale: N/2 PUSH->PULL pairs over inproc, each sender paced at 1 message a second; median");
        out.println("over the rounds [lowest-highest]. CPU: the run's own threads only, per node per second of");
        out.println("an idle stretch; snapshot: median and slowest of " + SNAPSHOTS + " snapshots per round.");
        out.flush();
    }

    /** Starts, watches and stops one run of {@code size} nodes. */
    static Sample measure(int size) {
        Topology topology = pairs(size);
        long before = System.nanoTime();
        RunHandle run = Engine.start(topology, RunOptions.DEFAULTS.withEvents(false).withStartMillis(60_000));
        double startMillis = millisSince(before);
        try {
            if (run.phase() == RunPhase.FAILED) {
                throw new IllegalStateException("the run did not start: " + run.failure().orElse("no reason given"));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS));
            long cpuBefore = runThreadsCpuNanos();
            long idleFrom = System.nanoTime();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS));
            double cpuMillis = (runThreadsCpuNanos() - cpuBefore) / 1e6;
            double idleSeconds = (System.nanoTime() - idleFrom) / 1e9;
            double[] snapshots = new double[SNAPSHOTS];
            for (int i = 0; i < SNAPSHOTS; i++) {
                long at = System.nanoTime();
                run.snapshot();
                snapshots[i] = millisSince(at);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(SNAPSHOT_GAP_MILLIS));
            }
            Arrays.sort(snapshots);
            long stopAt = System.nanoTime();
            run.stop();
            double stopMillis = millisSince(stopAt);
            run.awaitClosed(5000);
            return new Sample(startMillis, cpuMillis / size / idleSeconds, snapshots[SNAPSHOTS / 2],
                    snapshots[SNAPSHOTS - 1], stopMillis);
        } finally {
            run.stop();
        }
    }

    /** {@code size} nodes: half senders paced at {@link #RATE}, each bound to by its own consumer. */
    static Topology pairs(int size) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int p = 0; p < size / 2; p++) {
            String sender = "sender-" + p;
            String sink = "sink-" + p;
            nodes.add(Node.of(sender, SocketType.PUSH, 0, 0)
                    .withBehavior(new Behavior.Produce(0, RATE, "msg {n}", 0, 1, List.of())));
            nodes.add(Node.of(sink, SocketType.PULL, 0, 0).withBehavior(Behavior.Consume.DEFAULT));
            links.add(Link.between(sink, sender));
        }
        return new Topology("scale " + size, "", nodes, links);
    }

    /** CPU time of every live thread of the engine's runs, ns. */
    private static long runThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(RUN_THREADS)) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    private static double millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }

    private static String spread(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> figure) {
        double[] values = samples.stream().mapToDouble(figure).sorted().toArray();
        String format = values[values.length - 1] < 1 ? "%.3f" : "%.1f";
        return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]",
                values[values.length / 2], values[0], values[values.length - 1]);
    }
}
