package org.zmqstudio.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.zmqstudio.model.Endpoint;
import org.zmqstudio.model.Limits;

/**
 * The project's corpus of invalid topology files: every one must be refused by {@code validate} and
 * {@code run} with exit code 2, one line per problem and no stack trace. Generated, not checked in,
 * so that the large files cost nothing in the repository and every category stays systematic:
 * <ul>
 * <li>{@code syntax-*}: a valid file cut short at every position, and a stray character inserted at
 *     every position outside a string;</li>
 * <li>{@code type-*}: every field of every behaviour kind given each JSON type it must not have;</li>
 * <li>{@code unknown-*}, {@code misspelt-*}, {@code duplicate-*}, {@code missing-*}, {@code null-*}:
 *     in every object of the file;</li>
 * <li>{@code range-*}: every number one step beyond each end of its range ({@link Limits}), numbers
 *     beyond Java's types, and malformed ids, labels, identities, socket types and kinds;</li>
 * <li>{@code endpoint-*}, {@code ipc-*}: malformed endpoints and addresses, clashing binds and ipc
 *     names that JeroMQ maps to one port;</li>
 * <li>{@code rule-*}: each validation rule between nodes (pairs, links, relays, proxies);</li>
 * <li>{@code control-*}: control characters, raw (invalid JSON) and escaped (invalid values);</li>
 * <li>{@code file-*}, {@code encoding-*}, {@code huge-*}, {@code nesting-*}: empty and foreign
 *     documents, other encodings, strings and files over the limits, deep nesting, too many nodes.</li>
 * </ul>
 * Run {@code main} to write the corpus into a folder, e.g. to try {@code run} on every file:
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zmqstudio.persistence.MalformedCorpus -Dexec.args=target/malformed}.
 */
public final class MalformedCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HEAD = "\"format\": \"zmq-studio/topology\", \"version\": 1";

    /** Valid topologies (name → text), one per behaviour kind and transport, that the corpus breaks one way at a time. */
    public static final Map<String, String> BASES = Map.of(
            "pipe", "{" + HEAD + ", \"name\": \"pipe\", \"description\": \"d\",\n"
                    + " \"nodes\": [\n"
                    + "  {\"id\": \"vent\", \"socket\": \"PUSH\", \"label\": \"V\", \"x\": 1, \"y\": 2.5,"
                    + " \"endpoint\": \"tcp://127.0.0.1:5555\",\n"
                    + "   \"options\": {\"sndhwm\": 10, \"rcvhwm\": 10, \"linger\": 0, \"maxMsgSize\": -1},\n"
                    + "   \"startAfterMillis\": 0,\n"
                    + "   \"behavior\": {\"kind\": \"produce\", \"count\": 5, \"rate\": 0, \"payload\": \"t {n}\","
                    + " \"size\": 0, \"parts\": 1}},\n"
                    + "  {\"id\": \"sink\", \"socket\": \"PULL\", \"behavior\": {\"kind\": \"consume\", \"workMillis\": 0}}\n"
                    + " ],\n"
                    + " \"links\": [{\"id\": \"l\", \"connect\": \"sink\", \"bind\": \"vent\"}]}\n",
            "reqrep", "{" + HEAD + ", \"name\": \"reqrep\", \"nodes\": ["
                    + "{\"id\": \"client\", \"socket\": \"REQ\", \"behavior\": {\"kind\": \"request\", \"count\": 3, \"rate\": 1,"
                    + " \"payload\": \"r {n}\", \"timeoutMillis\": 100, \"retries\": 1}},"
                    + "{\"id\": \"server\", \"socket\": \"REP\", \"endpoint\": \"ipc://corpus-server\", \"options\": {\"identity\": \"S\"},"
                    + " \"behavior\": {\"kind\": \"reply\", \"payload\": \"{request}\", \"workMillis\": 1}}],"
                    + " \"links\": [{\"connect\": \"client\", \"bind\": \"server\"}]}",
            "relay", "{" + HEAD + ", \"name\": \"relay\", \"nodes\": ["
                    + "{\"id\": \"vent\", \"socket\": \"PUSH\", \"behavior\": {\"kind\": \"produce\", \"count\": 5}},"
                    + "{\"id\": \"w-in\", \"socket\": \"PULL\", \"behavior\": {\"kind\": \"relay\", \"to\": \"w-out\", \"workMillis\": 1}},"
                    + "{\"id\": \"w-out\", \"socket\": \"PUSH\"},"
                    + "{\"id\": \"sink\", \"socket\": \"PULL\", \"endpoint\": \"inproc://results\"}],"
                    + " \"links\": [{\"connect\": \"w-in\", \"bind\": \"vent\"}, {\"connect\": \"w-out\", \"bind\": \"sink\"}]}",
            "proxy", "{" + HEAD + ", \"name\": \"proxy\", \"nodes\": ["
                    + "{\"id\": \"client\", \"socket\": \"REQ\", \"behavior\": {\"kind\": \"request\", \"count\": 2}},"
                    + "{\"id\": \"front\", \"socket\": \"ROUTER\", \"behavior\": {\"kind\": \"proxy\", \"peer\": \"back\"}},"
                    + "{\"id\": \"back\", \"socket\": \"DEALER\"},"
                    + "{\"id\": \"server\", \"socket\": \"REP\"}],"
                    + " \"links\": [{\"connect\": \"client\", \"bind\": \"front\"}, {\"connect\": \"back\", \"bind\": \"server\"}]}",
            "pubsub", "{" + HEAD + ", \"name\": \"pubsub\", \"nodes\": ["
                    + "{\"id\": \"pub\", \"socket\": \"PUB\", \"endpoint\": \"tcp://localhost:*\","
                    + " \"behavior\": {\"kind\": \"produce\", \"count\": 4, \"topics\": [\"a\", \"b\"]}},"
                    + "{\"id\": \"sub\", \"socket\": \"SUB\", \"behavior\": {\"kind\": \"consume\", \"subscribe\": [\"a\"]}}],"
                    + " \"links\": [{\"connect\": \"sub\", \"bind\": \"pub\"}]}");

    /** Fields whose JSON type is a number with a fraction allowed (a whole number is right for them too). */
    private static final List<String> DECIMAL_FIELDS = List.of("x", "y", "rate");

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private MalformedCorpus() {
    }

    /** Writes every file of the corpus into {@code folder} (created if needed) and returns their paths, in order. */
    public static List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : build().files.entrySet()) {
            written.add(Files.write(folder.resolve(file.getKey()), file.getValue()));
        }
        Path huge = folder.resolve(String.format("%04d-huge-file-over-10-mb.json", written.size()));
        try (OutputStream out = Files.newOutputStream(huge)) {
            writeHugeFile(out);
        }
        written.add(huge);
        return written;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/malformed");
        System.out.println(writeTo(folder).size() + " invalid topology files in " + folder.toAbsolutePath());
    }

    private static MalformedCorpus build() {
        MalformedCorpus corpus = new MalformedCorpus();
        corpus.syntax(BASES.get("pipe"));
        BASES.keySet().stream().sorted().forEach(base -> corpus.fields(base, tree(BASES.get(base))));
        corpus.ranges();
        corpus.endpoints();
        corpus.rules();
        corpus.controls();
        corpus.documents();
        return corpus;
    }

    // --- syntax -------------------------------------------------------------------------------------

    private void syntax(String base) {
        String text = base.strip();
        for (int end = 1; end < text.length(); end++) {
            add("syntax-cut-at-" + end, text.substring(0, end));
        }
        String stray = ",}]:\"x#/'";
        boolean inString = false;
        for (int at = 0; at <= text.length(); at++) {
            if (!inString) {
                char c = stray.charAt(at % stray.length());
                add("syntax-stray-" + name(c) + "-at-" + at, text.substring(0, at) + c + text.substring(at));
            }
            if (at < text.length() && text.charAt(at) == '"' && (at == 0 || text.charAt(at - 1) != '\\')) {
                inString = !inString;
            }
        }
        for (String bad : List.of("{" + HEAD + ",}", "{" + HEAD + ", \"nodes\": [,]}", "{" + HEAD + ", \"nodes\": [{},]}",
                "{" + HEAD + " \"name\": \"a\"}", "{" + HEAD + ", name: \"a\"}", "{" + HEAD + ", 'name': 'a'}",
                "{" + HEAD + ", \"name\": \"a\" /* c */}", "{" + HEAD + ", \"x\": 01}", "{" + HEAD + ", \"nodes\": [], \"x\": +1}",
                "{" + HEAD + ", \"nodes\": [{\"id\": \"a\", \"socket\": \"PAIR\", \"x\": .5}]}",
                "{" + HEAD + ", \"nodes\": [{\"id\": \"a\", \"socket\": \"PAIR\", \"x\": NaN}]}",
                "{" + HEAD + ", \"nodes\": [{\"id\": \"a\", \"socket\": \"PAIR\", \"x\": Infinity}]}",
                "{" + HEAD + ", \"nodes\": [{\"id\": \"a\", \"socket\": \"PAIR\", \"x\": 1" + "0".repeat(1_200) + "}]}",
                "{" + HEAD + ", \"name\": \"\\x41\"}", "{" + HEAD + ", \"name\": \"\\u12\"}", "{" + HEAD + ", \"name\": tru}",
                "{" + HEAD + "}}", "{" + HEAD + "} {}", "{" + HEAD + "} x", "{" + HEAD + ", \"nodes\": [}")) {
            add("syntax-handmade", bad);
        }
    }

    // --- fields: types, unknown, misspelt, duplicate, missing, null ----------------------------------

    private void fields(String base, ObjectNode tree) {
        for (FieldPath field : fieldsOf(tree)) {
            String where = base + "-" + field.slug();
            JsonNode value = field.in(tree);
            for (JsonNode wrong : wrongValues(field.name(), value)) {
                add("type-" + where + "-" + wrong.getNodeType().name().toLowerCase(),
                        mutate(tree, t -> field.parentIn(t).set(field.name(), wrong)));
            }
            if (field.required()) {
                add("missing-" + where, mutate(tree, t -> field.parentIn(t).remove(field.name())));
                add("null-" + where, mutate(tree, t -> field.parentIn(t).putNull(field.name())));
            }
            add("duplicate-" + where, writeWithDuplicate(tree, field.parentIn(tree), field.name()));
            if (!field.name().equals("format") && !field.name().equals("version")) {
                add("misspelt-" + where, mutate(tree, t -> rename(field.parentIn(t), field.name(), misspell(field.name()))));
            }
        }
        for (ObjectNode object : objectsOf(tree)) {
            String path = pathOf(tree, object);
            add("unknown-" + base + "-in-" + path, mutate(tree, t -> ((ObjectNode) t.at(path)).put("colour", "blue")));
        }
        add("type-" + base + "-node-item-text", mutate(tree, t -> ((ArrayNode) t.get("nodes")).set(0, NODES.textNode("a"))));
        add("type-" + base + "-node-item-null", mutate(tree, t -> ((ArrayNode) t.get("nodes")).set(0, NODES.nullNode())));
        add("type-" + base + "-node-item-list", mutate(tree, t -> ((ArrayNode) t.get("nodes")).set(0, NODES.arrayNode())));
        add("type-" + base + "-link-item-number", mutate(tree, t -> ((ArrayNode) t.get("links")).set(0, NODES.numberNode(1))));
        add("type-" + base + "-link-item-null", mutate(tree, t -> ((ArrayNode) t.get("links")).set(0, NODES.nullNode())));
    }

    /** A field of the tree: its parent object as a JSON pointer and its name. */
    private record FieldPath(String parent, String name) {

        JsonNode in(JsonNode tree) {
            return parentIn(tree).get(name);
        }

        ObjectNode parentIn(JsonNode tree) {
            return (ObjectNode) tree.at(parent);
        }

        boolean required() {
            return List.of("id", "socket", "connect", "bind", "kind", "format", "version").contains(name)
                    && !(name.equals("id") && parent.contains("links"));
        }

        String slug() {
            return (parent.replace("/", "-") + "-" + name).replaceAll("^-+", "");
        }
    }

    private static List<FieldPath> fieldsOf(ObjectNode tree) {
        List<FieldPath> fields = new ArrayList<>();
        for (ObjectNode object : objectsOf(tree)) {
            String path = pathOf(tree, object);
            object.fieldNames().forEachRemaining(name -> fields.add(new FieldPath(path, name)));
        }
        return fields;
    }

    /** Every object of the tree, the root first. */
    private static List<ObjectNode> objectsOf(JsonNode node) {
        List<ObjectNode> objects = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> objects.addAll(objectsOf(child)));
        return objects;
    }

    /** The JSON pointer of {@code target} (by identity) in {@code tree}. */
    private static String pathOf(JsonNode tree, JsonNode target) {
        if (tree == target) {
            return "";
        }
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String below = pathOf(field.getValue(), target);
            if (below != null) {
                return "/" + field.getKey() + below;
            }
        }
        for (int i = 0; tree.isArray() && i < tree.size(); i++) {
            String below = pathOf(tree.get(i), target);
            if (below != null) {
                return "/" + i + below;
            }
        }
        return null;
    }

    /** The values of every JSON type that {@code field}, which now holds {@code value}, must not have. */
    private static List<JsonNode> wrongValues(String field, JsonNode value) {
        JsonNode text = NODES.textNode("1");
        JsonNode whole = NODES.numberNode(12);
        JsonNode fraction = NODES.numberNode(1.5);
        JsonNode bool = NODES.booleanNode(true);
        JsonNode list = NODES.arrayNode();
        JsonNode object = NODES.objectNode();
        if (value.isTextual()) {
            return List.of(whole, fraction, bool, list, object);
        }
        if (value.isNumber()) {
            return DECIMAL_FIELDS.contains(field) ? List.of(text, bool, list, object) : List.of(text, fraction, bool, list, object);
        }
        if (value.isArray()) {
            List<JsonNode> wrong = new ArrayList<>(List.of(text, whole, bool, object));
            if (field.equals("topics") || field.equals("subscribe")) {
                wrong.add(NODES.arrayNode().add(1));
                wrong.add(NODES.arrayNode().addNull());
                wrong.add(NODES.arrayNode().add(NODES.arrayNode()));
            }
            return wrong;
        }
        return List.of(text, whole, bool, list);
    }

    private static String misspell(String field) {
        return field.length() > 3 ? field.substring(0, field.length() - 1) : field + "x";
    }

    private static void rename(ObjectNode object, String from, String to) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(f -> fields.put(f.getKey().equals(from) ? to : f.getKey(), f.getValue()));
        object.removeAll();
        object.setAll(fields);
    }

    /** The tree as JSON text with {@code field} of {@code twice} written twice. */
    private static String writeWithDuplicate(JsonNode node, ObjectNode twice, String field) {
        if (node instanceof ObjectNode object) {
            List<String> members = new ArrayList<>();
            object.fields().forEachRemaining(f -> {
                String member = quoted(f.getKey()) + ": " + writeWithDuplicate(f.getValue(), twice, field);
                members.add(member);
                if (object == twice && f.getKey().equals(field)) {
                    members.add(member);
                }
            });
            return members.stream().collect(Collectors.joining(", ", "{", "}"));
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.elements().forEachRemaining(e -> items.add(writeWithDuplicate(e, twice, field)));
            return items.stream().collect(Collectors.joining(", ", "[", "]"));
        }
        return node.toString();
    }

    // --- ranges --------------------------------------------------------------------------------------

    private void ranges() {
        ObjectNode pipe = tree(BASES.get("pipe"));
        ObjectNode reqrep = tree(BASES.get("reqrep"));
        ObjectNode relay = tree(BASES.get("relay"));
        String vent = "/nodes/0";
        Map<String, List<Object>> options = new LinkedHashMap<>();
        options.put("sndhwm", List.of(0, -1, Limits.MAX_HWM + 1, Integer.MAX_VALUE, 3_000_000_000L));
        options.put("rcvhwm", List.of(0, Limits.MAX_HWM + 1));
        options.put("linger", List.of(-2, Limits.MAX_MILLIS + 1, Integer.MIN_VALUE, 5_000_000_000L));
        options.put("maxMsgSize", List.of(-2L, Limits.MAX_MSG_SIZE_OPTION + 1, Long.MAX_VALUE, Long.MIN_VALUE));
        options.put("identity", List.of("", "x".repeat(Limits.MAX_IDENTITY_BYTES + 1), "é".repeat(128), "tab\there"));
        options.forEach((field, values) -> values.forEach(v ->
                add("range-pipe-options-" + field + "-" + v.toString().length(), set(pipe, vent + "/options", field, v))));
        for (Object v : List.of(-1, Limits.MAX_MILLIS + 1, Long.MAX_VALUE, Long.MIN_VALUE)) {
            add("range-pipe-startAfterMillis", set(pipe, vent, "startAfterMillis", v));
        }
        String produce = vent + "/behavior";
        for (Object v : List.of(-1, Limits.MAX_COUNT + 1, Long.MAX_VALUE)) {
            add("range-pipe-produce-count", set(pipe, produce, "count", v));
        }
        for (Object v : List.of(-1, -0.5, Limits.MAX_RATE + 1, 1e300, new java.math.BigDecimal("1e400"))) {
            add("range-pipe-produce-rate", set(pipe, produce, "rate", v));
        }
        for (Object v : List.of(-1, Limits.MAX_MESSAGE_BYTES + 1, Integer.MAX_VALUE, Integer.MIN_VALUE)) {
            add("range-pipe-produce-size", set(pipe, produce, "size", v));
        }
        for (Object v : List.of(0, -1, Limits.MAX_PARTS + 1, Integer.MAX_VALUE)) {
            add("range-pipe-produce-parts", set(pipe, produce, "parts", v));
        }
        add("range-pipe-produce-parts-times-payload", mutate(pipe, t -> ((ObjectNode) t.at(produce))
                .put("parts", Limits.MAX_PARTS).put("payload", "x".repeat(65_536) + "{n}")));
        add("range-pipe-produce-topics-on-push", set(pipe, produce, "topics", List.of("a")));
        add("range-pipe-consume-subscribe-on-pull", set(pipe, "/nodes/1/behavior", "subscribe", List.of("a")));
        for (Object v : List.of(-1, Limits.MAX_MILLIS + 1)) {
            add("range-pipe-consume-workMillis", set(pipe, "/nodes/1/behavior", "workMillis", v));
            add("range-reqrep-reply-workMillis", set(reqrep, "/nodes/1/behavior", "workMillis", v));
            add("range-relay-relay-workMillis", set(relay, "/nodes/1/behavior", "workMillis", v));
            add("range-reqrep-request-timeoutMillis", set(reqrep, "/nodes/0/behavior", "timeoutMillis", v));
        }
        add("range-reqrep-request-timeoutMillis-zero", set(reqrep, "/nodes/0/behavior", "timeoutMillis", 0));
        for (Object v : List.of(-1, Limits.MAX_RETRIES + 1, Integer.MAX_VALUE)) {
            add("range-reqrep-request-retries", set(reqrep, "/nodes/0/behavior", "retries", v));
        }
        for (Object v : List.of(-1, Limits.MAX_COUNT + 1)) {
            add("range-reqrep-request-count", set(reqrep, "/nodes/0/behavior", "count", v));
        }
        add("range-reqrep-request-rate", set(reqrep, "/nodes/0/behavior", "rate", Limits.MAX_RATE + 1));
        add("range-reqrep-reply-two-copies", set(reqrep, "/nodes/1/behavior", "payload", "{request}{request}"));
        add("range-pipe-count-beyond-long", BASES.get("pipe").replace("\"count\": 5", "\"count\": 100000000000000000000"));
        add("range-pipe-size-beyond-int", BASES.get("pipe").replace("\"size\": 0", "\"size\": 2147483648"));
        for (String id : List.of("", "has space", "ünïcode", "semi;colon", "x".repeat(65), "a/b", "\ud800")) {
            add("range-pipe-id", set(pipe, vent, "id", id));
        }
        add("range-pipe-link-id-empty", set(pipe, "/links/0", "id", ""));
        add("range-pipe-link-id-long", set(pipe, "/links/0", "id", "l".repeat(131)));
        add("range-pipe-label-long", set(pipe, vent, "label", "v".repeat(81)));
        add("range-pipe-x-infinite", set(pipe, vent, "x", new java.math.BigDecimal("1e400")));
        add("range-pipe-y-beyond-canvas", set(pipe, vent, "y", -2e9));
        add("range-pipe-x-nan-as-text", set(pipe, vent, "x", "NaN"));
        add("range-pipe-y-infinity-as-text", set(pipe, vent, "y", "-Infinity"));
        add("range-pipe-produce-rate-nan-as-text", set(pipe, produce, "rate", "NaN"));
        add("range-pipe-produce-rate-infinity-as-text", set(pipe, produce, "rate", "Infinity"));
        for (String socket : List.of("push", "PUSHX", "", "ZMQ_PUSH", "STREAM", "PUSH ")) {
            add("range-pipe-socket", set(pipe, vent, "socket", socket));
        }
        for (String kind : List.of("Produce", "producer", "", "external", "send")) {
            add("range-pipe-kind", set(pipe, produce, "kind", kind));
        }
        add("range-pipe-behavior-without-kind", mutate(pipe, t -> ((ObjectNode) t.at(produce)).remove("kind")));
    }

    // --- endpoints -----------------------------------------------------------------------------------

    private void endpoints() {
        ObjectNode pipe = tree(BASES.get("pipe"));
        for (String endpoint : List.of("tcp://127.999.999.999:5555", "tcp://127.0.0.256:5555", "tcp://127.0.0:5555",
                "tcp://127.0.0.1.1:5555", "tcp://127.0.0.01:5555", "tcp://[::1::]:5555", "tcp://[12345::1]:5555",
                "tcp://[1:2:3:4:5:6:7:8:9]:5555", "tcp://[::1.2.3.999]:5555", "tcp://[]:5555", "tcp://host-:5555",
                "tcp://a..b:5555", "tcp://127.0.0.1:80", "tcp://127.0.0.1:0", "tcp://127.0.0.1:65536", "tcp://127.0.0.1:99999",
                "tcp://127.0.0.1", "tcp://127.0.0.1:", "tcp://:5555", "tcp://127.0.0.1:5555/x", "tcp://127.0.0.1:-1",
                "udp://127.0.0.1:5555", "pgm://eth0;239.192.1.1:5555", "inproc://", "inproc://a b", "ipc://",
                "ipc://polygenelubricants", "ipc://a;b", "TCP://127.0.0.1:5555", " tcp://127.0.0.1:5555", "tcp://0.0.0.0:5555",
                "tcp://*:5555", "tcp://192.168.1.20:5555", "tcp://example.com:*", "inproc://" + "x".repeat(201))) {
            add("endpoint-" + endpoint.replaceAll("[^A-Za-z0-9]+", "-"), set(pipe, "/nodes/0", "endpoint", endpoint));
        }
        List<String> pair = collidingIpcNames();
        int port = Endpoint.parse("ipc://jobs").ipcPort();
        String[][] clashes = {
                {"inproc://same", "inproc://same"}, {"tcp://127.0.0.1:6000", "tcp://localhost:6000"},
                {"tcp://0.0.0.0:6000", "tcp://127.0.0.1:6000"}, {"tcp://[::1]:6000", "tcp://[0:0::1]:6000"},
                {"ipc://jobs", "ipc://jobs"}, {"ipc://Aa", "ipc://BB"}, {"ipc://" + pair.get(0), "ipc://" + pair.get(1)},
                {"ipc://jobs", "tcp://127.0.0.1:" + port}, {"tcp://localhost:" + port, "ipc://jobs"}};
        for (String[] clash : clashes) {
            add("ipc-and-endpoint-clash-" + (clash[0] + "-" + clash[1]).replaceAll("[^A-Za-z0-9]+", "-"), mutate(pipe, t -> {
                ((ObjectNode) t.at("/nodes/0")).put("endpoint", clash[0]);
                ((ObjectNode) t.at("/nodes/1")).put("endpoint", clash[1]);
            }));
        }
    }

    /** Two ipc names of different hashes that JeroMQ 0.6.0 maps to one loopback port. */
    static List<String> collidingIpcNames() {
        Map<Integer, String> byPort = new HashMap<>();
        for (int i = 0; ; i++) {
            String name = "n" + i;
            String earlier = byPort.putIfAbsent(Endpoint.parse("ipc://" + name).ipcPort(), name);
            if (earlier != null && earlier.hashCode() != name.hashCode()) {
                return List.of(earlier, name);
            }
        }
    }

    // --- rules between nodes -------------------------------------------------------------------------

    private void rules() {
        ObjectNode pipe = tree(BASES.get("pipe"));
        ObjectNode relay = tree(BASES.get("relay"));
        ObjectNode proxy = tree(BASES.get("proxy"));
        for (String socket : List.of("PUB", "REQ", "REP", "DEALER", "ROUTER", "SUB", "XSUB", "XPUB", "PAIR", "PULL")) {
            add("rule-pair-types-pull-to-" + socket, mutate(pipe, t -> {
                ((ObjectNode) t.at("/nodes/0")).put("socket", socket).remove("behavior");
            }));
        }
        add("rule-link-missing-node", set(pipe, "/links/0", "connect", "ghost"));
        add("rule-link-self", set(pipe, "/links/0", "bind", "sink"));
        add("rule-link-duplicate", mutate(pipe, t -> ((ArrayNode) t.get("links")).add(link("vent", "sink"))));
        add("rule-link-duplicate-id", mutate(relay, t -> {
            ((ObjectNode) t.at("/links/0")).put("id", "same");
            ((ObjectNode) t.at("/links/1")).put("id", "same");
        }));
        add("rule-id-duplicate", set(pipe, "/nodes/1", "id", "vent"));
        add("rule-behavior-socket-sub-produces", mutate(pipe, t -> ((ObjectNode) t.at("/nodes/1")).put("socket", "SUB")
                .set("behavior", tree("{\"kind\": \"produce\"}"))));
        add("rule-behavior-socket-push-consumes", set(pipe, "/nodes/0/behavior", "kind", "consume"));
        add("rule-relay-missing-target", set(relay, "/nodes/1/behavior", "to", "nowhere"));
        add("rule-relay-no-target", mutate(relay, t -> ((ObjectNode) t.at("/nodes/1/behavior")).remove("to")));
        add("rule-relay-to-itself", set(relay, "/nodes/1/behavior", "to", "w-in"));
        add("rule-relay-to-a-pull", set(relay, "/nodes/2", "socket", "PULL"));
        add("rule-relay-target-with-own-behavior", mutate(relay, t -> ((ObjectNode) t.at("/nodes/2"))
                .set("behavior", tree("{\"kind\": \"produce\"}"))));
        add("rule-relay-driven-twice", mutate(relay, t -> ((ObjectNode) t.at("/nodes/3"))
                .set("behavior", tree("{\"kind\": \"relay\", \"to\": \"w-out\"}"))));
        add("rule-proxy-missing-peer", set(proxy, "/nodes/1/behavior", "peer", "ghost"));
        add("rule-proxy-empty-peer", set(proxy, "/nodes/1/behavior", "peer", ""));
        add("rule-proxy-cannot-forward", mutate(proxy, t -> {
            ((ObjectNode) t.at("/nodes/1")).put("socket", "PUSH");
            ((ObjectNode) t.at("/nodes/2")).put("socket", "PUSH");
        }));
        add("rule-pair-three-peers", "{" + HEAD + ", \"nodes\": [{\"id\": \"a\", \"socket\": \"PAIR\"},"
                + " {\"id\": \"b\", \"socket\": \"PAIR\"}, {\"id\": \"c\", \"socket\": \"PAIR\"}],"
                + " \"links\": [{\"connect\": \"b\", \"bind\": \"a\"}, {\"connect\": \"c\", \"bind\": \"a\"}]}");
    }

    private static ObjectNode link(String connect, String bind) {
        return NODES.objectNode().put("connect", connect).put("bind", bind);
    }

    // --- control characters ------------------------------------------------------------------------

    private void controls() {
        ObjectNode pipe = tree(BASES.get("pipe"));
        List<String> controls = List.of("\n", "\r", "\t", "\u001b[31m", "\u0000", "\u0007", "\u007f", "\u0085", "\u009b",
                "\u2028", "\u2029", "\u202e", "\u2066");
        for (String c : controls) {
            String forged = "X" + c + "FAKE: ERROR injected";
            String slug = Integer.toHexString(c.charAt(0));
            add("control-socket-" + slug, set(pipe, "/nodes/0", "socket", "PUSH" + c + "FAKE: ERROR injected"));
            add("control-id-" + slug, mutate(pipe, t -> {
                ((ObjectNode) t.at("/nodes/0")).put("id", forged);
                ((ObjectNode) t.at("/links/0")).put("bind", forged);
            }));
            add("control-label-" + slug, set(pipe, "/nodes/0", "label", forged));
            add("control-endpoint-" + slug, set(pipe, "/nodes/0", "endpoint", "tcp://127.0.0.1" + c + ":5555"));
            add("control-identity-" + slug, set(pipe, "/nodes/0/options", "identity", forged));
            add("control-link-end-" + slug, set(pipe, "/links/0", "connect", forged));
            add("control-unknown-field-" + slug, mutate(pipe, t -> ((ObjectNode) t.at("/nodes/0")).put("end" + c + "point", 1)));
            add("control-kind-" + slug, set(pipe, "/nodes/0/behavior", "kind", "produce" + c));
            add("control-format-" + slug, set(pipe, "", "format", "zmq-studio/topology" + c));
        }
        String raw = BASES.get("pipe");
        for (char c : new char[] {'\u0000', '\u0001', '\u0007', '\u001b', '\u001f'}) {
            add("control-raw-in-string-" + Integer.toHexString(c), raw.replace("\"V\"", "\"V" + c + "\""));
            add("control-raw-between-tokens-" + Integer.toHexString(c), raw.replace("\"label\"", c + "\"label\""));
        }
        add("control-raw-newline-in-string", raw.replace("\"V\"", "\"V\nFAKE: ERROR injected\""));
    }

    // --- whole documents, encodings, sizes, nesting --------------------------------------------------

    private void documents() {
        for (String text : List.of("", " ", "\n\n", "\uFEFF", "\uFEFF  ", "null", "true", "0", "\"text\"", "[]",
                "[{" + HEAD + "}]", "{}", "{\"version\": 1}", "{\"format\": \"zmq-studio/topology\"}",
                "{\"format\": \"zmq-studio/topology\", \"version\": 2}", "{\"format\": \"zmq-studio/topology\", \"version\": 0}",
                "{\"format\": \"zmq-studio/topology\", \"version\": -1}", "{\"format\": \"zmq-studio/topology\", \"version\": \"1\"}",
                "{\"format\": \"zmq-studio/topology\", \"version\": 1.0}", "{\"format\": \"zmq-studio/topology\", \"version\": 99999999999999999999}",
                "{\"format\": \"zmq-studio/topology\", \"version\": null}", "{\"format\": \"other\", \"version\": 1}",
                "{\"format\": \"ZMQ-STUDIO/TOPOLOGY\", \"version\": 1}", "{\"format\": 1, \"version\": 1}",
                "{\"format\": \"zmq-studio/topology\", \"version\": 2, \"future\": [1, 2, 3]}")) {
            add("file-document", text);
        }
        String pipe = BASES.get("pipe");
        addBytes("encoding-utf16le-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, pipe.getBytes(StandardCharsets.UTF_16LE)));
        addBytes("encoding-utf16be", pipe.getBytes(StandardCharsets.UTF_16BE));
        addBytes("encoding-utf32", pipe.getBytes(java.nio.charset.Charset.forName("UTF-32")));
        addBytes("encoding-latin1", pipe.replace("\"V\"", "\"Vé\"").getBytes(StandardCharsets.ISO_8859_1));
        addBytes("encoding-overlong-slash", pipe.replace("\"V\"", "\"V\u0001\"").getBytes(StandardCharsets.UTF_8), (byte) 0x01,
                new byte[] {(byte) 0xC0, (byte) 0xAF});
        addBytes("encoding-truncated-sequence", pipe.replace("\"V\"", "\"V\u0001\"").getBytes(StandardCharsets.UTF_8), (byte) 0x01,
                new byte[] {(byte) 0xE2, (byte) 0x82});
        addBytes("encoding-encoded-surrogate", pipe.replace("\"V\"", "\"V\u0001\"").getBytes(StandardCharsets.UTF_8), (byte) 0x01,
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        addBytes("encoding-binary", IntStream.range(0, 4096).mapToObj(i -> (byte) (i * 31 + 7)).collect(
                java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> { }).toByteArray());
        String longText = "x".repeat(65_537);
        add("huge-name", "{" + HEAD + ", \"name\": \"" + longText + "\"}");
        add("huge-id", pipe.replace("\"vent\"", "\"" + longText + "\""));
        add("huge-payload", pipe.replace("\"t {n}\"", "\"" + longText + "\""));
        add("huge-field-name", "{" + HEAD + ", \"" + longText + "\": 1}");
        add("huge-number", pipe.replace("\"count\": 5", "\"count\": " + "9".repeat(2_000)));
        add("huge-too-many-nodes", "{" + HEAD + ", \"nodes\": " + IntStream.rangeClosed(1, 10_001)
                .mapToObj(i -> "{\"id\": \"n" + i + "\", \"socket\": \"PAIR\"}").collect(Collectors.joining(",", "[", "]")) + "}");
        for (int depth : List.of(65, 100, 100_000)) {
            add("nesting-arrays-" + depth, "[".repeat(depth) + "]".repeat(depth));
            add("nesting-in-name-" + depth, "{" + HEAD + ", \"name\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
            add("nesting-objects-" + depth, "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth));
        }
        add("nesting-unclosed", "[".repeat(10_000));
    }

    /** A valid file padded with spaces to just over 10 MB, written as a stream. */
    private static void writeHugeFile(OutputStream out) throws IOException {
        byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        out.write(BASES.get("pipe").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 10; i++) {
            out.write(spaces);
        }
        out.write(' ');
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void add(String name, String text) {
        addBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void add(String name, ObjectNode tree) {
        add(name, tree.toPrettyString());
    }

    private void addBytes(String name, byte[] content) {
        String slug = name.replaceAll("[^A-Za-z0-9_.-]+", "-");
        files.put(String.format("%04d-%s.json", files.size(), slug.length() > 80 ? slug.substring(0, 80) : slug), content);
    }

    /** {@code text} with the first occurrence of byte {@code marker} replaced by {@code replacement}. */
    private void addBytes(String name, byte[] text, byte marker, byte[] replacement) {
        int at = 0;
        while (text[at] != marker) {
            at++;
        }
        byte[] out = new byte[text.length - 1 + replacement.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(replacement, 0, out, at, replacement.length);
        System.arraycopy(text, at + 1, out, at + replacement.length, text.length - at - 1);
        addBytes(name, out);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode mutate(ObjectNode tree, Consumer<ObjectNode> change) {
        ObjectNode copy = tree.deepCopy();
        change.accept(copy);
        return copy;
    }

    /** A copy of the tree with {@code field} of the object at {@code parent} set to {@code value}. */
    private static ObjectNode set(ObjectNode tree, String parent, String field, Object value) {
        return mutate(tree, t -> ((ObjectNode) t.at(parent)).set(field, JSON.valueToTree(value)));
    }

    private static String quoted(String text) {
        return NODES.textNode(text).toString();
    }

    private static String name(char c) {
        return switch (c) {
            case ',' -> "comma";
            case '}' -> "brace";
            case ']' -> "bracket";
            case ':' -> "colon";
            case '"' -> "quote";
            case '#' -> "hash";
            case '/' -> "slash";
            case '\'' -> "apostrophe";
            default -> String.valueOf(c);
        };
    }
}
