package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.MessageEvent;

class EventLogTest {

    private static MessageEvent event(long id, String from, String to, String topic) {
        return new MessageEvent(id, from, from, to, "l", 0, 0, topic, "payload " + id, 1, List.of());
    }

    @Test
    void keepsOnlyTheNewestEventsUpToItsCapacity() {
        EventLog log = new EventLog(2);
        log.add(event(1, "a", "b", null));
        log.add(event(2, "a", "b", null));
        log.add(event(3, "a", "b", null));
        assertEquals(List.of(2L, 3L), log.matching("").stream().map(MessageEvent::messageId).toList());
    }

    @Test
    void filtersByNodeTopicOrPayloadIgnoringCase() {
        EventLog log = new EventLog(10);
        log.add(event(1, "pub", "sub-a", "weather"));
        log.add(event(2, "pub", "sub-b", "sports"));
        assertEquals(1, log.matching("WEATHER").size());
        assertEquals(1, log.matching("sub-b").size());
        assertEquals(1, log.matching("payload 2").size());
        assertEquals(2, log.matching("  ").size());
    }

    @Test
    void aPausedLogStandsStill() {
        EventLog log = new EventLog(10);
        log.add(event(1, "a", "b", null));
        log.setPaused(true);
        log.add(event(2, "a", "b", null));
        log.setPaused(false);
        log.add(event(3, "a", "b", null));
        assertEquals(List.of(1L, 3L), log.matching(null).stream().map(MessageEvent::messageId).toList());
    }
}
