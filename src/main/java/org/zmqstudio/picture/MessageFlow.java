package org.zmqstudio.picture;

import org.zmqstudio.model.Node;

/**
 * Which way data messages travel over a link, by socket type: towards the receiving side (PUSH to PULL,
 * PUB to SUB), both ways for request-reply and PAIR, neither for a pair of types that cannot be linked.
 */
public record MessageFlow(boolean toBind, boolean toConnect) {

    public static MessageFlow of(Node connect, Node bind) {
        if (!connect.socket().canPairWith(bind.socket())) {
            return new MessageFlow(false, false);
        }
        return new MessageFlow(connect.socket().sends() && bind.socket().receives(),
                bind.socket().sends() && connect.socket().receives());
    }

    /** "vent → worker", "client ↔ server (both ways)", or "nowhere: PUB and PUSH cannot talk". */
    public String describe(Node connect, Node bind) {
        if (toBind && toConnect) {
            return connect.id() + " ↔ " + bind.id() + " (both ways)";
        }
        if (toBind) {
            return connect.id() + " → " + bind.id();
        }
        if (toConnect) {
            return bind.id() + " → " + connect.id();
        }
        return "nowhere: " + connect.socket() + " and " + bind.socket() + " cannot talk";
    }
}
