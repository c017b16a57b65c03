package org.zmqstudio.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Optional;

/**
 * Whether a run fits in the open files the process may have. Every JeroMQ socket holds a few file
 * descriptors (its mailbox's pipe and selector), a tcp or ipc socket more (its connections, and the
 * monitors of the start); past the limit ({@code ulimit -n}) JeroMQ fails deep inside its I/O threads.
 * Measured on JeroMQ 0.6.0: about 4 per inproc node, 11 per tcp node at the peak of the start.
 */
final class FileBudget {

    static final int PER_INPROC_NODE = 5;
    static final int PER_NETWORK_NODE = 12;
    /** What the JVM and the rest of the program keep open besides. */
    private static final int SPARE = 200;

    private FileBudget() {
    }

    /** Why the run would exceed the process's open-file limit, in one sentence; empty when it fits or the limit is unknown. */
    static Optional<String> exceeded(RunPlan plan) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (!(os instanceof com.sun.management.UnixOperatingSystemMXBean unix)) {
            return Optional.empty();
        }
        long needed = needed(plan);
        long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount() - SPARE;
        if (needed <= free) {
            return Optional.empty();
        }
        return Optional.of(String.format("the run needs about %,d open files for its %,d sockets, and this process"
                + " may open %,d more (ulimit -n is %,d); raise the limit or run fewer nodes over tcp",
                needed, plan.size(), Math.max(0, free), unix.getMaxFileDescriptorCount()));
    }

    static long needed(RunPlan plan) {
        long needed = 0;
        for (int i = 0; i < plan.size(); i++) {
            needed += overNetwork(plan, i) ? PER_NETWORK_NODE : PER_INPROC_NODE;
        }
        return needed;
    }

    /** Whether the node binds, or connects to a node that binds, over tcp or ipc. */
    private static boolean overNetwork(RunPlan plan, int node) {
        if (isNetwork(plan.bindEndpoint(node))) {
            return true;
        }
        return plan.connections(node).stream().anyMatch(c -> isNetwork(plan.bindEndpoint(c.bindNode())));
    }

    private static boolean isNetwork(String endpoint) {
        return endpoint != null && !endpoint.startsWith("inproc://");
    }
}
