package org.zmqstudio.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Bind endpoints: well formed, on this machine unless the network is allowed, bound by one node only. */
final class EndpointRules {

    /** Hosts that bind every interface, so they clash with any host on the same port. */
    private static final Set<String> WILDCARD_HOSTS = Set.of("*", "0.0.0.0", "[::]");

    private EndpointRules() {
    }

    static void check(Topology topology, boolean allowNetwork, Findings findings) {
        Map<String, List<Bound>> boundByPlace = new HashMap<>();
        for (Node node : topology.nodes()) {
            String text = topology.bindEndpoint(node);
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
                    findings.add(ProblemCode.E_ENDPOINT_DUPLICATE, at, "it binds " + Wording.quote(text) + ", which "
                            + Wording.socket(first.node()) + " already binds; two sockets cannot bind one endpoint"));
            samePlace.add(bound);
        }
    }

    /** A node and the endpoint it binds. */
    private record Bound(Node node, Endpoint endpoint) {

        /** Endpoints that may clash share a place: an inproc or ipc name, or a tcp port. */
        String place() {
            return switch (endpoint.transport()) {
                case INPROC, IPC -> endpoint.transport() + ":" + endpoint.name();
                case TCP -> "tcp:" + endpoint.port();
            };
        }

        boolean clashesWith(Bound other) {
            if (endpoint.transport() != Endpoint.Transport.TCP) {
                return true;
            }
            String host = host();
            String otherHost = other.host();
            return host.equals(otherHost) || WILDCARD_HOSTS.contains(host) || WILDCARD_HOSTS.contains(otherHost);
        }

        /** The host as the operating system sees it: case-free, {@code localhost} being 127.0.0.1 (JeroMQ prefers IPv4). */
        private String host() {
            String host = endpoint.host().toLowerCase(Locale.ROOT);
            return host.equals("localhost") ? "127.0.0.1" : host;
        }
    }
}
