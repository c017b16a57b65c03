package org.zmqstudio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ.Socket;
import org.zmqstudio.metrics.LatencySummary;

/**
 * The bench shapes written by hand with plain JeroMQ, as a competent user would: inproc, one thread
 * per socket (a pipeline worker owns its two), 64-byte messages, no instrumentation but the clock.
 * The engine is measured against these. Each method builds its shape in a fresh context, releases
 * the senders together once every socket is bound or connected, and times until the last message
 * arrived.
 */
final class RawJeroMq {

    static final int PAYLOAD_BYTES = 64;
    /** ZeroMQ's default high-water mark, messages. */
    private static final int DEFAULT_HWM = 1000;
    /** A receiver that gets nothing for this long fails the sample instead of hanging. */
    private static final int GIVE_UP_MILLIS = 5000;

    private RawJeroMq() {
    }

    /** A PUSH sends {@code messages} to one PULL. */
    static BenchSample pushPull(int messages) {
        try (Race race = new Race(1, DEFAULT_HWM)) {
            race.spawn("push", sockets -> send(sockets.bind(SocketType.PUSH, "inproc://raw-push"), messages));
            race.spawn("pull", sockets -> receive(race, sockets.connect(SocketType.PULL, "inproc://raw-push"), messages));
            return new BenchSample(messages, race.run(), LatencySummary.EMPTY);
        }
    }

    /** A PUSH ventilator, {@code workers} PULL-to-PUSH relays and a PULL sink that gets every message. */
    static BenchSample pipeline(int messages, int workers) {
        try (Race race = new Race(1, DEFAULT_HWM)) {
            race.spawn("ventilator", sockets -> send(sockets.bind(SocketType.PUSH, "inproc://raw-tasks"), messages));
            for (int w = 1; w <= workers; w++) {
                race.spawn("worker-" + w, sockets -> relay(race,
                        sockets.connect(SocketType.PULL, "inproc://raw-tasks"),
                        sockets.connect(SocketType.PUSH, "inproc://raw-results")));
            }
            race.spawn("sink", sockets -> receive(race, sockets.bind(SocketType.PULL, "inproc://raw-results"), messages));
            return new BenchSample(messages, race.run(), LatencySummary.EMPTY);
        }
    }

    /**
     * A PUB sends {@code messages} to {@code subscribers} SUBs that subscribe to everything. The
     * high-water marks hold a whole run, so that no message is dropped and every one is counted.
     */
    static BenchSample pubSub(int messages, int subscribers) {
        try (Race race = new Race(subscribers, messages)) {
            race.spawn("pub", sockets -> send(sockets.bind(SocketType.PUB, "inproc://raw-pub"), messages));
            for (int s = 1; s <= subscribers; s++) {
                race.spawn("sub-" + s, sockets -> {
                    Socket sub = sockets.connect(SocketType.SUB, "inproc://raw-pub");
                    sub.subscribe(new byte[0]);
                    return receive(race, sub, messages);
                });
            }
            return new BenchSample(messages, race.run(), LatencySummary.EMPTY);
        }
    }

    /** A REQ makes {@code roundTrips} requests, one at a time, to a REP that echoes them. */
    static BenchSample reqRep(int roundTrips) {
        long[] roundTripNanos = new long[roundTrips];
        try (Race race = new Race(1, DEFAULT_HWM)) {
            race.spawn("rep", sockets -> echo(race, sockets.bind(SocketType.REP, "inproc://raw-rep")));
            race.spawn("req", sockets -> {
                Socket req = sockets.connect(SocketType.REQ, "inproc://raw-rep");
                return () -> {
                    byte[] request = new byte[PAYLOAD_BYTES];
                    for (int i = 0; i < roundTrips; i++) {
                        long sent = System.nanoTime();
                        req.send(request, 0);
                        awaitMessage(req, "REQ", i, roundTrips);
                        roundTripNanos[i] = System.nanoTime() - sent;
                    }
                    race.finish();
                };
            });
            return new BenchSample(roundTrips, race.run(), percentiles(roundTripNanos));
        }
    }

    private static Runnable send(Socket socket, int messages) {
        return () -> {
            byte[] payload = new byte[PAYLOAD_BYTES];
            for (int i = 0; i < messages; i++) {
                socket.send(payload, 0);
            }
        };
    }

    private static Runnable receive(Race race, Socket socket, int messages) {
        return () -> {
            for (int i = 0; i < messages; i++) {
                awaitMessage(socket, "receiver", i, messages);
            }
            race.finish();
        };
    }

    private static Runnable relay(Race race, Socket in, Socket out) {
        return () -> {
            while (race.running()) {
                byte[] message = in.recv(0);
                if (message != null) {
                    out.send(message, 0);
                }
            }
        };
    }

    private static Runnable echo(Race race, Socket rep) {
        return () -> {
            while (race.running()) {
                byte[] request = rep.recv(0);
                if (request != null) {
                    rep.send(request, 0);
                }
            }
        };
    }

    /** Receives message number {@code index}, or fails once nothing has come for {@link #GIVE_UP_MILLIS}. */
    private static void awaitMessage(Socket socket, String who, int index, int total) {
        for (int waited = 0; socket.recv(0) == null; waited += Race.RECEIVE_TIMEOUT_MILLIS) {
            if (waited >= GIVE_UP_MILLIS) {
                throw new IllegalStateException("raw " + who + " got " + index + " of " + total
                        + " messages, then nothing for " + GIVE_UP_MILLIS / 1000 + " s");
            }
        }
    }

    private static LatencySummary percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length, micros(sorted, 0.50), micros(sorted, 0.90), micros(sorted, 0.99),
                sorted[sorted.length - 1] / 1000.0);
    }

    /** The nearest-rank percentile, in µs. */
    private static double micros(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    /** Makes a part's sockets, on the part's own thread, and closes them there when it ends. */
    private static final class Sockets {

        private final ZContext context;
        private final int hwm;
        private final List<Socket> opened = new ArrayList<>();

        Sockets(ZContext context, int hwm) {
            this.context = context;
            this.hwm = hwm;
        }

        Socket bind(SocketType type, String endpoint) {
            Socket socket = open(type);
            socket.bind(endpoint);
            return socket;
        }

        Socket connect(SocketType type, String endpoint) {
            Socket socket = open(type);
            socket.connect(endpoint);
            return socket;
        }

        private Socket open(SocketType type) {
            Socket socket = context.createSocket(type);
            socket.setSndHWM(hwm);
            socket.setRcvHWM(hwm);
            socket.setLinger(0);
            // Bounds every wait: helper loops see the stop flag, receivers give up on a lost message.
            socket.setReceiveTimeOut(Race.RECEIVE_TIMEOUT_MILLIS);
            opened.add(socket);
            return socket;
        }

        void closeAll() {
            opened.forEach(context::destroySocket);
        }
    }

    /** Opens a part's sockets (bound or connected) and returns the work to run once the race starts. */
    @FunctionalInterface
    private interface Part {
        Runnable open(Sockets sockets);
    }

    /**
     * One timed run: every part on its own thread opens its sockets, all are released together, and
     * the time runs until the last finishing part ({@link #finish()}) is done. Parts that never finish
     * on their own (relays, the REP) loop while {@link #running()}.
     */
    private static final class Race implements AutoCloseable {

        static final int RECEIVE_TIMEOUT_MILLIS = 100;
        /** Lets subscriptions reach the PUB before the clock starts, like the engine's start gate. */
        private static final long SETTLE_MILLIS = 100;
        private static final long TIMEOUT_SECONDS = 120;

        private final ZContext context = new ZContext();
        private final int hwm;
        private final List<Thread> threads = new ArrayList<>();
        private final CountDownLatch go = new CountDownLatch(1);
        private final CountDownLatch finished;
        private final AtomicLong lastFinish = new AtomicLong();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private CountDownLatch ready;
        private volatile boolean running = true;

        Race(int finishers, int hwm) {
            this.finished = new CountDownLatch(finishers);
            this.hwm = hwm;
        }

        void spawn(String name, Part part) {
            Thread thread = new Thread(() -> {
                Sockets sockets = new Sockets(context, hwm);
                try {
                    Runnable work = part.open(sockets);
                    ready.countDown();
                    go.await();
                    work.run();
                } catch (RuntimeException e) {
                    fail(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    sockets.closeAll();
                }
            }, "raw-" + name);
            thread.setDaemon(true);
            threads.add(thread);
        }

        /** Starts the parts, releases them together once all are ready; returns the nanoseconds until the last finish. */
        long run() {
            ready = new CountDownLatch(threads.size());
            threads.forEach(Thread::start);
            try {
                await(ready, "open its sockets");
                if (failure.get() != null) {
                    throw failure.get();
                }
                Thread.sleep(SETTLE_MILLIS);
                long start = System.nanoTime();
                go.countDown();
                await(finished, "finish");
                if (failure.get() != null) {
                    throw failure.get();
                }
                return lastFinish.get() - start;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the raw JeroMQ shape ran", e);
            }
        }

        boolean running() {
            return running;
        }

        /** Called by a finishing part once it has received everything. */
        void finish() {
            lastFinish.accumulateAndGet(System.nanoTime(), Math::max);
            finished.countDown();
        }

        /** Records the first failure and releases every wait, so that the run ends at once. */
        private void fail(RuntimeException e) {
            failure.compareAndSet(null, e);
            while (ready.getCount() > 0) {
                ready.countDown();
            }
            while (finished.getCount() > 0) {
                finished.countDown();
            }
        }

        private void await(CountDownLatch latch, String what) throws InterruptedException {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a raw JeroMQ thread did not " + what + " within " + TIMEOUT_SECONDS + " s");
            }
        }

        /** Stops the helper parts, waits for every thread, then closes the context last. */
        @Override
        public void close() {
            running = false;
            go.countDown();
            for (Thread thread : threads) {
                try {
                    thread.join(TimeUnit.SECONDS.toMillis(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            context.close();
        }
    }
}
