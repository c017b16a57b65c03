package org.zmqstudio.model;

import java.util.List;
import java.util.Set;

/**
 * What a learner reads about a socket type (or one node of it): {@link SocketGuide} writes it, the
 * window shows it. Every text is one or two plain sentences.
 *
 * @param peers    the types it may be linked to (RFC 23), as {@link SocketType#validPeers()} says
 * @param notes    sentences about this very node (its topic filter, its fair queuing), or general
 *                 ones for the type when no node is given; may be empty
 */
public record SocketCard(SocketType type, String does, Set<SocketType> peers, String flow, String atHighWaterMark,
                         String patterns, String chapter, List<String> notes) {

    public SocketCard {
        peers = Set.copyOf(peers);
        notes = List.copyOf(notes);
    }
}
