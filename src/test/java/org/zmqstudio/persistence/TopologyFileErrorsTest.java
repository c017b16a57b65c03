package org.zmqstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopologyFileErrorsTest {

    private static final String HEAD = "{\"format\": \"zmq-studio/topology\", \"version\": 1, ";

    /** Parses {@code json}, which must fail, and returns the failure after checking it reads well. */
    private static TopologyFileException refused(String json) {
        TopologyFileException failure = assertThrows(TopologyFileException.class, () -> TopologyFiles.parse(json, "t.json"));
        String message = failure.getMessage();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.toLowerCase().contains("jackson") || message.contains("[Source") || message.contains("Exception")
                        || message.contains("`") || message.contains("Feature"),
                message);
        assertEquals("t.json", failure.sourceName());
        return failure;
    }

    private static String withNode(String nodeFields) {
        return HEAD + "\"nodes\": [{\"id\": \"sink\", \"socket\": \"PULL\", " + nodeFields + "}]}";
    }

    @Test
    void aMisspeltFieldIsNamedWithTheClosestKnownOneAndItsPosition() {
        TopologyFileException failure = refused("""
                {"format": "zmq-studio/topology", "version": 1,
                 "nodes": [
                   {"id": "sink", "socket": "PULL", "endpiont": "inproc://x"}
                 ]}
                """);

        assertEquals("unknown field 'endpiont' in node 'sink' (did you mean 'endpoint'?)", failure.getMessage());
        assertEquals(3, failure.line());
        assertTrue(failure.column() > 30, "column " + failure.column());
    }

    @Test
    void anUnknownFieldFarFromAnyKnownOneListsTheKnownFields() {
        TopologyFileException failure = refused(HEAD + "\"colour\": \"red\"}");

        assertEquals("unknown field 'colour' in the topology; known fields: format, version, name, description, nodes, links, tour",
                failure.getMessage());
    }

    @Test
    void aFieldOfAnotherBehaviourKindNamesTheFieldsOfThisKind() {
        TopologyFileException failure = refused(withNode("\"behavior\": {\"kind\": \"produce\", \"to\": \"x\"}"));

        assertEquals("field 'to' does not belong in the 'produce' behaviour of node 'sink'; "
                + "a 'produce' behaviour has only count, rate, payload, size, parts, topics", failure.getMessage());
    }

    @Test
    void aMisspeltBehaviourFieldSuggestsTheKindsField() {
        TopologyFileException failure = refused(withNode("\"behavior\": {\"workMilis\": 3, \"kind\": \"consume\"}"));

        assertEquals("unknown field 'workMilis' in the 'consume' behaviour of node 'sink' (did you mean 'workMillis'?)",
                failure.getMessage());
    }

    @Test
    void anUnknownBehaviourKindSuggestsTheClosestKind() {
        assertEquals("unknown kind 'producer' in the behaviour of node 'sink' (did you mean 'produce'?)",
                refused(withNode("\"behavior\": {\"kind\": \"producer\"}")).getMessage());
        assertEquals("the behaviour of node 'sink' has no 'kind'; use one of produce, request, reply, consume, relay, proxy, external",
                refused(withNode("\"behavior\": {\"count\": 3}")).getMessage());
    }

    @Test
    void anUnknownSocketTypeSuggestsTheClosestType() {
        TopologyFileException failure = refused(HEAD + "\"nodes\": [{\"id\": \"a\", \"socket\": \"push\"}]}");

        assertEquals("unknown socket type 'push' in node 'a' (did you mean 'PUSH'?)", failure.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatIsExpected() {
        assertEquals("'x' in node 'sink' must be a number", refused(withNode("\"x\": \"left\"")).getMessage());
        assertEquals("'sndhwm' in the options of node 'sink' must be a whole number",
                refused(withNode("\"options\": {\"sndhwm\": 1.5}")).getMessage());
        assertEquals("each item of 'subscribe' in the 'consume' behaviour of node 'sink' must be text in double quotes",
                refused(withNode("\"behavior\": {\"kind\": \"consume\", \"subscribe\": [1]}")).getMessage());
        assertEquals("'nodes' in the topology must be a list [ … ]", refused(HEAD + "\"nodes\": {}}").getMessage());
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertEquals("node #1 has no 'id'", refused(HEAD + "\"nodes\": [{\"socket\": \"PUSH\"}]}").getMessage());
        assertEquals("node 'a' has no 'socket'; use one of REQ, REP, DEALER, ROUTER, PUB, SUB, XPUB, XSUB, PUSH, PULL, PAIR",
                refused(HEAD + "\"nodes\": [{\"id\": \"a\"}]}").getMessage());
        assertEquals("link #1 has no 'bind'", refused(HEAD + "\"links\": [{\"connect\": \"a\"}]}").getMessage());
    }

    @Test
    void aSyntaxErrorGivesItsLineAndColumn() {
        TopologyFileException failure = refused("""
                {
                  "format": "zmq-studio/topology",
                  "version": 1,
                  "name": "x" "nodes": []
                }
                """);

        assertTrue(failure.getMessage().startsWith("invalid JSON: "), failure.getMessage());
        assertEquals(4, failure.line());
        assertEquals(15, failure.column());
    }

    @Test
    void syntaxErrorsDoNotMentionJacksonSettings() {
        assertEquals("invalid JSON: Non-standard token 'NaN'", refused(HEAD + "\"name\": NaN}").getMessage());
        assertEquals("invalid JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?",
                refused(HEAD + "// note\n}").getMessage());
    }

    @Test
    void aDuplicateKeyIsRefusedAtItsPosition() {
        TopologyFileException failure = refused(HEAD + "\n\"name\": \"a\", \"name\": \"b\"}");

        assertEquals("duplicate field 'name'; each field may appear only once", failure.getMessage());
        assertEquals(2, failure.line());
    }

    @Test
    void truncatedJsonSaysTheFileEndsTooEarly() {
        TopologyFileException failure = refused(HEAD + "\"nodes\": [{\"id\": \"a\"");

        assertTrue(failure.getMessage().startsWith("the file ends too early"), failure.getMessage());
        assertEquals(1, failure.line());
    }

    @Test
    void contentAfterTheTopologyIsRefused() {
        assertEquals("unexpected content after the end of the topology's { … }",
                refused(HEAD + "\"name\": \"a\"} {}").getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "\uFEFF"})
    void anEmptyFileIsRefused(String json) {
        assertEquals("the file is empty; a topology file holds a JSON object { … }", refused(json).getMessage());
    }

    @Test
    void aNewerFormatVersionIsExplainedAsNewerEvenWithUnknownFields() {
        assertEquals("made by a newer ZMQ Studio (format version 2); this one reads version 1",
                refused("{\"format\": \"zmq-studio/topology\", \"version\": 2, \"futureField\": true}").getMessage());
    }

    @Test
    void aMissingVersionOrForeignFormatIsRefused() {
        assertTrue(refused("{\"format\": \"zmq-studio/topology\"}").getMessage().startsWith("\"version\" is missing"));
        assertTrue(refused("{\"format\": \"other\", \"version\": 1}").getMessage()
                .startsWith("this is not a ZMQ Studio topology: its format is 'other'"));
        assertTrue(refused("{\"version\": 1}").getMessage().startsWith("this is not a ZMQ Studio topology"));
        assertTrue(refused("[1, 2]").getMessage().startsWith("the file holds a JSON array"));
    }

    @Test
    void deepNestingIsRefusedAtTheLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertEquals("the JSON is nested deeper than 64 levels", refused(deep).getMessage());
    }

    @Test
    void aTooLongStringIsRefused() {
        String json = HEAD + "\"name\": \"" + "x".repeat(100_000) + "\"}";

        assertEquals("a text value is longer than 65536 characters", refused(json).getMessage());
    }

    @Test
    void tooManyNodesAreRefused() {
        String nodes = IntStream.rangeClosed(1, 10_001)
                .mapToObj(i -> "{\"id\": \"n" + i + "\", \"socket\": \"PAIR\"}")
                .collect(Collectors.joining(",", "[", "]"));

        assertEquals("the topology has 10001 nodes; at most 10000 are allowed",
                refused(HEAD + "\"nodes\": " + nodes + "}").getMessage());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
        Path big = folder.resolve("big.json");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(30L * 1024 * 1024);
        }

        TopologyFileException failure = assertThrows(TopologyFileException.class, () -> TopologyFiles.load(big));

        assertEquals("the file is 30.0 MB; a topology file may be at most 10 MB", failure.getMessage());
        assertEquals(big.toString(), failure.sourceName());
    }

    @Test
    void aMissingFileOrNonUtf8FileIsRefused(@TempDir Path folder) throws Exception {
        assertEquals("no such file", assertThrows(TopologyFileException.class,
                () -> TopologyFiles.load(folder.resolve("nope.json"))).getMessage());
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        assertEquals("the file is not UTF-8 text", assertThrows(TopologyFileException.class,
                () -> TopologyFiles.load(latin1)).getMessage());
    }
}
