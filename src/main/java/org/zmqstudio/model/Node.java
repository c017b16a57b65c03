package org.zmqstudio.model;

import java.util.Objects;

/**
 * One ZeroMQ socket on the canvas.
 *
 * @param id               unique id, 1–64 chars of {@code [A-Za-z0-9_.-]}
 * @param socket           socket type
 * @param label            display label, or {@code null} to show the id
 * @param x                canvas position, canvas units
 * @param y                canvas position, canvas units
 * @param endpoint         where this node binds as written by the user, or {@code null}
 *                         (see {@link Topology#bindEndpoint(Node)})
 * @param options          socket options, never {@code null}
 * @param startAfterMillis delay before the socket is created and connected, ms
 * @param behavior         what the socket's thread does, or {@code null} for the default
 *                         (see {@link Topology#effectiveBehavior(Node)})
 */
public record Node(String id, SocketType socket, String label, double x, double y, String endpoint,
                   SocketOptions options, long startAfterMillis, Behavior behavior) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(socket, "socket");
        options = options == null ? SocketOptions.NONE : options;
    }

    /** A node with only the required fields, at a position. */
    public static Node of(String id, SocketType socket, double x, double y) {
        return new Node(id, socket, null, x, y, null, SocketOptions.NONE, 0, null);
    }

    public String displayLabel() {
        return label == null || label.isEmpty() ? id : label;
    }

    public Node withId(String value) {
        return new Node(value, socket, label, x, y, endpoint, options, startAfterMillis, behavior);
    }

    public Node withSocket(SocketType value) {
        return new Node(id, value, label, x, y, endpoint, options, startAfterMillis, behavior);
    }

    public Node withLabel(String value) {
        return new Node(id, socket, value, x, y, endpoint, options, startAfterMillis, behavior);
    }

    public Node withPosition(double newX, double newY) {
        return new Node(id, socket, label, newX, newY, endpoint, options, startAfterMillis, behavior);
    }

    public Node withEndpoint(String value) {
        return new Node(id, socket, label, x, y, value, options, startAfterMillis, behavior);
    }

    public Node withOptions(SocketOptions value) {
        return new Node(id, socket, label, x, y, endpoint, value, startAfterMillis, behavior);
    }

    public Node withStartAfterMillis(long value) {
        return new Node(id, socket, label, x, y, endpoint, options, value, behavior);
    }

    public Node withBehavior(Behavior value) {
        return new Node(id, socket, label, x, y, endpoint, options, startAfterMillis, value);
    }
}
