package org.zmqstudio.metrics;

import java.util.concurrent.atomic.AtomicLongArray;

/** How many messages a publisher has sent per topic. Written by the publisher's thread, read by any. */
public final class PublishedCounts {

    private final AtomicLongArray perTopic;

    public PublishedCounts(int topics) {
        perTopic = new AtomicLongArray(Math.max(1, topics));
    }

    public void published(int topic) {
        perTopic.lazySet(topic, perTopic.get(topic) + 1);
    }

    long count(int topic) {
        return perTopic.get(topic);
    }
}
