package org.zmqstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Endpoint;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.persistence.TopologyFiles;

/** Every example in {@code topologies/} opens, validates, reads well on the canvas and runs to an end. */
class ExampleTopologiesTest {

    /** The size of a node's box on the canvas, canvas units. */
    private static final double NODE_WIDTH = 160;
    private static final double NODE_HEIGHT = 70;

    static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("topologies"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastTenExamples() throws IOException {
        List<Path> files = exampleFiles();

        assertTrue(files.size() >= 10, () -> "only " + files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleLoadsAndValidatesWithoutErrors(Path file) throws Exception {
        Topology topology = TopologyFiles.load(file);

        List<Problem> problems = Validator.validate(topology, false);

        assertTrue(problems.stream().noneMatch(Problem::isError), () -> file + ":\n" + problems.stream()
                .map(Problem::toString).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleHasANameAndADescriptionForLearners(Path file) throws Exception {
        Topology topology = TopologyFiles.load(file);

        assertFalse(topology.name().isBlank(), "name");
        assertFalse(topology.description().isBlank(), "description");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void exampleIsWrittenExactlyAsTheAppSavesItSoSavingMakesNoDiff(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);

        assertEquals(TopologyFiles.toJson(TopologyFiles.parse(text, file.toString())), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void noTwoNodeBoxesOverlapOnTheCanvas(Path file) throws Exception {
        List<Node> nodes = TopologyFiles.load(file).nodes();

        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                boolean overlap = Math.abs(a.x() - b.x()) < NODE_WIDTH && Math.abs(a.y() - b.y()) < NODE_HEIGHT;
                assertFalse(overlap, a.id() + " overlaps " + b.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void everySenderIsBoundedSoAHeadlessRunEndsByItself(Path file) throws Exception {
        Topology topology = TopologyFiles.load(file);

        List<String> unbounded = new ArrayList<>();
        for (Node node : topology.nodes()) {
            topology.effectiveBehavior(node).ifPresent(behavior -> {
                if (behavior instanceof Behavior.Produce p && p.count() == 0
                        || behavior instanceof Behavior.Request r && r.count() == 0) {
                    unbounded.add(node.id());
                }
            });
        }
        assertEquals(List.of(), unbounded, "senders without a count");
    }

    /** The last message of the longest sender is due this long after the start, at 1×: count / rate, after its start delay. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleFiles")
    void everyExampleLastsLongEnoughToWatchAtFullSpeed(Path file) throws Exception {
        Topology topology = TopologyFiles.load(file);

        double longestSeconds = 0;
        for (Node node : topology.nodes()) {
            Behavior behavior = topology.effectiveBehavior(node).orElse(null);
            double seconds = behavior instanceof Behavior.Produce p ? p.count() / p.rate()
                    : behavior instanceof Behavior.Request r ? r.count() / r.rate() : 0;
            longestSeconds = Math.max(longestSeconds, node.startAfterMillis() / 1000.0 + seconds);
        }
        assertTrue(longestSeconds >= 20, file + " ends after " + longestSeconds + " s");
    }

    @Test
    void atLeastEightExamplesHaveAGuidedTour() throws Exception {
        List<String> toured = new ArrayList<>();
        for (Path file : exampleFiles()) {
            if (!TopologyFiles.load(file).tour().isEmpty()) {
                toured.add(file.getFileName().toString());
            }
        }
        assertTrue(toured.size() >= 8, "tours in " + toured);
    }

    @Test
    void noTwoExamplesBindTheSameFixedTcpPort() throws Exception {
        Map<Integer, String> owners = new HashMap<>();
        for (Path file : exampleFiles()) {
            for (Node node : TopologyFiles.load(file).nodes()) {
                if (node.endpoint() == null) {
                    continue;
                }
                Endpoint endpoint = Endpoint.parse(node.endpoint());
                if (endpoint.transport() == Endpoint.Transport.TCP && endpoint.port() != null) {
                    String owner = file.getFileName() + " node " + node.id();
                    String previous = owners.putIfAbsent(endpoint.port(), owner);
                    if (previous != null) {
                        fail("port " + endpoint.port() + " is bound by " + previous + " and by " + owner);
                    }
                }
            }
        }
    }
}
