package org.zmqstudio.ui.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.MessageEvent;

class TokenFieldTest {

    static MessageEvent hop(long id, String from, String to) {
        return new MessageEvent(id, from, from, to, to + "->" + from, 0, 0, null, "msg " + id, 1, List.of());
    }

    @Test
    void aTokenCrossesItsLinkInTheBaseTravelTimeAtFullSpeed() {
        TokenField field = new TokenField(10);
        field.launch(hop(1, "push", "pull"));
        List<Token> half = field.advance(TokenField.BASE_TRAVEL_NANOS / 2);
        assertEquals(0.5, half.get(0).progress(), 1e-9);
        assertEquals("push", half.get(0).from());
        assertEquals(List.of(), field.advance(TokenField.BASE_TRAVEL_NANOS / 2));
        assertEquals(0, field.inFlight());
    }

    @Test
    void slowMotionStretchesTheJourneyAndIsClampedToItsRange() {
        TokenField field = new TokenField(10);
        field.setSpeed(0.01);
        assertEquals(TokenField.MIN_SPEED, field.speed());
        field.launch(hop(1, "a", "b"));
        assertEquals(0.25, field.advance(TokenField.BASE_TRAVEL_NANOS).get(0).progress(), 1e-9);
        field.setSpeed(7);
        assertEquals(TokenField.MAX_SPEED, field.speed());
    }

    @Test
    void aSaturatedLinkTakesNoMoreTokensUntilOneArrives() {
        TokenField field = new TokenField(2);
        field.launch(hop(1, "a", "b"));
        field.launch(hop(2, "a", "b"));
        field.launch(hop(3, "a", "b"));
        field.launch(hop(4, "a", "c"));
        assertEquals(3, field.inFlight(), "two on a->b, one on a->c");
        field.advance(TokenField.BASE_TRAVEL_NANOS);
        field.launch(hop(5, "a", "b"));
        assertEquals(1, field.inFlight());
    }
}
