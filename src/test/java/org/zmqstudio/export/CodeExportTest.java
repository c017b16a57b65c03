package org.zmqstudio.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** What the generators decide before any program runs: names, endpoints handed over at run time, refusals. */
class CodeExportTest {

    private static final Topology ANY_PORT = new Topology("Any port", "", List.of(
            Node.of("client", SocketType.REQ, 0, 0).withBehavior(new Behavior.Request(3, 0, "hi", 1000, 1)),
            Node.of("server", SocketType.REP, 0, 0).withEndpoint("tcp://127.0.0.1:*")),
            List.of(Link.between("client", "server")));

    @Test
    void aJavaClassTakesItsFileNameWhenThatIsAnIdentifierElseTopology() {
        assertEquals("Pipeline", CodeExport.className("Pipeline.java"));
        assertEquals("Topology", CodeExport.className("my-pipeline.java"));
        assertEquals("Topology", CodeExport.className("class.java"));
        assertEquals("Topology", CodeExport.className("Caf\u00e9.java"));
    }

    @Test
    void aStarPortIsBoundThenReadBackAndHandedToTheConnectors() {
        String java = CodeExport.write(ANY_PORT, ExportFormat.JAVA, "AnyPort.java", "any.json", false);
        String python = CodeExport.write(ANY_PORT, ExportFormat.PYTHON, "any_port.py", "any.json", false);

        assertTrue(java.contains("bindAndShare(server, \"server\", \"tcp://127.0.0.1:*\");"), java);
        assertTrue(java.contains("client.connect(endpointOf(\"server\"));"), java);
        assertTrue(java.contains("socket.getLastEndpoint()"), java);
        assertTrue(python.contains("bind_and_share(server, \"server\", \"tcp://127.0.0.1:*\")"), python);
        assertTrue(python.contains("client.connect(endpoint_of(\"server\"))"), python);
        assertTrue(python.contains("zmq.LAST_ENDPOINT"), python);
    }

    @Test
    void pythonBindsLocalhostAsItsAddressAndAWildcardHostIsReadBackLikeAStarPort() {
        Topology named = new Topology("", "", List.of(
                Node.of("sink", SocketType.PULL, 0, 0).withEndpoint("tcp://localhost:5570"),
                Node.of("source", SocketType.PUSH, 0, 0).withEndpoint("tcp://*:5571").withBehavior(
                        new Behavior.Produce(1, 0, "x", 0, 1, List.of())),
                Node.of("vent", SocketType.PUSH, 0, 0).withBehavior(new Behavior.Produce(1, 0, "x", 0, 1, List.of())),
                Node.of("worker", SocketType.PULL, 0, 0)),
                List.of(Link.between("vent", "sink"), Link.between("worker", "source")));

        String python = CodeExport.write(named, ExportFormat.PYTHON, "named.py", "named.json", true);
        String java = CodeExport.write(named, ExportFormat.JAVA, "Named.java", "named.json", true);

        assertTrue(python.contains("sink.bind(\"tcp://127.0.0.1:5570\")"), python);
        assertTrue(python.contains("vent.connect(\"tcp://127.0.0.1:5570\")"), python);
        assertTrue(python.contains("worker.connect(endpoint_of(\"source\"))"), python);
        assertTrue(java.contains("sink.bind(\"tcp://localhost:5570\");"), java);
        assertTrue(java.contains("worker.connect(endpointOf(\"source\"));"), java);
    }

    @Test
    void nodeIdsBecomeDistinctNamesThatAreNeitherKeywordsNorTheProgramsOwn() {
        List<String> ids = List.of("worker-1-in", "worker_1.in", "class", "2nd", "send");

        assertEquals(Map.of("worker-1-in", "worker1In", "worker_1.in", "worker1InSocket", "class", "classSocket",
                "2nd", "node2nd", "send", "sendSocket"), Identifiers.java(ids, JavaProgram.TAKEN));
        assertEquals(Map.of("worker-1-in", "worker_1_in", "worker_1.in", "worker_1_in_socket", "class", "class_socket",
                "2nd", "node_2nd", "send", "send_socket"), Identifiers.python(ids, Set.of("class", "send")));
    }

    @Test
    void anExternalNodeBecomesACommentSayingWhatTheProcessOutsideMustDo() {
        Topology outside = new Topology("", "", List.of(
                Node.of("client", SocketType.REQ, 0, 0).withBehavior(Behavior.External.INSTANCE),
                Node.of("server", SocketType.REP, 0, 0).withEndpoint("tcp://127.0.0.1:5599")),
                List.of(Link.between("client", "server")));

        String java = CodeExport.write(outside, ExportFormat.JAVA, "Outside.java", "outside.json", false);
        String python = CodeExport.write(outside, ExportFormat.PYTHON, "outside.py", "outside.json", false);

        String duty = "client (REQ) is not in this program: A process outside the studio must connect a REQ socket to";
        assertTrue(java.contains("// " + duty), java);
        assertTrue(python.contains("# " + duty), python);
        assertFalse(java.contains("client.connect") || java.contains("\"client\" sent"), java);
        assertFalse(python.contains("def client") || python.contains("\"client\", sent"), python);
    }

    @Test
    void aTopologyWithErrorsIsRefusedNamingTheFirst() {
        Topology broken = new Topology("", "", List.of(Node.of("a", SocketType.PULL, 0, 0), Node.of("b", SocketType.PULL, 0, 0)),
                List.of(Link.between("a", "b")));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CodeExport.write(broken, ExportFormat.JAVA, "B.java", "b.json", false));
        assertTrue(refused.getMessage().contains("E_PAIR_TYPES"), refused.getMessage());
    }
}
