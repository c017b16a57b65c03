package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which messages a sender stamps, on a simulated clock: the counted stride and how it follows the rate. */
class OutboundTest {

    /** The simulated nanoTime, advanced by each message sent. */
    private long clock = 1_000_000_000L;
    private final Outbound outbound = new Outbound(0, 1, null, () -> clock);

    /**
     * Sends {@code messages} as a flat-out sender does (no clock read unless the message is stamped),
     * one every {@code nanosApart}; returns how many were stamped.
     */
    private int send(int messages, long nanosApart) {
        int stamped = 0;
        for (int i = 0; i < messages; i++) {
            clock += nanosApart;
            boolean stamp = outbound.stampNext(0);
            outbound.sent(0, stamp, stamp ? clock : 0);
            stamped += stamp ? 1 : 0;
        }
        return stamped;
    }

    @Test
    void aModerateSenderStampsOneMessageInSixteen() {
        assertEquals(10_000 / 16, send(10_000, 20_000));
    }

    @Test
    void aFastSenderStampsFewerMessagesButAtLeastOneIn1024() {
        send(102_400, 10);
        assertEquals(100, send(102_400, 10), "10 ns apart, the stride has grown to its largest");
    }

    @Test
    void aSenderAtFiveMillionAMessageASecondStampsAboutEveryFiftyMicroseconds() {
        send(1_000_000, 200);
        int stamped = send(1_000_000, 200);
        double microsApart = 1_000_000 * 0.2 / stamped;
        assertTrue(microsApart >= 25 && microsApart <= 200, "a stamp every " + microsApart + " µs");
    }

    @Test
    void theStrideShrinksBackWhenTheSenderSlowsDown() {
        send(102_400, 10);
        send(5_000, 20_000);
        assertEquals(10_000 / 16, send(10_000, 20_000));
    }

    @Test
    void aFlatOutSenderHeldBackToAFewMessagesASecondIsStampedAgainWithinDozensOfMessages() {
        send(102_500, 10);
        int stampedFirst = send(Outbound.CLOCK_CHECK_EVERY, 10_000_000);
        assertTrue(stampedFirst >= 1, "the clock is read within " + Outbound.CLOCK_CHECK_EVERY
                + " messages, long before the stride of 1024 comes round");
        assertEquals(1600 / 16, send(1600, 10_000_000), "then one in 16 again");
    }

    @Test
    void aSenderInBurstsStampsTheVeryMessagesASenderOneByOneStamps() {
        List<Long> oneByOne = new ArrayList<>();
        List<Long> inBursts = new ArrayList<>();
        long[] burstClock = {clock};
        Outbound bursting = new Outbound(0, 1, null, () -> burstClock[0]);
        for (int phase = 0; phase < 3; phase++) {
            long nanosApart = phase == 1 ? 20_000 : 10;
            for (int i = 0; i < 50_000; i++) {
                clock += nanosApart;
                boolean stamp = outbound.stampNext(0);
                if (stamp) {
                    oneByOne.add(outbound.nextSeq());
                }
                outbound.sent(0, stamp, stamp ? clock : 0);
            }
            for (int i = 0; i < 50_000; ) {
                burstClock[0] += nanosApart;
                int unstamped = bursting.unstampedAhead();
                if (unstamped == 0) {
                    inBursts.add(bursting.nextSeq());
                    bursting.sent(0, true, burstClock[0]);
                    i++;
                    continue;
                }
                int burst = Math.min(Math.min(NodeLoop.BATCH, unstamped), 50_000 - i);
                bursting.sentUnstamped(0, burst);
                burstClock[0] += (burst - 1) * nanosApart;
                i += burst;
            }
        }
        assertEquals(oneByOne, inBursts);
        assertEquals(outbound.nextSeq(), bursting.nextSeq());
    }

    @Test
    void aPacedSenderStampsEveryMessageAMillisecondAfterTheLastStamp() {
        int stamped = 0;
        for (int i = 0; i < 100; i++) {
            clock += 2_000_000;
            boolean stamp = outbound.stampNext(clock);
            outbound.sent(0, stamp, clock);
            stamped += stamp ? 1 : 0;
        }
        assertEquals(100, stamped);
    }
}
