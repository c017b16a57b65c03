package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.runtime.RunHandle;
import org.zmqstudio.runtime.RunPhase;

class BoundedStopTest {

    @Test
    @Timeout(10)
    void aStopThatNeverReturnsIsGivenUpOnAfterTheBoundedWait() {
        CountDownLatch never = new CountDownLatch(1);
        long started = System.nanoTime();

        boolean stopped = BoundedStop.stop(new StoppingRun(() -> awaitQuietly(never)));

        double seconds = (System.nanoTime() - started) / 1e9;
        assertFalse(stopped);
        assertTrue(seconds >= BoundedStop.WAIT_SECONDS - 0.1 && seconds < BoundedStop.WAIT_SECONDS + 2, seconds + " s");
        never.countDown();
    }

    @Test
    @Timeout(10)
    void aStopThatReturnsIsReportedAtOnce() {
        long started = System.nanoTime();

        assertTrue(BoundedStop.stop(new StoppingRun(() -> { })));
        assertTrue((System.nanoTime() - started) / 1e9 < 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A run handle whose stop does what the test says; nothing else is used. */
    private record StoppingRun(Runnable onStop) implements RunHandle {
        @Override
        public void stop() {
            onStop.run();
        }

        @Override
        public RunSnapshot snapshot() {
            return new RunSnapshot("", 0, List.of(), List.of());
        }

        @Override
        public List<MessageEvent> drainEvents(int max) {
            return List.of();
        }

        @Override
        public RunPhase phase() {
            return RunPhase.RUNNING;
        }

        @Override
        public Optional<String> failure() {
            return Optional.empty();
        }

        @Override
        public void pause(String nodeId) {
        }

        @Override
        public void resume(String nodeId) {
        }

        @Override
        public void kill(String nodeId) {
        }

        @Override
        public void restart(String nodeId) {
        }

        @Override
        public void setWorkMillis(String nodeId, long workMillis) {
        }

        @Override
        public void setStepMode(boolean stepMode) {
        }

        @Override
        public void step() {
        }
    }
}
