package org.zmqstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.BehaviorKind;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

class TopologyFilesTest {

    /** A canonical file using every field the format has, each with a value other than its default. */
    static final String CANONICAL = """
            {
              "format": "zmq-studio/topology",
              "version": 1,
              "name": "Everything",
              "description": "Every field of the format, none at its default.",
              "nodes": [
                {
                  "id": "vent",
                  "socket": "PUB",
                  "label": "Ventilator",
                  "x": 80,
                  "y": 200.5,
                  "endpoint": "tcp://127.0.0.1:5555",
                  "options": {
                    "sndhwm": 10,
                    "rcvhwm": 20,
                    "linger": 0,
                    "identity": "v1",
                    "maxMsgSize": 4096
                  },
                  "startAfterMillis": 250,
                  "behavior": {
                    "kind": "produce",
                    "count": 100,
                    "rate": 0.5,
                    "payload": "task {n}",
                    "size": 64,
                    "parts": 2,
                    "topics": [
                      "a",
                      "b"
                    ]
                  }
                },
                {
                  "id": "client",
                  "socket": "REQ",
                  "x": 0,
                  "y": 0,
                  "behavior": {
                    "kind": "request",
                    "count": 5,
                    "rate": 2,
                    "payload": "hi {n}",
                    "timeoutMillis": 100,
                    "retries": 1
                  }
                },
                {
                  "id": "server",
                  "socket": "REP",
                  "x": -10,
                  "y": 3,
                  "behavior": {
                    "kind": "reply",
                    "payload": "ok {request}",
                    "workMillis": 5
                  }
                },
                {
                  "id": "sub",
                  "socket": "SUB",
                  "x": 1,
                  "y": 2,
                  "behavior": {
                    "kind": "consume",
                    "subscribe": [
                      "a"
                    ],
                    "workMillis": 1
                  }
                },
                {
                  "id": "in",
                  "socket": "PULL",
                  "x": 1,
                  "y": 2,
                  "behavior": {
                    "kind": "relay",
                    "to": "out",
                    "workMillis": 2
                  }
                },
                {
                  "id": "out",
                  "socket": "PUSH",
                  "x": 1,
                  "y": 2
                },
                {
                  "id": "front",
                  "socket": "ROUTER",
                  "x": 1,
                  "y": 2,
                  "behavior": {
                    "kind": "proxy",
                    "peer": "back"
                  }
                },
                {
                  "id": "back",
                  "socket": "DEALER",
                  "x": 1,
                  "y": 2,
                  "behavior": {
                    "kind": "consume"
                  }
                }
              ],
              "links": [
                {
                  "connect": "sub",
                  "bind": "vent"
                },
                {
                  "id": "requests",
                  "connect": "client",
                  "bind": "server"
                }
              ],
              "tour": [
                {
                  "say": "The client asks, the server answers.",
                  "focus": [
                    "client",
                    "requests"
                  ],
                  "do": "run-paused"
                },
                {
                  "say": "Three more.",
                  "do": "step:3"
                },
                {
                  "say": "Kill the server.",
                  "do": "kill:server"
                },
                {
                  "say": "Just read."
                }
              ]
            }
            """;

    @Test
    void canonicalFileLoadsSavesAndReloadsToTheSameTopologyAndBytes(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("everything.json");
        Files.writeString(file, CANONICAL);

        Topology loaded = TopologyFiles.load(file);
        TopologyFiles.save(loaded, file);

        assertEquals(CANONICAL, Files.readString(file));
        assertEquals(loaded, TopologyFiles.load(file));
    }

    @Test
    void readingGivesEveryFieldItsValue() throws Exception {
        Topology topology = TopologyFiles.parse(CANONICAL, "test");

        Node vent = topology.node("vent").orElseThrow();
        assertEquals(new Node("vent", SocketType.PUB, "Ventilator", 80, 200.5, "tcp://127.0.0.1:5555",
                new SocketOptions(10, 20, 0, "v1", 4096L), 250,
                new Behavior.Produce(100, 0.5, "task {n}", 64, 2, List.of("a", "b"))), vent);
        assertEquals(new Behavior.Relay("out", 2), topology.node("in").orElseThrow().behavior());
        assertEquals(Behavior.Consume.DEFAULT, topology.node("back").orElseThrow().behavior());
        assertEquals(List.of(Link.between("sub", "vent"), new Link("requests", "client", "server")), topology.links());
    }

    @Test
    void absentFieldsTakeTheirDefaults() throws Exception {
        Topology topology = TopologyFiles.parse("""
                {"format": "zmq-studio/topology", "version": 1,
                 "nodes": [{"id": "p", "socket": "PUSH", "behavior": {"kind": "request"}}]}
                """, "test");

        assertEquals("", topology.name());
        assertEquals(List.of(), topology.links());
        assertEquals(new Node("p", SocketType.PUSH, null, 0, 0, null, SocketOptions.NONE, 0, Behavior.Request.DEFAULT),
                topology.nodes().get(0));
    }

    @Test
    void writingOmitsDefaultsButKeepsABehaviourThatIsPresent() {
        Topology topology = new Topology("Small", "", List.of(
                Node.of("source", SocketType.PUSH, 80, 120).withBehavior(Behavior.Produce.DEFAULT),
                Node.of("sink", SocketType.PULL, 300.25, 120)), List.of(Link.between("sink", "source")));

        assertEquals("""
                {
                  "format": "zmq-studio/topology",
                  "version": 1,
                  "name": "Small",
                  "nodes": [
                    {
                      "id": "source",
                      "socket": "PUSH",
                      "x": 80,
                      "y": 120,
                      "behavior": {
                        "kind": "produce"
                      }
                    },
                    {
                      "id": "sink",
                      "socket": "PULL",
                      "x": 300.25,
                      "y": 120
                    }
                  ],
                  "links": [
                    {
                      "connect": "sink",
                      "bind": "source"
                    }
                  ]
                }
                """, TopologyFiles.toJson(topology));
    }

    @Test
    void everyBehaviourKindAtItsDefaultsSurvivesARoundTrip() throws Exception {
        for (BehaviorKind kind : BehaviorKind.values()) {
            Topology topology = new Topology("k", "", List.of(
                    Node.of("n", SocketType.DEALER, 0, 0).withBehavior(Behavior.defaultOf(kind))), List.of());

            Topology reloaded = TopologyFiles.parse(TopologyFiles.toJson(topology), "test");

            assertEquals(topology, reloaded, kind.fileName());
        }
    }

    @Test
    void emptyTopologyWritesEmptyLists() throws Exception {
        String json = TopologyFiles.toJson(Topology.EMPTY);

        assertTrue(json.contains("\"nodes\": [],\n  \"links\": []\n"), json);
        assertEquals(Topology.EMPTY, TopologyFiles.parse(json, "test"));
    }

    @Test
    void saveKeepsThePreviousFileAsBak(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("t.json");
        Topology first = Topology.EMPTY.withName("first");
        Topology second = Topology.EMPTY.withName("second");

        TopologyFiles.save(first, file);
        assertFalse(Files.exists(folder.resolve("t.json.bak")));
        TopologyFiles.save(second, file);

        assertEquals(second, TopologyFiles.load(file));
        assertEquals(first, TopologyFiles.load(folder.resolve("t.json.bak")));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }
}
