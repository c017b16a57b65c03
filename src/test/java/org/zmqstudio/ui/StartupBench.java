package org.zmqstudio.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long the window takes to show the canvas: launches {@code java -jar JAR FILE} afresh (a new
 * JVM each time, the OS file cache warm) with the startup probe on, and times from the launch to
 * the probe's line, i.e. to the first painted frame that shows the canvas; then ends that process.
 * Several jars are launched in turn, round after round, so that a change of the machine's load
 * falls on all of them alike. Then times {@code --version} and {@code --help} the same way.
 *
 * <pre>
 * java -cp target/test-classes org.zmqstudio.ui.StartupBench [--runs N] [--file TOPOLOGY]
 *      [--jvm-arg ARG]... [JAR...]        (default: 7 runs, topologies/parallel-pipeline.json, target/zmq-studio.jar)
 * </pre>
 *
 * The window needs a display: run it with {@code DISPLAY} set (Xvfb will do). Prints the median,
 * the fastest and slowest launch and the middle half for each jar, and the probe's stages (median
 * milliseconds since the process started: {@code open} = the command line handed over to the
 * window, {@code start} = JavaFX started, {@code shown} = the window built and shown).
 */
public final class StartupBench {

    private static final long LAUNCH_TIMEOUT_SECONDS = 120;

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        Path topology = Path.of("topologies", "parallel-pipeline.json");
        List<String> jvmArgs = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--file" -> topology = Path.of(args[++i]);
                case "--jvm-arg" -> jvmArgs.add(args[++i]);
                default -> jars.add(Path.of(args[i]));
            }
        }
        if (jars.isEmpty()) {
            jars.add(Path.of("target", "zmq-studio.jar"));
        }
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("no jar at " + jar + " (mvn package -DskipTests builds it)");
            }
        }
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("DISPLAY is not set: start Xvfb (Xvfb :99 &) and run with DISPLAY=:99");
        }

        Map<Path, List<Launch>> windows = new LinkedHashMap<>();
        Map<Path, List<Long>> versions = new LinkedHashMap<>();
        Map<Path, List<Long>> helps = new LinkedHashMap<>();
        for (int round = 1; round <= runs; round++) {
            for (Path jar : jars) {
                Launch launch = launchWindow(jar, jvmArgs, topology);
                windows.computeIfAbsent(jar, j -> new ArrayList<>()).add(launch);
                System.out.printf(Locale.ROOT, "round %d  %s  painted after %d ms  (%s)%n", round, jar,
                        launch.millis(), launch.probeLine());
            }
        }
        for (int round = 1; round <= runs; round++) {
            for (Path jar : jars) {
                versions.computeIfAbsent(jar, j -> new ArrayList<>()).add(timeCommand(jar, jvmArgs, "--version"));
                helps.computeIfAbsent(jar, j -> new ArrayList<>()).add(timeCommand(jar, jvmArgs, "--help"));
            }
        }

        System.out.printf(Locale.ROOT, "%nlaunch to the first painted canvas, %d launches per jar, %s:%n", runs, topology);
        for (Path jar : jars) {
            List<Launch> launches = windows.get(jar);
            System.out.printf(Locale.ROOT, "  %-40s %s   stages: %s%n", jar,
                    spread(launches.stream().map(Launch::millis).toList()), stages(launches));
        }
        System.out.printf(Locale.ROOT, "--version and --help:%n");
        for (Path jar : jars) {
            System.out.printf(Locale.ROOT, "  %-40s --version %s   --help %s%n", jar, spread(versions.get(jar)),
                    spread(helps.get(jar)));
        }
    }

    /** One window launch: milliseconds to the probe's line, and the line. */
    private record Launch(long millis, String probeLine) {
    }

    private static Launch launchWindow(Path jar, List<String> jvmArgs, Path topology) throws IOException,
            InterruptedException {
        List<String> command = java(jvmArgs);
        command.add("-D" + StartupProbe.PROPERTY + "=true");
        command.addAll(List.of("-jar", jar.toString(), topology.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process process = builder.start();
        Thread watchdog = watchdog(process);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(StartupProbe.PREFIX)) {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    end(process);
                    return new Launch(millis, line.substring(StartupProbe.PREFIX.length()).trim());
                }
            }
        } finally {
            watchdog.interrupt();
            end(process);
        }
        throw new IllegalStateException(jar + " ended (exit " + process.exitValue() + ") without painting a frame: "
                + String.join(" ", command));
    }

    private static long timeCommand(Path jar, List<String> jvmArgs, String option) throws IOException,
            InterruptedException {
        List<String> command = java(jvmArgs);
        command.addAll(List.of("-jar", jar.toString(), option));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(LAUNCH_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            end(process);
            throw new IllegalStateException(String.join(" ", command) + " failed or hung");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static List<String> java(List<String> jvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        return command;
    }

    /** Ends a launch that never prints (a hung window) after {@link #LAUNCH_TIMEOUT_SECONDS}. */
    private static Thread watchdog(Process process) {
        Thread thread = new Thread(() -> {
            try {
                if (!process.waitFor(LAUNCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException done) {
                // The launch printed or ended in time.
            }
        }, "startup-bench-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void end(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** {@code median 2140 ms (fastest 1980, slowest 2600; middle half 2050–2300)}. */
    private static String spread(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %d ms (fastest %d, slowest %d; middle half %d–%d)",
                percentile(sorted, 50), sorted.get(0), sorted.get(sorted.size() - 1),
                percentile(sorted, 25), percentile(sorted, 75));
    }

    /** The median of each probe stage over the launches, e.g. {@code open=380 start=1350 shown=1910}. */
    private static String stages(List<Launch> launches) {
        Map<String, List<Long>> byStage = new LinkedHashMap<>();
        for (Launch launch : launches) {
            for (String part : launch.probeLine().split(" ")) {
                String[] pair = part.split("=");
                if (pair.length == 2 && !pair[0].equals("painted")) {
                    byStage.computeIfAbsent(pair[0], s -> new ArrayList<>()).add(Long.parseLong(pair[1]));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        byStage.forEach((stage, millis) -> text.append(stage).append('=')
                .append(percentile(millis.stream().sorted().toList(), 50)).append(' '));
        return text.toString().trim();
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
