package org.zmqstudio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.runtime.RunPhase;

/**
 * Runs a bench shape's topology on the engine, as {@code run} would, and times it from the start gate
 * to the snapshot that first shows every message received. Snapshots are taken sparingly (about
 * half the time still needed at the rate so far) so as not to slow the engine's threads, and at
 * most {@link #FINAL_POLL_MICROS} µs apart near the end, so a sample may read up to about that much
 * long. A paced shape, whose throughput is its rate and whose round trips are what is compared, is
 * looked at only every {@value #PACED_POLL_MICROS} µs, as often as the window takes its snapshots, so
 * that the snapshots' own work does not compete with the round trips for the CPU more than in a run
 * a user watches. Every count is checked: a sample in which the engine lost, duplicated or failed a
 * message is an error, not a figure.
 */
final class EngineBench {

    private static final long FINAL_POLL_MICROS = 1000;
    private static final long MAX_POLL_MICROS = 50_000;
    private static final long PACED_POLL_MICROS = 250_000;
    private static final long TIMEOUT_SECONDS = 120;

    private EngineBench() {
    }

    /**
     * Runs the shape once; {@code messages} as {@link BenchShape#messagesFor(int)} gives them.
     *
     * @throws IllegalStateException when the counts are wrong, the run fails or it takes too long
     */
    static BenchSample run(BenchShape shape, int messages) {
        Topology topology = shape.topology(messages);
        String origin = BenchShape.origin(topology);
        List<String> receivers = BenchShape.mustReceiveAll(topology);
        RunHandle run = Engine.start(topology, RunOptions.DEFAULTS);
        RunSnapshot done;
        try {
            done = awaitAllReceived(run, origin, receivers, messages, shape.paced());
        } catch (RuntimeException e) {
            run.stop();
            throw e;
        }
        run.stop();
        run.failure().ifPresent(sentence -> {
            throw new IllegalStateException(sentence);
        });
        RunSnapshot last = run.snapshot();
        checkCounts(last, origin, receivers, messages);
        LatencySummary roundTrip = BenchShape.makesRoundTrips(topology)
                ? last.node(origin).map(NodeSnapshot::endToEnd).orElse(LatencySummary.EMPTY)
                : LatencySummary.EMPTY;
        return new BenchSample(messages, TimeUnit.MILLISECONDS.toNanos(done.elapsedMillis()), roundTrip);
    }

    /** Polls until every receiver has every message; returns that first complete snapshot. */
    private static RunSnapshot awaitAllReceived(RunHandle run, String origin, List<String> receivers, int messages,
                                                boolean paced) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        RunSnapshot snapshot = run.snapshot();
        while (!allReceived(snapshot, receivers, messages)) {
            if (run.phase() == RunPhase.FAILED) {
                throw new IllegalStateException("the engine failed: " + run.failure().orElse("no reason given"));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the engine did not deliver " + messages + " messages within "
                        + TIMEOUT_SECONDS + " s: " + counts(snapshot, origin, receivers));
            }
            long pollMicros = paced ? PACED_POLL_MICROS : nextPollMicros(snapshot, receivers, messages);
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(pollMicros));
            snapshot = run.snapshot();
        }
        return snapshot;
    }

    /** Half the time the slowest receiver still needs at its rate so far, within the poll bounds. */
    private static long nextPollMicros(RunSnapshot snapshot, List<String> receivers, int messages) {
        long received = receivers.stream()
                .mapToLong(id -> snapshot.node(id).map(NodeSnapshot::received).orElse(0L)).min().orElse(0);
        if (received == 0 || snapshot.elapsedMillis() == 0) {
            return FINAL_POLL_MICROS;
        }
        double microsPerMessage = snapshot.elapsedMillis() * 1000.0 / received;
        long halfOfRemaining = (long) ((messages - received) * microsPerMessage / 2);
        return Math.max(FINAL_POLL_MICROS, Math.min(MAX_POLL_MICROS, halfOfRemaining));
    }

    private static boolean allReceived(RunSnapshot snapshot, List<String> receivers, int messages) {
        return receivers.stream().allMatch(id -> snapshot.node(id).map(n -> n.received() >= messages).orElse(false));
    }

    /** The origin sent exactly {@code messages}, each receiver got exactly that many, nothing lost or failed. */
    private static void checkCounts(RunSnapshot last, String origin, List<String> receivers, int messages) {
        List<String> wrong = new ArrayList<>();
        if (last.node(origin).map(NodeSnapshot::sent).orElse(-1L) != messages) {
            wrong.add(origin + " sent " + last.node(origin).map(NodeSnapshot::sent).orElse(-1L));
        }
        for (String id : receivers) {
            long received = last.node(id).map(NodeSnapshot::received).orElse(-1L);
            if (received != messages) {
                wrong.add(id + " received " + received);
            }
        }
        for (NodeSnapshot node : last.nodes()) {
            if (node.lost() != 0 || node.errors() != 0) {
                wrong.add(node.nodeId() + " lost " + node.lost() + " and had " + node.errors() + " errors"
                        + (node.lastError() == null ? "" : " (" + node.lastError() + ")"));
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("the engine's counts are wrong for " + messages + " messages: "
                    + String.join(", ", wrong));
        }
    }

    private static String counts(RunSnapshot snapshot, String origin, List<String> receivers) {
        StringBuilder text = new StringBuilder(origin + " sent " + snapshot.node(origin).map(NodeSnapshot::sent).orElse(0L));
        receivers.forEach(id -> text.append(", ").append(id).append(" received ")
                .append(snapshot.node(id).map(NodeSnapshot::received).orElse(0L)));
        return text.toString();
    }
}
