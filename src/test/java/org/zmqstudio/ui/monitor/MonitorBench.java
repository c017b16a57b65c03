package org.zmqstudio.ui.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.zmqstudio.Eventually;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.Engine;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.ui.MainWindow;
import org.zmqstudio.ui.canvas.HeadlessFx;
import org.zmqstudio.ui.files.FxFileDialogs;
import org.zmqstudio.ui.files.RecentFiles;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * The live monitor under load: a 200-node stress topology (50 pipelines of ventilator, worker in,
 * worker out and sink, every ventilator sending as fast as it can) runs in the real editor window,
 * headless (Monocle, software rendering), while an animation timer records every frame interval and
 * the canvas counts the frames it draws (at most one per pulse).
 * Rounds alternate with headless runs of the same topology, so the engine's throughput with the
 * monitor open is compared with its throughput alone on the same machine at the same time. As in the
 * application, the window runs this flat-out topology at background priority and the headless
 * rounds at normal priority, as {@code run} would.
 * Run with {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zmqstudio.ui.monitor.MonitorBench [-Dexec.args="SECONDS ROUNDS"]}.
 */
public final class MonitorBench {

    private static final int PIPELINES = 50;
    private static final long WARM_UP_MILLIS = 1000;

    private MainWindow window;
    private final List<Long> frameNanos = new ArrayList<>();
    private final List<Double> drawsPerSecond = new ArrayList<>();
    private final List<Double> drawsPerPulse = new ArrayList<>();
    private long lastFrame;
    private boolean recording;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (recording && lastFrame != 0) {
                frameNanos.add(now - lastFrame);
            }
            lastFrame = now;
        }
    };

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        HeadlessFx.start();
        new MonitorBench().run(stress(), seconds, rounds);
        System.exit(0);
    }

    private void run(Topology topology, int seconds, int rounds) throws Exception {
        HeadlessFx.onFx(() -> {
            Stage stage = new Stage();
            try {
                window = new MainWindow(stage, new FxFileDialogs(stage),
                        new RecentFiles(Files.createTempFile("zmq-studio-bench", ".txt")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stage.show();
            window.document().reset(topology, null);
            window.canvas().fitToWindow();
            frames.start();
            return null;
        });
        List<Double> headless = new ArrayList<>();
        List<Double> monitored = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            headless.add(headlessRate(topology, seconds));
            monitored.add(monitoredRate(seconds));
            System.out.printf(Locale.ROOT, "round %d: headless %,.0f msgs/s, with monitor %,.0f msgs/s%n",
                    round, headless.get(round - 1), monitored.get(round - 1));
        }
        report(headless, monitored);
    }

    /** Messages the sinks received per second, engine alone. */
    private static double headlessRate(Topology topology, int seconds) throws InterruptedException {
        try (RunHandle run = Engine.start(topology, RunOptions.DEFAULTS)) {
            Thread.sleep(WARM_UP_MILLIS);
            long before = sinkCount(run.snapshot());
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            return (sinkCount(run.snapshot()) - before) * 1e9 / (System.nanoTime() - start);
        }
    }

    /** Messages the sinks received per second with the window animating the run; frames are recorded meanwhile. */
    private double monitoredRate(int seconds) throws Exception {
        RunController controller = window.monitor().controller();
        HeadlessFx.onFx(() -> {
            controller.run(window.document().topology(), false);
            return null;
        });
        awaitMode(controller, Mode.RUNNING);
        Thread.sleep(WARM_UP_MILLIS);
        RunHandle run = controller.live().orElseThrow().handle();
        long received = sinkCount(run.snapshot());
        long start = System.nanoTime();
        long[] before = HeadlessFx.onFx(() -> {
            recording = true;
            return new long[] {window.canvas().framesDrawn(), frameNanos.size()};
        });
        Thread.sleep(seconds * 1000L);
        long[] after = HeadlessFx.onFx(() -> {
            recording = false;
            return new long[] {window.canvas().framesDrawn(), frameNanos.size()};
        });
        long draws = after[0] - before[0];
        drawsPerSecond.add(draws * 1e9 / (System.nanoTime() - start));
        drawsPerPulse.add((double) draws / Math.max(1, after[1] - before[1]));
        double rate = (sinkCount(run.snapshot()) - received) * 1e9 / (System.nanoTime() - start);
        HeadlessFx.onFx(() -> {
            controller.stop();
            return null;
        });
        awaitMode(controller, Mode.EDITING);
        return rate;
    }

    private static void awaitMode(RunController controller, Mode mode) {
        if (!Eventually.await(Duration.ofSeconds(30), () -> onFx(controller::mode) == mode)) {
            throw new IllegalStateException("the monitor did not reach " + mode);
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        try {
            return HeadlessFx.onFx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void report(List<Double> headless, List<Double> monitored) throws Exception {
        long[] intervals = HeadlessFx.onFx(() -> frameNanos.stream().mapToLong(Long::longValue).sorted().toArray());
        double medianMillis = percentile(intervals, 0.50) / 1e6;
        System.out.printf(Locale.ROOT, "%nframes recorded: %d%n", intervals.length);
        System.out.printf(Locale.ROOT, "frame interval ms: median %.1f (%.1f fps), p90 %.1f, p99 %.1f, max %.1f%n",
                medianMillis, 1000 / medianMillis, percentile(intervals, 0.90) / 1e6, percentile(intervals, 0.99) / 1e6,
                intervals.length == 0 ? 0 : intervals[intervals.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "canvas draws during the run (median of rounds): %.1f per second, %.2f per pulse%n",
                median(drawsPerSecond), median(drawsPerPulse));
        double headlessMedian = median(headless);
        double monitoredMedian = median(monitored);
        System.out.printf(Locale.ROOT, "throughput msgs/s (median of rounds): headless %,.0f, with monitor %,.0f, ratio %.2f%n",
                headlessMedian, monitoredMedian, monitoredMedian / headlessMedian);
    }

    private static long sinkCount(RunSnapshot snapshot) {
        return snapshot.nodes().stream().filter(n -> n.nodeId().startsWith("sink-")).mapToLong(n -> n.received()).sum();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }

    /** 50 pipelines of 4 sockets each (200 nodes, 150 links), laid out in a grid, ventilators flat out. */
    static Topology stress() {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < PIPELINES; i++) {
            double y = 40 + (i % 25) * 100;
            double x = 40 + (i / 25) * 900;
            String n = Integer.toString(i);
            nodes.add(Node.of("vent-" + n, SocketType.PUSH, x, y)
                    .withBehavior(new Behavior.Produce(0, 0, "task {n}", 64, 1, List.of())));
            nodes.add(Node.of("in-" + n, SocketType.PULL, x + 200, y).withBehavior(new Behavior.Relay("out-" + n, 0)));
            nodes.add(Node.of("out-" + n, SocketType.PUSH, x + 400, y));
            nodes.add(Node.of("sink-" + n, SocketType.PULL, x + 600, y).withBehavior(new Behavior.Consume(List.of(""), 0)));
            links.addAll(Arrays.asList(Link.between("in-" + n, "vent-" + n), Link.between("out-" + n, "sink-" + n)));
        }
        return new Topology("Stress: 50 pipelines flat out", "", nodes, links);
    }
}
