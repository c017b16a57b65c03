package org.zmqstudio.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.zmqstudio.model.Endpoint;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Topology;

/**
 * A node that starts late binds late, but its peers connect at the start: when it binds
 * {@code tcp://host:*}, a free port is chosen for it now so that they know where to connect.
 */
final class DelayedPorts {

    private DelayedPorts() {
    }

    static Topology fixed(Topology topology) {
        Topology result = topology;
        for (Node node : topology.nodes()) {
            if (node.startAfterMillis() <= 0 || node.endpoint() == null || !node.endpoint().startsWith("tcp://")) {
                continue;
            }
            Endpoint endpoint = Endpoint.parse(node.endpoint());
            if (endpoint.anyPort()) {
                String fixed = "tcp://" + endpoint.host() + ":" + freePort(endpoint.host());
                result = result.updateNode(node.id(), n -> n.withEndpoint(fixed));
            }
        }
        return result;
    }

    private static int freePort(String host) {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host.replace("[", "").replace("]", "")))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + host, e);
        }
    }
}
