package org.zmqstudio.ui.monitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.zmqstudio.metrics.MessageEvent;

/**
 * The newest sampled message events, for the monitor's event list: bounded, filterable and pausable.
 * UI thread only.
 */
public final class EventLog {

    private final int capacity;
    private final Deque<MessageEvent> events;
    private boolean paused;

    /** @param capacity how many events are kept; older ones are forgotten */
    public EventLog(int capacity) {
        this.capacity = capacity;
        this.events = new ArrayDeque<>(capacity);
    }

    /** Keeps the event unless the log is paused. */
    public void add(MessageEvent event) {
        if (paused) {
            return;
        }
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
    }

    /** While paused the list stands still so that a learner can read it; events meanwhile are not kept. */
    public void setPaused(boolean value) {
        paused = value;
    }

    public boolean isPaused() {
        return paused;
    }

    public void clear() {
        events.clear();
    }

    /**
     * The kept events, oldest first, whose node ids, topic or payload preview contain {@code text}
     * (case-insensitive); all of them when {@code text} is blank.
     */
    public List<MessageEvent> matching(String text) {
        if (text == null || text.isBlank()) {
            return List.copyOf(events);
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return events.stream().filter(e -> mentions(e, wanted)).toList();
    }

    private static boolean mentions(MessageEvent event, String wanted) {
        return contains(event.from(), wanted) || contains(event.to(), wanted) || contains(event.origin(), wanted)
                || contains(event.topic(), wanted) || contains(event.preview(), wanted);
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
