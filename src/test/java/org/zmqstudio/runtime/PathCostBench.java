package org.zmqstudio.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/**
 * What the engine adds to each message itself, apart from what crosses threads. The engine's own
 * loops (a flat-out {@code produce}, a {@code consume}, a {@code relay}) and the plain JeroMQ calls a
 * hand-written program makes take turns on the same inproc sockets, all on one thread, in bursts that
 * fit the high-water marks, so that no call ever waits. {@code bench} measures whole shapes across
 * threads, where wake-ups and cache traffic between cores cost both sides alike and the machine's
 * other load makes the figures swing; here only the instructions per message are left: tracing,
 * counting and the loops' bookkeeping, measured to a nanosecond or two.
 * <p>
 * <p>
 * With {@code msg} as second argument the ventilator sends the default template {@code "msg {n}"}
 * padded to 64 bytes, a fresh frame per message, and the raw sender a fresh {@code byte[64]} with
 * the number rendered in, as {@code bench}'s {@code -msg} shapes do.
 * <p>
 * Run with {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zmqstudio.runtime.PathCostBench [-Dexec.args="ROUNDS [msg]"]}.
 */
public final class PathCostBench {

    /** Messages per turn: whole batches, well under what the pipe holds (1,000 + 1,000). */
    private static final int BURST = 14 * NodeLoop.BATCH;
    private static final int TURNS_PER_ROUND = 4000;
    private static final byte[] PAYLOAD = new byte[64];

    private final boolean numbered;
    private final RunContext run;
    private final ZMQ.Socket[] sockets;
    private final int ventilator;
    private final int workerIn;
    private final int workerOut;
    private final int sink;
    private final ProduceLoop produce;
    private final RelayLoop relay;
    private final ConsumeLoop consume;
    private long rawSent;

    private PathCostBench(boolean numbered) {
        this.numbered = numbered;
        Topology topology = new Topology("path cost", "", List.of(
                new Node("ventilator", SocketType.PUSH, null, 0, 0, "inproc://path-cost-tasks", SocketOptions.NONE, 0,
                        new Behavior.Produce(0, 0, numbered ? "msg {n}" : "bench", PAYLOAD.length, 1, List.of())),
                new Node("worker-in", SocketType.PULL, null, 0, 0, null, SocketOptions.NONE, 0, new Behavior.Relay("worker-out", 0)),
                new Node("worker-out", SocketType.PUSH, null, 0, 0, null, SocketOptions.NONE, 0, null),
                new Node("sink", SocketType.PULL, null, 0, 0, "inproc://path-cost-results", SocketOptions.NONE, 0, Behavior.Consume.DEFAULT)),
                List.of(Link.between("worker-in", "ventilator"), Link.between("worker-out", "sink")));
        RunPlan plan = new RunPlan(topology);
        run = new RunContext(plan, new ZContext(1), Engine.metrics(plan, RunOptions.DEFAULTS), "path-cost-",
                System.nanoTime() + RunOptions.DEFAULTS.startMillis() * 1_000_000);
        ventilator = plan.index("ventilator");
        workerIn = plan.index("worker-in");
        workerOut = plan.index("worker-out");
        sink = plan.index("sink");
        sockets = new ZMQ.Socket[plan.size()];
        SocketOpener opener = new SocketOpener(run);
        for (int node : new int[] {ventilator, sink, workerIn, workerOut}) {
            sockets[node] = opener.create(node);
            opener.bind(sockets[node], node);
            opener.connect(sockets[node], node, false, null);
        }
        UnitSockets unit = new UnitSockets() {
            @Override
            public ZMQ.Socket socket(int node) {
                return sockets[node];
            }

            @Override
            public ZMQ.Socket reopen(int node) {
                return sockets[node];
            }

            @Override
            public boolean interrupted() {
                return false;
            }
        };
        produce = new ProduceLoop(run, unit, ventilator, (Behavior.Produce) plan.behavior(ventilator));
        relay = new RelayLoop(run, unit, workerIn, (Behavior.Relay) plan.behavior(workerIn), inbound(workerIn));
        consume = new ConsumeLoop(run, unit, sink, (Behavior.Consume) plan.behavior(sink), inbound(sink).consumer());
    }

    private Inbound inbound(int node) {
        return new Inbound(run, node, run.metrics.newEventRing());
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PathCostBench bench = new PathCostBench(args.length > 1 && args[1].equals("msg"));
        List<double[]> figures = new ArrayList<>();
        System.out.printf("ns per message, one thread, %d-message turns; raw JeroMQ | engine | added%n", BURST);
        for (int round = 1; round <= rounds; round++) {
            double[] figure = bench.round();
            figures.add(figure);
            System.out.println("round " + round + ": " + line(figure));
        }
        double[] median = new double[figures.get(0).length];
        for (int i = 0; i < median.length; i++) {
            int column = i;
            median[i] = figures.stream().mapToDouble(f -> f[column]).sorted().toArray()[figures.size() / 2];
        }
        System.out.println("median:  " + line(median));
        bench.run.zmq.close();
    }

    private static String line(double[] f) {
        return String.format(Locale.ROOT, "send %.1f | %.1f | +%.1f   receive %.1f | %.1f | +%.1f   relay %.1f | %.1f | +%.1f",
                f[0], f[1], f[1] - f[0], f[2], f[3], f[3] - f[2], f[4], f[5], f[5] - f[4]);
    }

    /**
     * One round: each path in turns, raw and engine alternating; per message, ns, in pairs (raw,
     * engine): send, receive, relay. What a path needs in its queue is put there, and what it leaves
     * is taken away, outside the timed part.
     */
    private double[] round() {
        long[] nanos = new long[6];
        for (int turn = 0; turn < TURNS_PER_ROUND; turn++) {
            boolean engine = turn % 2 == 1;
            int side = engine ? 1 : 0;

            long start = System.nanoTime();
            if (engine) {
                step(produce, counters(ventilator)::sent);
            } else {
                rawSend();
            }
            nanos[side] += System.nanoTime() - start;
            rawReceive(workerIn);

            step(produce, counters(ventilator)::sent);
            step(relay, counters(workerIn)::received);
            start = System.nanoTime();
            if (engine) {
                step(consume, counters(sink)::received);
            } else {
                rawReceive(sink);
            }
            nanos[2 + side] += System.nanoTime() - start;

            step(produce, counters(ventilator)::sent);
            start = System.nanoTime();
            if (engine) {
                step(relay, counters(workerIn)::received);
            } else {
                rawRelay();
            }
            nanos[4 + side] += System.nanoTime() - start;
            rawReceive(sink);
        }
        double messages = TURNS_PER_ROUND / 2.0 * BURST;
        double[] perMessage = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            perMessage[i] = nanos[i] / messages;
        }
        return perMessage;
    }

    private NodeCounters counters(int node) {
        return run.metrics.node(node);
    }

    /** Steps the loop until the count has gone up by a burst (each step takes a whole batch). */
    private static void step(NodeLoop loop, LongSupplier count) {
        long target = count.getAsLong() + BURST;
        while (count.getAsLong() < target) {
            loop.step();
        }
    }

    private void rawSend() {
        ZMQ.Socket push = sockets[ventilator];
        for (int i = 0; i < BURST; i++) {
            push.send(numbered ? numbered(++rawSent) : PAYLOAD, 0);
        }
    }

    /** A fresh 64-byte {@code "msg n"} padded with dots, as a hand-written sender would make it. */
    private static byte[] numbered(long n) {
        byte[] message = new byte[PAYLOAD.length];
        message[0] = 'm';
        message[1] = 's';
        message[2] = 'g';
        message[3] = ' ';
        int digits = 1;
        for (long v = n; v >= 10; v /= 10) {
            digits++;
        }
        long rest = n;
        for (int i = 3 + digits; i > 3; i--) {
            message[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        java.util.Arrays.fill(message, 4 + digits, message.length, (byte) '.');
        return message;
    }

    private void rawReceive(int node) {
        ZMQ.Socket pull = sockets[node];
        for (int i = 0; i < BURST; i++) {
            pull.recv(0);
        }
    }

    private void rawRelay() {
        ZMQ.Socket in = sockets[workerIn];
        ZMQ.Socket out = sockets[workerOut];
        for (int i = 0; i < BURST; i++) {
            out.send(in.recv(0), 0);
        }
    }
}
