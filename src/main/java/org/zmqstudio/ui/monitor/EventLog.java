package org.zmqstudio.ui.monitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zmqstudio.metrics.LossCause;
import org.zmqstudio.metrics.LossRow;
import org.zmqstudio.metrics.MessageEvent;

/**
 * The newest sampled message events, for the monitor's event list, and entries for the messages that
 * did not arrive: bounded, filterable and pausable. Losses come in as the run's running totals per
 * cause and place ({@link #noteLosses}); each reading adds one entry per place whose count grew, with
 * the growth, so that the entries of a place add up to its total. UI thread only.
 */
public final class EventLog {

    private final int capacity;
    private final Deque<MessageEvent> events;
    private boolean paused;
    /** Per cause and place, the count the entries kept so far add up to. */
    private final Map<List<Object>, Long> entered = new HashMap<>();
    private List<LossRow> losses = List.of();

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

    /**
     * Takes the run's loss rows now (totals since the start) and adds an entry for what each place
     * lost, or filtered, since the last reading; messages merely in flight get none while the run
     * goes on. While paused nothing is entered, and the growth shows once the list goes on.
     */
    public void noteLosses(List<LossRow> rows, long nanos) {
        losses = List.copyOf(rows);
        if (paused) {
            return;
        }
        for (LossRow row : rows) {
            if (row.cause() == LossCause.IN_FLIGHT) {
                continue;
            }
            List<Object> key = List.of(row.cause(), row.from(), row.to() == null ? "" : row.to());
            long before = entered.getOrDefault(key, 0L);
            if (row.count() > before) {
                entered.put(key, row.count());
                add(MessageEvent.ofLoss(row.withCount(row.count() - before), nanos));
            }
        }
    }

    /** The run's loss rows as last noted: totals per cause and place, in flight included. */
    public List<LossRow> losses() {
        return losses;
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
        entered.clear();
        losses = List.of();
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
                || contains(event.topic(), wanted) || contains(event.preview(), wanted)
                || event.isLoss() && (contains(event.loss().cause().code(), wanted)
                || contains(event.loss().cause().countWord(), wanted));
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
