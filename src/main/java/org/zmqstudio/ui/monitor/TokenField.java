package org.zmqstudio.ui.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.zmqstudio.metrics.MessageEvent;

/**
 * The message tokens in flight on the canvas. Each sampled event becomes a token that travels its
 * link in {@link #BASE_TRAVEL_NANOS} at speed 1×, up to four times slower when the run is slowed: the
 * run itself slows down (its messages are fewer and further between), so a token need not crawl to be
 * followed, and it still lands about when its receiver counts it. A link carries at most
 * {@code maxPerLink} tokens: at high rates the stream is saturated and the link's width, not the
 * number of shapes, shows the rate. UI thread only.
 */
public final class TokenField {

    /** How long a token takes to cross a link at 1×, ns: slow enough to follow with the eye. */
    public static final long BASE_TRAVEL_NANOS = 700_000_000L;
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 1.0;

    private static final class Flight {
        final MessageEvent event;
        double progress;

        Flight(MessageEvent event) {
            this.event = event;
        }
    }

    private final int maxPerLink;
    private final List<Flight> flights = new ArrayList<>();
    private final Map<String, Integer> perLink = new HashMap<>();
    private double speed = MAX_SPEED;

    public TokenField(int maxPerLink) {
        this.maxPerLink = maxPerLink;
    }

    /** Slow motion factor, clamped to {@link #MIN_SPEED}–{@link #MAX_SPEED}. */
    public void setSpeed(double value) {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, value));
    }

    public double speed() {
        return speed;
    }

    /** Starts a token for the event at the sending end of its link, unless the link is saturated. */
    public void launch(MessageEvent event) {
        int onLink = perLink.getOrDefault(event.linkId(), 0);
        if (onLink >= maxPerLink) {
            return;
        }
        perLink.put(event.linkId(), onLink + 1);
        flights.add(new Flight(event));
    }

    /**
     * Moves every token on by one frame and returns where they are now; tokens that arrived are gone.
     *
     * @param frameNanos time since the previous frame, ns
     */
    public List<Token> advance(long frameNanos) {
        double step = frameNanos * speed / BASE_TRAVEL_NANOS;
        List<Token> positions = new ArrayList<>(flights.size());
        for (Iterator<Flight> it = flights.iterator(); it.hasNext(); ) {
            Flight flight = it.next();
            flight.progress += step;
            if (flight.progress >= 1) {
                it.remove();
                perLink.merge(flight.event.linkId(), -1, Integer::sum);
                continue;
            }
            MessageEvent e = flight.event;
            positions.add(new Token(e.messageId(), e.linkId(), e.from(), e.to(), e.topic(), flight.progress));
        }
        return positions;
    }

    public int inFlight() {
        return flights.size();
    }

    public void clear() {
        flights.clear();
        perLink.clear();
    }
}
