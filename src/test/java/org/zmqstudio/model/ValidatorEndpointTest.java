package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.only;
import static org.zmqstudio.model.TestTopologies.pipeline;
import static org.zmqstudio.model.TestTopologies.where;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Endpoint hosts are real addresses, and ipc endpoints clash on the loopback ports JeroMQ 0.6.0 gives them. */
class ValidatorEndpointTest {

    private static final ElementRef SINK = ElementRef.node("sink");

    /** The pipeline with {@code vent} binding {@code first} and {@code sink} binding {@code second}. */
    private static Topology binding(String first, String second) {
        return pipeline().updateNode("vent", n -> n.withEndpoint(first)).updateNode("sink", n -> n.withEndpoint(second));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://127.999.999.999:5555", "tcp://127.0.0.256:5555", "tcp://127.0.0:5555",
            "tcp://127.0.0.1.1:5555", "tcp://127.0.0.01:5555", "tcp://127..0.1:5555", "tcp://[::1::]:5555",
            "tcp://[12345::1]:5555", "tcp://[1:2:3:4:5:6:7:8:9]:5555", "tcp://[1:2:3:4:5:6:7]:5555",
            "tcp://[::1.2.3.256]:5555", "tcp://[:1]:5555", "tcp://host-:5555", "tcp://a..b:5555", "tcp://a b:5555",
            "tcp://é:5555"})
    void malformedAddressesAndHostNamesAreInvalid(String endpoint) {
        Problem problem = only(ProblemCode.E_ENDPOINT_INVALID, pipeline().updateNode("vent", n -> n.withEndpoint(endpoint)));

        assertTrue(problem.message().contains("malformed"), problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://127.255.255.255:5555", "tcp://[0:0:0:0:0:0:0:1]:5555", "tcp://[::ffff:127.0.0.1]:5555",
            "tcp://LocalHost:5555", "tcp://127.0.0.0:*"})
    void everySpellingOfALoopbackAddressIsLoopback(String endpoint) {
        assertEquals(List.of(), Validator.validate(pipeline().updateNode("vent", n -> n.withEndpoint(endpoint)), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://[fe80::1]:5555", "tcp://[::ffff:10.0.0.1]:5555", "tcp://10.1.2.3:5555", "tcp://my-host.lan:5555"})
    void wellFormedNonLoopbackHostsNeedTheNetworkOnly(String endpoint) {
        Topology topology = pipeline().updateNode("vent", n -> n.withEndpoint(endpoint));

        assertEquals(List.of(ElementRef.node("vent")), where(ProblemCode.E_ENDPOINT_NETWORK, topology));
        assertEquals(List.of(), Validator.validate(topology, true));
    }

    @Test
    void twoSpellingsOfOneIpv6AddressClash() {
        assertEquals(List.of(SINK), where(ProblemCode.E_ENDPOINT_DUPLICATE, binding("tcp://[::1]:5555", "tcp://[0:0::1]:5555")));
    }

    @Test
    void ipcPortsFollowJeroMqsDerivationFromTheName() {
        assertEquals(Math.abs("jobs".hashCode()) % 55536 + 10000, Endpoint.parse("ipc://jobs").ipcPort());
        assertEquals(Math.abs("Aa".hashCode()) % 55536 + 10000, Endpoint.parse("ipc://BB").ipcPort());
    }

    @Test
    void twoIpcNamesThatJeroMqMapsToOnePortClash() {
        String[] pair = collidingIpcNames();
        Topology topology = binding("ipc://" + pair[0], "ipc://" + pair[1]);

        Problem problem = only(ProblemCode.E_ENDPOINT_DUPLICATE, topology);
        assertEquals(SINK, problem.element());
        int port = Endpoint.parse("ipc://" + pair[0]).ipcPort();
        assertEquals("it binds 'ipc://" + pair[1] + "' (JeroMQ carries it over tcp://127.0.0.1:" + port + "), and PUSH 'vent' "
                + "already binds 'ipc://" + pair[0] + "' (JeroMQ carries it over tcp://127.0.0.1:" + port + "); two sockets "
                + "cannot bind one port, so rename the ipc endpoint or change the port", problem.message());
        assertEquals(List.of(), where(ProblemCode.E_ENDPOINT_DUPLICATE, binding("ipc://" + pair[0], "ipc://" + pair[0] + "x")));
    }

    @Test
    void ipcNamesWithOneHashClashToo() {
        assertEquals(List.of(SINK), where(ProblemCode.E_ENDPOINT_DUPLICATE, binding("ipc://Aa", "ipc://BB")));
    }

    static Stream<Arguments> ipcAndTcp() {
        int port = Endpoint.parse("ipc://jobs").ipcPort();
        return Stream.of(
                Arguments.of("tcp://127.0.0.1:" + port, true),
                Arguments.of("tcp://localhost:" + port, true),
                Arguments.of("tcp://*:" + port, true),
                Arguments.of("tcp://0.0.0.0:" + port, true),
                Arguments.of("tcp://[::1]:" + port, false),
                Arguments.of("tcp://127.0.0.2:" + port, false),
                Arguments.of("tcp://127.0.0.1:" + (port + 1), false));
    }

    @ParameterizedTest(name = "ipc://jobs and {0} clash: {1}")
    @MethodSource("ipcAndTcp")
    void anIpcEndpointClashesWithATcpBindOnItsLoopbackPort(String tcp, boolean clash) {
        List<ElementRef> expected = clash ? List.of(SINK) : List.of();

        assertEquals(expected, where(ProblemCode.E_ENDPOINT_DUPLICATE, binding("ipc://jobs", tcp), true));
        assertEquals(expected, where(ProblemCode.E_ENDPOINT_DUPLICATE, binding(tcp, "ipc://jobs"), true));
    }

    @Test
    void anIpcNameJeroMqCannotTurnIntoAPortIsInvalid() {
        assertEquals(Integer.MIN_VALUE, "polygenelubricants".hashCode());

        Problem problem = only(ProblemCode.E_ENDPOINT_INVALID, pipeline().updateNode("vent", n -> n.withEndpoint("ipc://polygenelubricants")));
        assertTrue(problem.message().contains("choose another name"), problem.message());
    }

    /** Two names of different hashes that JeroMQ maps to one port, found by trying short names in turn. */
    static String[] collidingIpcNames() {
        Map<Integer, String> byPort = new HashMap<>();
        for (int i = 0; ; i++) {
            String name = "n" + i;
            String earlier = byPort.putIfAbsent(Endpoint.parse("ipc://" + name).ipcPort(), name);
            if (earlier != null && earlier.hashCode() != name.hashCode()) {
                assertNotEquals(earlier, name);
                return new String[] {earlier, name};
            }
        }
    }
}
