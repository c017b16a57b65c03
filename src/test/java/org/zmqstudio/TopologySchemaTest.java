package org.zmqstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.BehaviorKind;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.TourAction;
import org.zmqstudio.model.TourStep;
import org.zmqstudio.model.Validator;
import org.zmqstudio.persistence.TopologyFileException;
import org.zmqstudio.persistence.TopologyFiles;

/**
 * {@code schema/topology-v1.schema.json}, the schema editors validate topology files with, accepts
 * every example and every file the saver writes, refuses what the project refuses, and knows the
 * socket types and behaviours the model knows.
 */
class TopologySchemaTest {

    private static final Path SCHEMA_FILE = Path.of("schema/topology-v1.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    /** A valid file that the cases below change in one place each. */
    private static final String VALID = """
            {
              "format": "zmq-studio/topology",
              "version": 1,
              "name": "Two sockets",
              "nodes": [
                { "id": "vent", "socket": "PUSH", "endpoint": "tcp://127.0.0.1:5557",
                  "behavior": { "kind": "produce", "count": 10 } },
                { "id": "sink", "socket": "PULL", "behavior": { "kind": "consume" } }
              ],
              "links": [ { "connect": "sink", "bind": "vent" } ]
            }
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.zmqstudio.ExampleTopologiesTest#exampleFiles")
    void everyExampleMatchesTheSchema(Path example) throws IOException {
        assertEquals(Set.of(), errors(Files.readString(example)), example.toString());
    }

    @Test
    void aFileTheSaverWritesWithEveryFieldSetMatchesTheSchema(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("rich.json");
        TopologyFiles.save(everyFieldSet(), file);
        String saved = Files.readString(file);

        assertEquals(List.of(), errorsOf(Validator.validate(TopologyFiles.parse(saved, "rich.json"), false)));
        assertEquals(Set.of(), errors(saved), saved);
        Set<String> unused = schemaFields(JSON.readTree(SCHEMA_FILE.toFile()));
        unused.removeAll(fileFields(JSON.readTree(saved)));
        assertEquals(Set.of(), unused, "fields of the schema the rich file does not use:\n" + saved);
    }

    @Test
    void theValidBaseOfTheCasesBelowMatches() throws Exception {
        assertEquals(Set.of(), errors(VALID));
        assertEquals(List.of(), errorsOf(Validator.validate(TopologyFiles.parse(VALID, "valid.json"), false)));
    }

    /** Structure: the reader refuses these files, and so does the schema. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralMistakes")
    void whatTheStrictReaderRefusesTheSchemaRefuses(String mistake, String json) {
        assertThrows(TopologyFileException.class, () -> TopologyFiles.parse(json, "bad.json"), mistake);
        assertFalse(errors(json).isEmpty(), mistake + " passed the schema:\n" + json);
    }

    static List<Object[]> structuralMistakes() throws IOException {
        return List.of(
                mistake("a \"$schema\" key (unknown fields are errors)", "/$schema", "\"topology-v1.schema.json\""),
                mistake("a newer version", "/version", "2"),
                mistake("another format", "/format", "\"zmq-studio/other\""),
                mistake("a node without socket", "/nodes/0/socket", null),
                mistake("an unknown socket type", "/nodes/0/socket", "\"PUSHY\""),
                mistake("a misspelt node field", "/nodes/0/endpiont", "\"inproc://x\""),
                mistake("a field of another behaviour", "/nodes/0/behavior/workMillis", "5"),
                mistake("an unknown behaviour", "/nodes/0/behavior/kind", "\"external\""),
                mistake("a host (round 2, not yet supported)", "/nodes/0/host", "\"lab-1\""),
                mistake("an unknown tour action", "/tour", "[ { \"say\": \"Go.\", \"do\": \"jump\" } ]"),
                mistake("a misspelt tour step field", "/tour", "[ { \"say\": \"Go.\", \"focuss\": [] } ]"),
                mistake("a link without bind", "/links/0/bind", null),
                mistake("a number where text belongs", "/name", "5"),
                mistake("a fraction where a whole number belongs", "/nodes/0/behavior/count", "2.5"),
                mistake("an unknown option", "/nodes/0/options", "{ \"sndbuf\": 10 }"));
    }

    /** One field wrong on its own: the validator reports an error, and the schema refuses the file. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldMistakes")
    void whatTheValidatorRefusesInOneFieldTheSchemaRefuses(String mistake, String json) throws Exception {
        assertFalse(errorsOf(Validator.validate(TopologyFiles.parse(json, "bad.json"), false)).isEmpty(), mistake);
        assertFalse(errors(json).isEmpty(), mistake + " passed the schema:\n" + json);
    }

    static List<Object[]> fieldMistakes() throws IOException {
        return List.of(
                mistake("an id with a space", "/nodes/1/id", "\"the sink\""),
                mistake("an id of 65 characters", "/nodes/1/id", "\"" + "s".repeat(65) + "\""),
                mistake("a label of 81 characters", "/nodes/0/label", "\"" + "v".repeat(81) + "\""),
                mistake("a label with a line break", "/nodes/0/label", "\"two\\nlines\""),
                mistake("a port under 1024", "/nodes/0/endpoint", "\"tcp://127.0.0.1:80\""),
                mistake("a port over 65535", "/nodes/0/endpoint", "\"tcp://127.0.0.1:65536\""),
                mistake("an unknown transport", "/nodes/0/endpoint", "\"udp://127.0.0.1:5557\""),
                mistake("a high-water mark of 0", "/nodes/0/options", "{ \"sndhwm\": 0 }"),
                mistake("a high-water mark over a million", "/nodes/0/options", "{ \"rcvhwm\": 1000001 }"),
                mistake("an empty identity", "/nodes/0/options", "{ \"identity\": \"\" }"),
                mistake("maxMsgSize under -1", "/nodes/0/options", "{ \"maxMsgSize\": -2 }"),
                mistake("linger under -1", "/nodes/0/options", "{ \"linger\": -2 }"),
                mistake("a negative start delay", "/nodes/0/startAfterMillis", "-1"),
                mistake("a negative count", "/nodes/0/behavior/count", "-1"),
                mistake("a negative rate", "/nodes/0/behavior/rate", "-0.5"),
                mistake("0 parts", "/nodes/0/behavior/parts", "0"),
                mistake("topics on a PUSH", "/nodes/0/behavior/topics", "[\"a\"]"),
                mistake("a subscription on a PULL", "/nodes/1/behavior/subscribe", "[\"a\"]"),
                mistake("a PULL that produces", "/nodes/1/behavior", "{ \"kind\": \"produce\" }"),
                mistake("a relay without 'to'", "/nodes/1/behavior", "{ \"kind\": \"relay\" }"),
                mistake("a tour step that says nothing", "/tour", "[ { \"say\": \"\" } ]"));
    }

    /** The upper bounds and the meaning of printable that docs/topology-format.md states: the schema holds them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overTheDocumentedLimits")
    void valuesOverTheDocumentedLimitsAreRefused(String mistake, String json) {
        assertFalse(errors(json).isEmpty(), mistake + " passed the schema:\n" + json);
    }

    static List<Object[]> overTheDocumentedLimits() throws IOException {
        return List.of(
                mistake("a label with a line separator", "/nodes/0/label", "\"two\\u2028lines\""),
                mistake("an identity with a bidi override", "/nodes/0/options", "{ \"identity\": \"ab\\u202Ecd\" }"),
                mistake("a start delay over a day", "/nodes/0/startAfterMillis", "86400001"),
                mistake("a linger over a day", "/nodes/0/options", "{ \"linger\": 86400001 }"),
                mistake("maxMsgSize over 2^31-1", "/nodes/0/options", "{ \"maxMsgSize\": 2147483648 }"),
                mistake("a count over 10^12", "/nodes/0/behavior/count", "1000000000001"),
                mistake("a rate over ten million", "/nodes/0/behavior/rate", "10000001"),
                mistake("a size over 64 MiB", "/nodes/0/behavior/size", "67108865"),
                mistake("1,025 parts", "/nodes/0/behavior/parts", "1025"),
                mistake("work over a day", "/nodes/1/behavior/workMillis", "86400001"),
                mistake("a request timeout over a day", "/nodes/0",
                        "{ \"id\": \"c\", \"socket\": \"REQ\", \"behavior\": { \"kind\": \"request\", \"timeoutMillis\": 86400001 } }"),
                mistake("1,001 retries", "/nodes/0",
                        "{ \"id\": \"c\", \"socket\": \"REQ\", \"behavior\": { \"kind\": \"request\", \"retries\": 1001 } }"));
    }

    @Test
    void theSchemaAllowsABehaviourOnExactlyTheSocketsTheModelAllows() {
        List<String> disagreements = new ArrayList<>();
        for (SocketType socket : SocketType.values()) {
            for (BehaviorKind kind : BehaviorKind.values()) {
                String target = kind == BehaviorKind.RELAY ? ", \"to\": \"other\"" : kind == BehaviorKind.PROXY ? ", \"peer\": \"other\"" : "";
                String json = "{ \"format\": \"zmq-studio/topology\", \"version\": 1, \"nodes\": [ { \"id\": \"n\", \"socket\": \""
                        + socket + "\", \"behavior\": { \"kind\": \"" + kind.fileName() + "\"" + target + " } } ] }";
                if (errors(json).isEmpty() != socket.supports(kind)) {
                    disagreements.add(socket + " " + kind.fileName() + ": model " + socket.supports(kind));
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void theSchemaNamesTheModelsSocketTypesAndBehaviours() throws IOException {
        JsonNode defs = JSON.readTree(SCHEMA_FILE.toFile()).path("$defs");

        assertEquals(Arrays.stream(SocketType.values()).map(Enum::name).toList(),
                strings(defs.path("node").path("properties").path("socket").path("enum")));
        assertEquals(Arrays.stream(BehaviorKind.values()).map(BehaviorKind::fileName).toList(),
                strings(defs.path("behavior").path("properties").path("kind").path("enum")));
    }

    /** One node of each socket type, every field and option away from its default, every behaviour. */
    private static Topology everyFieldSet() {
        SocketOptions tuned = SocketOptions.NONE.withSndhwm(5000).withRcvhwm(20).withLinger(0)
                .withIdentity("station").withMaxMsgSize(1_048_576L);
        List<Node> nodes = List.of(
                new Node("pub", SocketType.PUB, "Weather station", 80.5, 120, "tcp://127.0.0.1:5556", tuned, 0,
                        new Behavior.Produce(1000, 250.5, "{topic} {n}", 64, 2, List.of("rain", "sun"))),
                new Node("sub", SocketType.SUB, null, 400, 120, null, SocketOptions.NONE, 500,
                        new Behavior.Consume(List.of("rain"), 2)),
                new Node("client", SocketType.REQ, null, 80, 300, null, SocketOptions.NONE, 0,
                        new Behavior.Request(5, 0, "ping {n}", 1000, 1)),
                new Node("server", SocketType.REP, null, 400, 300, "ipc://server", SocketOptions.NONE, 0,
                        new Behavior.Reply("pong {request}", 3)),
                new Node("worker-in", SocketType.PULL, null, 300, 500, "tcp://localhost:*", SocketOptions.NONE, 0,
                        new Behavior.Relay("worker-out", 1)),
                Node.of("worker-out", SocketType.PUSH, 400, 500),
                Node.of("vent", SocketType.PUSH, 80, 500),
                Node.of("sink", SocketType.PULL, 600, 500),
                new Node("frontend", SocketType.ROUTER, null, 80, 700, "tcp://[::1]:5560", SocketOptions.NONE, 0,
                        new Behavior.Proxy("backend")),
                new Node("backend", SocketType.DEALER, null, 300, 700, "inproc://backend", SocketOptions.NONE, 0, null),
                Node.of("xpub", SocketType.XPUB, 80, 900),
                Node.of("xsub", SocketType.XSUB, 300, 900),
                Node.of("left", SocketType.PAIR, 80, 1100),
                Node.of("right", SocketType.PAIR, 300, 1100));
        List<Link> links = List.of(new Link("weather", "sub", "pub"), Link.between("client", "server"),
                Link.between("worker-in", "vent"), Link.between("worker-out", "sink"),
                Link.between("xsub", "xpub"), Link.between("left", "right"));
        List<TourStep> tour = List.of(
                new TourStep("Rain and sun, paused.", List.of("pub", "weather"), TourAction.parse("run-paused").orElseThrow()),
                new TourStep("Kill the server.", List.of(), TourAction.parse("kill:server").orElseThrow()));
        return new Topology("Every field", "One of each socket, every field set.", nodes, links, tour);
    }

    /** The valid file with one value at a JSON pointer replaced ({@code null}: removed). */
    private static Object[] mistake(String name, String pointer, String value) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(VALID);
        int last = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, last));
        String key = pointer.substring(last + 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(key), JSON.readTree(value));
        } else if (value == null) {
            ((ObjectNode) parent).remove(key);
        } else {
            ((ObjectNode) parent).set(key, JSON.readTree(value));
        }
        return new Object[] {name, root.toPrettyString()};
    }

    private static Set<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> errorsOf(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    /** The field names a schema defines: the keys of every {@code properties} in it, at any depth. */
    private static Set<String> schemaFields(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        if (schema.path("properties").isObject()) {
            schema.get("properties").fieldNames().forEachRemaining(names::add);
        }
        schema.forEach(child -> names.addAll(schemaFields(child)));
        return names;
    }

    /** Every key of every object in a document, at any depth. */
    private static Set<String> fileFields(JsonNode document) {
        Set<String> names = new TreeSet<>();
        if (document.isObject()) {
            document.fields().forEachRemaining(field -> {
                names.add(field.getKey());
                names.addAll(fileFields(field.getValue()));
            });
        } else if (document.isArray()) {
            document.forEach(item -> names.addAll(fileFields(item)));
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonSchema loadSchema() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.newInputStream(SCHEMA_FILE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SCHEMA_FILE.toAbsolutePath(), e);
        }
    }
}
