package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.link;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.only;
import static org.zmqstudio.model.TestTopologies.topology;
import static org.zmqstudio.model.TestTopologies.where;

import java.util.List;
import org.junit.jupiter.api.Test;

/** External nodes (DESIGN.md §8): another process must be able to reach every endpoint on their links. */
class ValidatorExternalTest {

    private static final ElementRef CLIENT = ElementRef.node("client");
    private static final Behavior EXTERNAL = Behavior.External.INSTANCE;

    /** A studio REP binding {@code serverEndpoint}, and an external REQ that connects to it. */
    private static Topology externalClient(String serverEndpoint) {
        return topology(List.of(node("client", SocketType.REQ, EXTERNAL),
                node("server", SocketType.REP).withEndpoint(serverEndpoint)), link("client", "server"));
    }

    /** An external REP binding {@code endpoint}, and a studio REQ that connects to it. */
    private static Topology externalServer(String endpoint) {
        return topology(List.of(node("client", SocketType.REQ), node("server", SocketType.REP, EXTERNAL).withEndpoint(endpoint)),
                link("client", "server"));
    }

    @Test
    void anExternalClientOfATcpServerIsValidWithoutWarnings() {
        assertEquals(List.of(), Validator.validate(externalClient("tcp://127.0.0.1:5555"), false));
        assertEquals(List.of(), Validator.validate(externalServer("ipc://server"), false));
    }

    @Test
    void anExternalNodeConnectingToAnInprocBindIsRefusedNamingIt() {
        Problem problem = only(ProblemCode.E_EXTERNAL_INPROC, externalClient(null));

        assertEquals(CLIENT, problem.element());
        assertTrue(problem.message().contains("inproc://server"), problem.message());
    }

    @Test
    void anExternalNodeBindingInprocIsRefused() {
        assertEquals(List.of(ElementRef.node("server")), where(ProblemCode.E_EXTERNAL_INPROC, externalServer("inproc://svc")));
    }

    @Test
    void anyPortIsRefusedOnTheExternalNodeAndWhereItConnects() {
        assertEquals(List.of(ElementRef.node("server")), where(ProblemCode.E_EXTERNAL_ANY_PORT, externalServer("tcp://127.0.0.1:*")));
        assertEquals(List.of(CLIENT), where(ProblemCode.E_EXTERNAL_ANY_PORT, externalClient("tcp://127.0.0.1:*")));
    }

    @Test
    void anExternalNodeThatBindsNeedsAnEndpoint() {
        Problem problem = only(ProblemCode.E_EXTERNAL_NO_ENDPOINT, externalServer(null));

        assertEquals(ElementRef.node("server"), problem.element());
        assertEquals(List.of(), where(ProblemCode.E_EXTERNAL_INPROC, externalServer(null)));
    }

    @Test
    void anExternalNodeThatOnlyConnectsNeedsNoEndpoint() {
        assertEquals(List.of(), where(ProblemCode.E_EXTERNAL_NO_ENDPOINT, externalClient("tcp://127.0.0.1:5555")));
    }

    @Test
    void everySocketTypeCanStandForAnExternalProcess() {
        for (SocketType type : SocketType.values()) {
            assertTrue(type.supports(BehaviorKind.EXTERNAL), type.name());
        }
    }
}
