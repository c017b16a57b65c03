package org.zmqstudio.model;

import java.util.Objects;

/**
 * One {@code connect()} call: node {@code connect} connects to the endpoint node {@code bind} binds.
 * A {@code null} id becomes the default {@code "<connect>-><bind>"}.
 */
public record Link(String id, String connect, String bind) {

    public Link {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(bind, "bind");
        id = id == null ? defaultId(connect, bind) : id;
    }

    public static Link between(String connect, String bind) {
        return new Link(null, connect, bind);
    }

    public static String defaultId(String connect, String bind) {
        return connect + "->" + bind;
    }

    public boolean hasDefaultId() {
        return id.equals(defaultId(connect, bind));
    }

    public boolean touches(String nodeId) {
        return connect.equals(nodeId) || bind.equals(nodeId);
    }

    /** The node at the other end from {@code nodeId}. */
    public String otherEnd(String nodeId) {
        return connect.equals(nodeId) ? bind : connect;
    }

    /** The same link with the binding side swapped; a default id follows the ends. */
    public Link swapped() {
        return new Link(hasDefaultId() ? null : id, bind, connect);
    }
}
