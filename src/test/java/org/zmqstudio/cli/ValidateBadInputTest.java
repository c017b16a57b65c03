package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of issue 2 through {@code validate}: exit 2, exactly one line on stdout that names
 * the culprit, a summary on stderr, never a stack trace, and quickly.
 */
@Timeout(10)
class ValidateBadInputTest {

    private static final String HEAD = "{\"format\": \"zmq-studio/topology\", \"version\": 1, ";

    @TempDir
    Path folder;

    /** Writes a bad file's content; large ones are streamed rather than built in memory. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                Arguments.of("empty file", text(""),
                        ": ERROR E_FILE the file is empty"),
                Arguments.of("truncated JSON", text(HEAD + "\"nodes\": [{\"id\": \"a\", \"sock"),
                        ":1:76: ERROR E_SYNTAX the file ends too early"),
                Arguments.of("100,000 levels of nesting", (Content) out -> {
                    out.write("[".repeat(100_000));
                    out.write("]".repeat(100_000));
                }, ": ERROR E_FILE the JSON is nested deeper than 64 levels"),
                Arguments.of("30 MB string", (Content) out -> {
                    out.write(HEAD + "\"name\": \"");
                    String chunk = "x".repeat(1024 * 1024);
                    for (int i = 0; i < 30; i++) {
                        out.write(chunk);
                    }
                    out.write("\"}");
                }, ": ERROR E_FILE the file is 30.0 MB; a topology file may be at most 10 MB"),
                Arguments.of("duplicate keys", text(HEAD + "\"name\": \"a\",\n\"name\": \"b\"}"),
                        ":2:7: ERROR E_SYNTAX duplicate field 'name'"),
                Arguments.of("unknown field", text(HEAD + "\n\"nodes\": [{\"id\": \"sink\", \"socket\": \"PULL\", \"endpiont\": \"x\"}]}"),
                        ":2:60: ERROR E_SYNTAX unknown field 'endpiont' in node 'sink' (did you mean 'endpoint'?)"),
                Arguments.of("newer version", text("{\"format\": \"zmq-studio/topology\", \"version\": 2}"),
                        ": ERROR E_FILE made by a newer ZMQ Studio (format version 2); this one reads version 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void anUnreadableFileIsRefusedWithOneLineNamingTheCulprit(String name, Content content, String expected)
            throws IOException {
        Path file = write("bad.json", content);

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.outLines().size(), run.out());
        assertTrue(run.out().startsWith(file + expected), run.out());
        assertEquals("1 file checked: 1 error in 1 file, 0 warnings\n", run.err());
        assertFalse(run.leaksInternals(), run.out() + run.err());
    }

    static Stream<Arguments> invalidTopologies() {
        return Stream.of(
                Arguments.of("invalid socket pair", """
                        "nodes": [{"id": "w1", "socket": "PULL"}, {"id": "vent", "socket": "PULL"}],
                        "links": [{"connect": "w1", "bind": "vent"}]""", "link w1->vent"),
                Arguments.of("link to a missing node", """
                        "nodes": [{"id": "a", "socket": "PUSH"}],
                        "links": [{"connect": "ghost", "bind": "a"}]""", "link ghost->a"),
                Arguments.of("self-link", """
                        "nodes": [{"id": "p", "socket": "PAIR"}],
                        "links": [{"connect": "p", "bind": "p"}]""", "link p->p"),
                Arguments.of("duplicate id", """
                        "nodes": [{"id": "twin", "socket": "PUSH"}, {"id": "twin", "socket": "PULL"}]""", "node twin"),
                Arguments.of("malformed id", """
                        "nodes": [{"id": "has space", "socket": "PUSH"}]""", "node has space"),
                Arguments.of("bad endpoint", """
                        "nodes": [{"id": "a", "socket": "PUSH", "endpoint": "tcp://127.0.0.1:80"},
                                  {"id": "b", "socket": "PULL"}],
                        "links": [{"connect": "b", "bind": "a"}]""", "node a"),
                Arguments.of("network endpoint without --allow-network", """
                        "nodes": [{"id": "a", "socket": "PUSH", "endpoint": "tcp://0.0.0.0:5555"},
                                  {"id": "b", "socket": "PULL"}],
                        "links": [{"connect": "b", "bind": "a"}]""", "node a"),
                Arguments.of("two nodes binding one endpoint", """
                        "nodes": [{"id": "a", "socket": "PUSH", "endpoint": "inproc://same"},
                                  {"id": "b", "socket": "PUSH", "endpoint": "inproc://same"},
                                  {"id": "c", "socket": "PULL"}],
                        "links": [{"connect": "c", "bind": "a"}, {"connect": "c", "bind": "b"}]""", "node b"),
                Arguments.of("behaviour the socket cannot perform", """
                        "nodes": [{"id": "s", "socket": "SUB", "behavior": {"kind": "produce"}},
                                  {"id": "p", "socket": "PUB"}],
                        "links": [{"connect": "s", "bind": "p"}]""", "node s"),
                Arguments.of("relay to a missing node", """
                        "nodes": [{"id": "in", "socket": "PULL", "behavior": {"kind": "relay", "to": "nowhere"}},
                                  {"id": "src", "socket": "PUSH"}],
                        "links": [{"connect": "in", "bind": "src"}]""", "node in"),
                Arguments.of("PAIR with two peers", """
                        "nodes": [{"id": "p1", "socket": "PAIR"}, {"id": "p2", "socket": "PAIR"}, {"id": "p3", "socket": "PAIR"}],
                        "links": [{"connect": "p2", "bind": "p1"}, {"connect": "p3", "bind": "p1"}]""", "p1"),
                Arguments.of("option out of range", """
                        "nodes": [{"id": "a", "socket": "PUSH", "options": {"sndhwm": 0}},
                                  {"id": "b", "socket": "PULL"}],
                        "links": [{"connect": "b", "bind": "a"}]""", "node a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTopologies")
    void aTopologyWithAValidationErrorIsRefusedNamingTheElement(String name, String body, String culprit)
            throws IOException {
        Path file = write("invalid.json", text(HEAD + body + "}"));

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertEquals(2, run.exitCode(), run.out() + run.err());
        Pattern errorLine = Pattern.compile(Pattern.quote(file + ": ERROR ") + "E_[A-Z_]+ .*" + Pattern.quote(culprit) + ".*: .+");
        assertTrue(run.outLines().stream().anyMatch(l -> errorLine.matcher(l).matches()), run.out());
        assertFalse(run.leaksInternals(), run.out() + run.err());
    }

    @Test
    void aValidFileExitsZeroAndAFileWithErrorsAmongSeveralExitsTwo() throws IOException {
        Path good = write("good.json", text(HEAD + """
                "nodes": [{"id": "vent", "socket": "PUSH", "behavior": {"kind": "produce", "count": 10}},
                          {"id": "sink", "socket": "PULL"}],
                "links": [{"connect": "sink", "bind": "vent"}]}"""));
        Path bad = write("bad.json", text(""));

        CommandLineRun alone = CommandLineRun.of("validate", good.toString());
        CommandLineRun both = CommandLineRun.of("validate", good.toString(), bad.toString());

        assertEquals(0, alone.exitCode(), alone.out());
        assertEquals("", alone.out());
        assertEquals("1 file checked: no errors, 0 warnings\n", alone.err());
        assertEquals(2, both.exitCode());
        assertEquals(List.of(bad + ": ERROR E_FILE the file is empty; a topology file holds a JSON object { … }"),
                both.outLines());
        assertEquals("2 files checked: 1 error in 1 file, 0 warnings\n", both.err());
    }

    @Test
    void allowNetworkAcceptsANonLoopbackEndpoint() throws IOException {
        Path file = write("network.json", text(HEAD + """
                "nodes": [{"id": "vent", "socket": "PUSH", "endpoint": "tcp://0.0.0.0:5555",
                           "behavior": {"kind": "produce", "count": 10}},
                          {"id": "sink", "socket": "PULL"}],
                "links": [{"connect": "sink", "bind": "vent"}]}"""));

        assertEquals(2, CommandLineRun.of("validate", file.toString()).exitCode());
        assertEquals(0, CommandLineRun.of("validate", "--allow-network", file.toString()).exitCode());
    }

    private static Content text(String content) {
        return out -> out.write(content);
    }

    private Path write(String name, Content content) throws IOException {
        Path file = folder.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
        return file;
    }
}
