package org.zmqstudio.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bind endpoints: well formed, on this machine unless the network is allowed, bound by one node only
 * (two ipc names that JeroMQ maps to one loopback port, or an ipc name and a tcp endpoint on that
 * port, clash as well).
 */
final class EndpointRules {

    /** Hosts that bind every interface, so they clash with any host on the same port ({@link HostText#canonical} spelling). */
    private static final Set<String> WILDCARD_HOSTS = Set.of("*", "0.0.0.0", "[0:0:0:0:0:0:0:0]");
    /** Where JeroMQ 0.6.0 binds an ipc endpoint: the first IPv4 loopback address. */
    private static final String IPC_HOST = "127.0.0.1";

    private EndpointRules() {
    }

    static void check(TopologyIndex index, boolean allowNetwork, Findings findings) {
        Map<String, List<Bound>> boundByPlace = new HashMap<>();
        for (Node node : index.topology().nodes()) {
            String text = index.bindEndpoint(node);
            if (text == null) {
                continue;
            }
            ElementRef at = ElementRef.node(node.id());
            Endpoint endpoint;
            try {
                endpoint = Endpoint.parse(text);
            } catch (IllegalArgumentException e) {
                // A default inproc://<id> only fails for a malformed id, which E_ID_MALFORMED reports.
                if (node.endpoint() != null && !node.endpoint().isEmpty()) {
                    findings.add(ProblemCode.E_ENDPOINT_INVALID, at, "its endpoint is not valid: " + e.getMessage());
                }
                continue;
            }
            if (!allowNetwork && !endpoint.isLoopback()) {
                findings.add(ProblemCode.E_ENDPOINT_NETWORK, at, "its endpoint " + Wording.quote(text)
                        + " can be reached from other machines; bind to 127.0.0.1, [::1] or localhost, "
                        + "or allow network endpoints (--allow-network; in the window: Run, Allow network endpoints)");
            }
            if (endpoint.anyPort()) {
                continue;
            }
            Bound bound = new Bound(node, endpoint);
            List<Bound> samePlace = boundByPlace.computeIfAbsent(bound.place(), p -> new ArrayList<>());
            samePlace.stream().filter(bound::clashesWith).findFirst().ifPresent(first ->
                    findings.add(ProblemCode.E_ENDPOINT_DUPLICATE, at, clash(bound, first)));
            samePlace.add(bound);
        }
    }

    /** Why {@code second} cannot bind where {@code first} already binds. */
    private static String clash(Bound second, Bound first) {
        if (second.endpoint().equals(first.endpoint()) || !second.isIpc() && !first.isIpc()) {
            return "it binds " + Wording.quote(second.endpoint().toString()) + ", which " + Wording.socket(first.node())
                    + " already binds; two sockets cannot bind one endpoint";
        }
        return "it binds " + second.described() + ", and " + Wording.socket(first.node()) + " already binds "
                + first.described() + "; two sockets cannot bind one port, so rename the ipc endpoint or change the port";
    }

    /** A node and the endpoint it binds; an ipc endpoint binds the loopback tcp port JeroMQ derives from its name. */
    private record Bound(Node node, Endpoint endpoint) {

        /** Endpoints that may clash share a place: an inproc name, or a tcp port (ipc included). */
        String place() {
            return switch (endpoint.transport()) {
                case INPROC -> "inproc:" + endpoint.name();
                case IPC -> "tcp:" + endpoint.ipcPort();
                case TCP -> "tcp:" + endpoint.port();
            };
        }

        boolean isIpc() {
            return endpoint.transport() == Endpoint.Transport.IPC;
        }

        boolean clashesWith(Bound other) {
            if (endpoint.transport() == Endpoint.Transport.INPROC) {
                return true;
            }
            String host = host();
            String otherHost = other.host();
            return host.equals(otherHost) || WILDCARD_HOSTS.contains(host) || WILDCARD_HOSTS.contains(otherHost);
        }

        /** {@code 'tcp://127.0.0.1:5555'}, or {@code 'ipc://jobs' (JeroMQ carries it over tcp://127.0.0.1:23117)}. */
        String described() {
            String quoted = Wording.quote(endpoint.toString());
            return isIpc() ? quoted + " (JeroMQ carries it over tcp://" + IPC_HOST + ":" + endpoint.ipcPort() + ")" : quoted;
        }

        /** The host as the operating system sees it ({@link HostText#canonical}); an ipc endpoint's is 127.0.0.1. */
        private String host() {
            return isIpc() ? IPC_HOST : HostText.canonical(endpoint.host());
        }
    }
}
