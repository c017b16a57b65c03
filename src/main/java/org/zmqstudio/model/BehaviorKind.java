package org.zmqstudio.model;

/**
 * The six things a socket's thread can do (DESIGN.md §3), with their names in the file, and
 * {@link #EXTERNAL}: a socket that a process outside the studio owns (DESIGN.md §8), which no thread
 * of the studio opens.
 */
public enum BehaviorKind {
    PRODUCE("produce", "Sends messages"),
    REQUEST("request", "Sends requests and waits for each reply (Lazy Pirate)"),
    REPLY("reply", "Answers every request"),
    CONSUME("consume", "Receives and counts messages"),
    RELAY("relay", "Forwards every message it receives to another socket"),
    PROXY("proxy", "Forwards both ways between this socket and a peer socket"),
    EXTERNAL("external", "A process outside the studio owns this socket; the studio never opens it");

    private final String fileName;
    private final String description;

    BehaviorKind(String fileName, String description) {
        this.fileName = fileName;
        this.description = description;
    }

    /** The value of {@code "kind"} in a topology file. */
    public String fileName() {
        return fileName;
    }

    public String description() {
        return description;
    }
}
