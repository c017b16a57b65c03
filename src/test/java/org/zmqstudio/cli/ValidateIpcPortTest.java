package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zmqstudio.model.Endpoint;
import zmq.io.net.ipc.IpcAddress;

/**
 * The validator's ipc ports are JeroMQ 0.6.0's: the same numbers as JeroMQ's own {@link IpcAddress},
 * and a real ipc socket really holds the loopback tcp port that {@code validate} reports as taken.
 */
@Timeout(20)
class ValidateIpcPortTest {

    private static final String HEAD = "{\"format\": \"zmq-studio/topology\", \"version\": 1, ";

    @TempDir
    Path folder;

    @Test
    void theModelDerivesTheSamePortAsJeroMqForEveryName() {
        List<String> names = new ArrayList<>(List.of("jobs", "Aa", "BB", "a/b.c-d_e", "x".repeat(200)));
        for (int i = 0; i < 1_000; i++) {
            names.add("name-" + i);
        }
        for (String name : names) {
            int jeromq = ((InetSocketAddress) new IpcAddress(name).address()).getPort();
            assertEquals(jeromq, Endpoint.parse("ipc://" + name).ipcPort(), name);
        }
    }

    @Test
    void anIpcSocketHoldsTheLoopbackPortThatValidateReportsAsTaken() throws IOException {
        try (ZContext context = new ZContext()) {
            ZMQ.Socket pull = context.createSocket(SocketType.PULL);
            String name = bindOnAFreeDerivedPort(pull);
            int port = Endpoint.parse("ipc://" + name).ipcPort();

            assertThrows(BindException.class, () -> {
                try (ServerSocket tcp = new ServerSocket()) {
                    tcp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                }
            });
            Path file = folder.resolve("clash.json");
            Files.writeString(file, HEAD + """
                    "nodes": [{"id": "a", "socket": "PUSH", "endpoint": "ipc://%s"},
                              {"id": "b", "socket": "PUSH", "endpoint": "tcp://127.0.0.1:%d"},
                              {"id": "c", "socket": "PULL"}],
                    "links": [{"connect": "c", "bind": "a"}, {"connect": "c", "bind": "b"}]}""".formatted(name, port));
            CommandLineRun run = CommandLineRun.of("validate", file.toString());

            assertEquals(2, run.exitCode(), run.out());
            assertEquals(List.of(file + ": ERROR E_ENDPOINT_DUPLICATE node b: it binds 'tcp://127.0.0.1:" + port
                    + "', and PUSH 'a' already binds 'ipc://" + name + "' (JeroMQ carries it over tcp://127.0.0.1:" + port
                    + "); two sockets cannot bind one port, so rename the ipc endpoint or change the port"), run.outLines());
        }
    }

    /** Binds the socket on the first of a few ipc names whose derived port is free; returns the name. */
    private static String bindOnAFreeDerivedPort(ZMQ.Socket socket) {
        for (int i = 0; i < 50; i++) {
            String name = "zmq-studio-ipc-test-" + ProcessHandle.current().pid() + "-" + i;
            try {
                if (socket.bind("ipc://" + name)) {
                    return name;
                }
            } catch (RuntimeException portInUse) {
                // another program has this port; try the next name
            }
        }
        throw new AssertionError("no ipc name with a free port found");
    }
}
