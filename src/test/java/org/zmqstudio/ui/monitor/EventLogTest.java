package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.LossCause;
import org.zmqstudio.metrics.LossRow;
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

    @Test
    void lossTotalsBecomeOneEntryPerPlaceForWhatEachReadingAddedSoThatTheEntriesAddUpToTheTotal() {
        EventLog log = new EventLog(10);
        LossRow late = new LossRow(LossCause.LATE_SUBSCRIBER, "pub", "sub", "sub->pub", "sub", 30);
        LossRow inFlight = new LossRow(LossCause.IN_FLIGHT, "pub", "other", "other->pub", "pub", 4);
        log.noteLosses(List.of(late, inFlight), 1);
        log.noteLosses(List.of(late.withCount(50), inFlight), 2);
        log.noteLosses(List.of(late.withCount(50)), 3);

        List<MessageEvent> entries = log.matching("lost");
        assertEquals(List.of(30L, 20L), entries.stream().map(e -> e.loss().count()).toList());
        assertTrue(entries.stream().allMatch(e -> e.to().equals("sub") && e.isLoss()));
        assertEquals(List.of(late.withCount(50)), log.losses());
    }

    @Test
    void lossesNotedWhileThePausedListStandsStillAreEnteredOnceItGoesOn() {
        EventLog log = new EventLog(10);
        log.setPaused(true);
        log.noteLosses(List.of(new LossRow(LossCause.HIGH_WATER_MARK, "pub", "sub", "l", "sub", 7)), 1);
        assertEquals(0, log.matching("").size());
        log.setPaused(false);
        log.noteLosses(List.of(new LossRow(LossCause.HIGH_WATER_MARK, "pub", "sub", "l", "sub", 9)), 2);
        assertEquals(List.of(9L), log.matching("hwm").stream().map(e -> e.loss().count()).toList());
    }
}
