package org.zmqstudio.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures the engine against hand-written JeroMQ on the same shapes (issue 3), raw and
 * engine samples interleaved in this JVM after a warm-up of each, and prints a table of medians.
 * Its exit codes are picocli's, the same numbers as the rest of the command line; the command line
 * that registers it supplies its {@code --version}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the engine against hand-written JeroMQ on the same shapes.",
                "Both run in this JVM over inproc with 64-byte messages:",
                "  push-pull      a PUSH sends --messages to one PULL",
                "  pipeline       a PUSH ventilator sends --messages through 3 workers",
                "                 (PULL relaying to PUSH) to a PULL sink",
                "  pub-sub        a PUB sends --messages / 4 to 4 SUBs (high-water marks",
                "                 hold a whole sample, so nothing is dropped)",
                "  push-pull-msg, pipeline-msg, pub-sub-msg",
                "                 the same with the default payload \"msg {n}\" padded to",
                "                 64 B, a fresh message each time (raw: a fresh byte[64]",
                "                 with the number rendered in); the three above send the",
                "                 same 64 bytes again and again",
                "  req-rep        a REQ makes --messages / 50 round trips to an echoing REP",
                "  req-rep-paced  the default request \"request {n}\", echoed, at 100 round",
                "                 trips a second, 200 per sample",
                "  scale          10, 100 and 1,000 nodes in PUSH->PULL pairs paced at 1",
                "                 message a second: start time, the run's CPU per node",
                "                 while nearly idle, snapshot and stop times (--samples",
                "                 rounds; no raw side)",
                "After a warm-up of each, raw and engine samples alternate (raw, engine,",
                "raw, ...). Every engine sample checks that each message sent was received;",
                "a wrong count fails the shape. Prints per flat-out shape the median msgs/s",
                "of each side and the ratio engine/raw (pub-sub counts messages published,",
                "req-rep round trips), the middle half of the ratios of each engine sample",
                "to the raw sample before it (how far the machine's load moved them), then",
                "for each REQ->REP shape the round-trip p50, p90 and p99 in microseconds",
                "(medians of the samples' percentiles) with the middle half of the pairs'",
                "ratios. Raw samples are timed exactly; an engine sample runs from the start",
                "gate to the first snapshot that shows every message received (snapshots",
                "come at most 1 ms apart near the end).",
                "The default settings take about two minutes.",
                "Exit status: 0, or 1 when a shape failed."})
public final class BenchCommand implements Callable<Integer> {

    static final int MAX_SAMPLES = 100;
    static final int MIN_MESSAGES = 1000;
    static final int MAX_MESSAGES = 10_000_000;
    static final String SCALE = "scale";

    @Spec
    private CommandSpec spec;

    private int samples;
    private int messages;

    /** {@code --shape}: one of {@link BenchShape}, or {@code null} for all of them (or for scale alone). */
    private BenchShape shape;
    /** {@code --shape scale}: the scale shape alone. */
    private boolean scaleOnly;

    @Option(names = "--shape", paramLabel = "NAME",
            description = "Measure only this shape, by the names above (default: all).")
    void setShape(String name) {
        if (name.equals(SCALE)) {
            shape = null;
            scaleOnly = true;
            return;
        }
        try {
            shape = BenchShape.byCliName(name);
            scaleOnly = false;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + ", " + SCALE);
        }
    }

    @Option(names = "--samples", paramLabel = "N", defaultValue = "7",
            description = "Timed samples per shape and side (default: ${DEFAULT-VALUE}; at most " + MAX_SAMPLES + ").")
    void setSamples(int value) {
        if (value < 1 || value > MAX_SAMPLES) {
            throw new ParameterException(spec.commandLine(),
                    "--samples must be from 1 to " + MAX_SAMPLES + ", not " + value);
        }
        samples = value;
    }

    @Option(names = "--messages", paramLabel = "N", defaultValue = "1000000",
            description = "Messages per sample (default: ${DEFAULT-VALUE}; " + MIN_MESSAGES + " to " + MAX_MESSAGES + ").")
    void setMessages(int value) {
        if (value < MIN_MESSAGES || value > MAX_MESSAGES) {
            throw new ParameterException(spec.commandLine(),
                    "--messages must be from " + MIN_MESSAGES + " to " + MAX_MESSAGES + ", not " + value);
        }
        messages = value;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BenchShape> shapes = shape != null ? List.of(shape) : scaleOnly ? List.of() : List.of(BenchShape.values());
        out.printf("bench: raw JeroMQ and the engine, %d samples each after a warm-up, inproc, 64 B messages%n%n",
                samples);
        Map<BenchShape, BenchResult> results = new EnumMap<>(BenchShape.class);
        int failures = 0;
        for (BenchShape measured : shapes) {
            err.printf("measuring %s ...%n", measured.cliName());
            err.flush();
            try {
                results.put(measured, measure(measured));
            } catch (RuntimeException e) {
                err.println(spec.qualifiedName() + ": " + measured.cliName() + " failed: " + e.getMessage());
                failures++;
            }
        }
        if (!results.isEmpty()) {
            BenchTable.print(results, messages, out);
        }
        if (shape == null) {
            ScaleBench.measureAndPrint(samples, out, err);
        }
        return failures == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    /** One warm-up of each side, then raw and engine samples alternately. */
    private BenchResult measure(BenchShape measured) {
        int count = measured.messagesFor(messages);
        measured.raw(count);
        EngineBench.run(measured, count);
        List<BenchSample> raw = new ArrayList<>();
        List<BenchSample> engine = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            raw.add(measured.raw(count));
            engine.add(EngineBench.run(measured, count));
        }
        return new BenchResult(raw, engine);
    }
}
