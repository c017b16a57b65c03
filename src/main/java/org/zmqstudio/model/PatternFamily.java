package org.zmqstudio.model;

/** The ZeroMQ messaging pattern a socket type belongs to; the UI colours sockets by family. */
public enum PatternFamily {
    REQUEST_REPLY("Request-reply"),
    PUBLISH_SUBSCRIBE("Publish-subscribe"),
    PIPELINE("Pipeline"),
    EXCLUSIVE_PAIR("Exclusive pair");

    private final String title;

    PatternFamily(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
