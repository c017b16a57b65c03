package org.zmqstudio.ui.palette;

import java.util.List;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketType;

/** The ready-made socket groups of the palette: common building blocks of the ZeroMQ guide. */
public enum ReadyGroup {
    PIPELINE_WORKER("pipeline-worker", "worker", "Pipeline worker",
            "A PULL that relays every task it receives to a PUSH: one worker of a parallel pipeline."),
    ROUTER_DEALER_BROKER("router-dealer-broker", "broker", "ROUTER/DEALER broker",
            "A ROUTER facing clients proxied to a DEALER facing workers: a shared request queue."),
    XSUB_XPUB_FORWARDER("xsub-xpub-forwarder", "forwarder", "XSUB/XPUB forwarder",
            "An XSUB collecting a stream proxied to an XPUB republishing it, subscriptions passed upstream.");

    /** Horizontal distance between the two sockets of a group, canvas units. */
    static final double SPACING = 220;

    private final String key;
    private final String idPrefix;
    private final String title;
    private final String description;

    ReadyGroup(String key, String idPrefix, String title, String description) {
        this.key = key;
        this.idPrefix = idPrefix;
        this.title = title;
        this.description = description;
    }

    /** The group's name in a palette drag ({@code zmq-studio:group:KEY}) and in ids. */
    public String key() {
        return key;
    }

    /** The prefix of the group's node ids, e.g. {@code worker} for {@code worker-1-in}. */
    String idPrefix() {
        return idPrefix;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The socket types of the group, receiving side first. */
    public List<SocketType> sockets() {
        return switch (this) {
            case PIPELINE_WORKER -> List.of(SocketType.PULL, SocketType.PUSH);
            case ROUTER_DEALER_BROKER -> List.of(SocketType.ROUTER, SocketType.DEALER);
            case XSUB_XPUB_FORWARDER -> List.of(SocketType.XSUB, SocketType.XPUB);
        };
    }

    /**
     * The group's nodes with ids {@code inId} and {@code outId}, the first at (x, y) and the second to
     * its right; the first drives the second (a relay or a proxy).
     */
    List<Node> nodes(String inId, String outId, double x, double y) {
        Behavior drive = this == PIPELINE_WORKER ? new Behavior.Relay(outId, 0) : new Behavior.Proxy(outId);
        return List.of(
                Node.of(inId, sockets().get(0), x, y).withBehavior(drive).withLabel(labelOf(0)),
                Node.of(outId, sockets().get(1), x + SPACING, y).withLabel(labelOf(1)));
    }

    private String labelOf(int side) {
        return switch (this) {
            case PIPELINE_WORKER -> side == 0 ? "Worker in" : "Worker out";
            case ROUTER_DEALER_BROKER -> side == 0 ? "Broker frontend" : "Broker backend";
            case XSUB_XPUB_FORWARDER -> side == 0 ? "Forwarder in" : "Forwarder out";
        };
    }
}
