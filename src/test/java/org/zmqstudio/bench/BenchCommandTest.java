package org.zmqstudio.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.cli.Main;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Validator;

/** {@code bench} as a user runs it: through the program's command line, output captured. */
class BenchCommandTest {

    private static final String NUMBER = "\\s+[0-9][0-9,]*(\\.[0-9])?";
    private static final String RATIO = "\\s+[0-9]+\\.[0-9]{2}";
    private static final String RATIO_RANGE = "\\s+[0-9]+\\.[0-9]{2}-[0-9]+\\.[0-9]{2}";

    @Test
    @Timeout(120)
    void aShortBenchPrintsEveryShapeWithBothRatesTheirRatioAndItsSpread() {
        BenchRun run = bench("--samples", "1", "--messages", "2000");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        for (BenchShape shape : BenchShape.values()) {
            Pattern row = Pattern.compile(Pattern.quote(shape.title()) + "\\s+" + shape.messagesFor(2000)
                    + (shape.paced() ? "\\s+raw us\\s+engine us\\s+engine/raw\\s+middle half" : NUMBER + NUMBER + RATIO + RATIO_RANGE));
            assertTrue(lines.stream().anyMatch(l -> row.matcher(l).matches()), shape + " row missing:\n" + run.out());
        }
        for (String percentile : List.of("  p50", "  p90", "  p99")) {
            Pattern row = Pattern.compile(percentile + NUMBER + NUMBER + RATIO + RATIO_RANGE);
            assertEquals(2, lines.stream().filter(l -> row.matcher(l).matches()).count(),
                    percentile + " missing for one of the REQ->REP shapes:\n" + run.out());
        }
    }

    @Test
    void everyShapesTopologyIsValidWithOneOriginAndItsReceivers() {
        for (BenchShape shape : BenchShape.values()) {
            var topology = shape.topology(1000);
            List<Problem> errors = Validator.validate(topology, false).stream().filter(Problem::isError).toList();

            assertEquals(List.of(), errors, shape.cliName());
            assertTrue(topology.node(BenchShape.origin(topology)).isPresent(), shape.cliName());
        }
        assertEquals(List.of("sink"), BenchShape.mustReceiveAll(BenchShape.PIPELINE.topology(10)));
        assertEquals(List.of("sub-1", "sub-2", "sub-3", "sub-4"), BenchShape.mustReceiveAll(BenchShape.PUB_SUB.topology(10)));
        assertEquals(List.of("client"), BenchShape.mustReceiveAll(BenchShape.REQ_REP.topology(10)));
        assertEquals(List.of("client"), BenchShape.mustReceiveAll(BenchShape.REQ_REP_PACED.topology(10)));
        assertEquals(List.of("sink"), BenchShape.mustReceiveAll(BenchShape.PIPELINE_NUMBERED.topology(10)));
    }

    @Test
    void anUnknownShapeIsRefusedNamingTheShapes() {
        BenchRun run = bench("--shape", "ring");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown shape 'ring'; the shapes are push-pull, pipeline, pub-sub, push-pull-msg, pipeline-msg, "
                + "pub-sub-msg, req-rep, req-rep-paced, scale"),
                run.err());
    }

    @Test
    @Timeout(120)
    void theScaleShapePrintsStartCpuSnapshotAndStopFiguresForEachSize() {
        BenchRun run = bench("--shape", "scale", "--samples", "1");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        String figure = "\\s+[0-9]+\\.[0-9]+ \\[[0-9]+\\.[0-9]+-[0-9]+\\.[0-9]+\\]";
        for (int size : ScaleBench.SIZES) {
            Pattern row = Pattern.compile(size + " nodes" + figure.repeat(5));
            assertTrue(run.out().lines().anyMatch(l -> row.matcher(l).matches()), size + " nodes row missing:\n" + run.out());
        }
    }

    @Test
    void samplesAndMessagesOutOfRangeAreRefused() {
        BenchRun noSamples = bench("--samples", "0");
        BenchRun fewMessages = bench("--messages", "500");

        assertEquals(2, noSamples.exitCode());
        assertTrue(noSamples.err().startsWith("zmq-studio bench: --samples must be from 1 to 100, not 0"), noSamples.err());
        assertEquals(2, fewMessages.exitCode());
        assertTrue(fewMessages.err().startsWith("zmq-studio bench: --messages must be from 1000 to"), fewMessages.err());
    }

    @Test
    void helpDescribesTheShapesAndTheMethod() {
        BenchRun run = bench("--help");

        assertEquals(0, run.exitCode());
        for (String expected : List.of("push-pull", "pipeline", "pub-sub", "push-pull-msg", "req-rep", "req-rep-paced",
                "msg {n}", "--samples=N", "--messages=N",
                "--shape=NAME", "warm-up", "median", "middle half")) {
            assertTrue(run.out().contains(expected), expected + " missing:\n" + run.out());
        }
    }

    @Test
    void versionIsTheProgramsVersion() {
        BenchRun run = bench("--version");

        assertEquals(0, run.exitCode());
        assertEquals("ZMQ Studio dev", run.out().strip());
    }

    private static BenchRun bench(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "bench";
        System.arraycopy(options, 0, args, 1, options.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new Main().execute(args, new PrintWriter(out), new PrintWriter(err));
        return new BenchRun(exitCode, out.toString(), err.toString());
    }

    private record BenchRun(int exitCode, String out, String err) {
    }
}
