package org.zmqstudio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
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
            race.spawn("push", sockets -> send(race, sockets.bind(SocketType.PUSH, "inproc://raw-push"), messages));
            race.spawn("pull", sockets -> receive(race, sockets.connect(SocketType.PULL, "inproc://raw-push"), messages));
            return new BenchSample(messages, race.run(), LatencySummary.EMPTY);
        }
    }

    /** A PUSH ventilator, {@code workers} PULL-to-PUSH relays and a PULL sink that gets every message. */
    static BenchSample pipeline(int messages, int workers) {
        try (Race race = new Race(1, DEFAULT_HWM)) {
            race.spawn("ventilator", sockets -> send(race, sockets.bind(SocketType.PUSH, "inproc://raw-tasks"), messages));
            race.spawn("sink", sockets -> receive(race, sockets.bind(SocketType.PULL, "inproc://raw-results"), messages));
            for (int w = 1; w <= workers; w++) {
                race.spawn("worker-" + w, sockets -> relay(race,
                        sockets.connect(SocketType.PULL, "inproc://raw-tasks"),
                        sockets.connect(SocketType.PUSH, "inproc://raw-results")));
            }
            return new BenchSample(messages, race.run(), LatencySummary.EMPTY);
        }
    }

    /**
     * A PUB sends {@code messages} to {@code subscribers} SUBs that subscribe to everything. The
     * high-water marks hold a whole run, so that no message is dropped and every one is counted.
     */
    static BenchSample pubSub(int messages, int subscribers) {
        try (Race race = new Race(subscribers, messages)) {
            race.spawn("pub", sockets -> send(race, sockets.bind(SocketType.PUB, "inproc://raw-pub"), messages));
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

    /** Sends as fast as the socket takes them. */
    private static Runnable send(Race race, Socket socket, int messages) {
        return () -> {
            byte[] payload = new byte[PAYLOAD_BYTES];
            for (int i = 0; i < messages; i++) {
                if (!sendOne(race, socket, payload)) {
                    return;
                }
            }
        };
    }

    /** Sends one message, waiting as long as it takes; {@code false} when the race stopped meanwhile. */
    private static boolean sendOne(Race race, Socket socket, byte[] message) {
        while (!socket.send(message, 0)) {
            if (!race.running()) {
                return false;
            }
        }
        return true;
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
                    sendOne(race, out, message);
                }
            }
        };
    }

    private static Runnable echo(Race race, Socket rep) {
        return () -> {
            while (race.running()) {
                byte[] request = rep.recv(0);
                if (request != null) {
                    sendOne(race, rep, request);
                }
            }
        };
    }

    /** Receives message number {@code index}, or fails once nothing has come for {@link #GIVE_UP_MILLIS}. */
    private static void awaitMessage(Socket socket, String who, int index, int total) {
        for (int waited = 0; socket.recv(0) == null; waited += Race.WAIT_MILLIS) {
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
            // Bounds every wait: loops see the stop flag, receivers give up on a lost message.
            socket.setReceiveTimeOut(Race.WAIT_MILLIS);
            socket.setSendTimeOut(Race.WAIT_MILLIS);
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
     * One timed run. Each part gets its own thread, which opens its sockets before the next part is
     * spawned (so list binding parts first); all are released together, and the time runs until the
     * last finishing part ({@link #finish()}) is done. Parts that never finish on their own (relays,
     * the REP) loop while {@link #running()}. Every thread keeps its sockets open until every part's
     * work is over: JeroMQ 0.6.0's reaper can die (and the context never terminate) when a socket is
     * closed while its inproc peer is still being used.
     */
    private static final class Race implements AutoCloseable {

        static final int WAIT_MILLIS = 100;
        /** Lets subscriptions reach the PUB before the clock starts, like the engine's start gate. */
        private static final long SETTLE_MILLIS = 100;
        private static final long TIMEOUT_SECONDS = 120;
        private static final long CLOSE_SECONDS = 5;

        private final ZContext context = new ZContext();
        private final int hwm;
        private final List<Thread> threads = new ArrayList<>();
        private final CountDownLatch go = new CountDownLatch(1);
        /** Every thread arrives here once its work is over, and closes its sockets only when all have. */
        private final Phaser quiet = new Phaser();
        private final CountDownLatch finished;
        private final AtomicLong lastFinish = new AtomicLong();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private volatile boolean running = true;

        Race(int finishers, int hwm) {
            this.finished = new CountDownLatch(finishers);
            this.hwm = hwm;
        }

        /** Starts the part's thread and returns once it has opened (bound or connected) its sockets. */
        void spawn(String name, Part part) {
            CountDownLatch opened = new CountDownLatch(1);
            Thread thread = new Thread(() -> {
                Sockets sockets = new Sockets(context, hwm);
                try {
                    Runnable work;
                    try {
                        work = part.open(sockets);
                    } finally {
                        opened.countDown();
                    }
                    go.await();
                    if (running) {
                        work.run();
                    }
                } catch (RuntimeException e) {
                    fail(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    quiet.arriveAndAwaitAdvance();
                    sockets.closeAll();
                }
            }, "raw-" + name);
            thread.setDaemon(true);
            threads.add(thread);
            quiet.register();
            thread.start();
            await(opened, "open its sockets");
        }

        /** Releases the parts together; returns the nanoseconds until the last one finished. */
        long run() {
            throwIfFailed();
            sleep(SETTLE_MILLIS);
            long start = System.nanoTime();
            go.countDown();
            await(finished, "finish");
            throwIfFailed();
            return lastFinish.get() - start;
        }

        boolean running() {
            return running;
        }

        /** Called by a finishing part once it has received everything. */
        void finish() {
            lastFinish.accumulateAndGet(System.nanoTime(), Math::max);
            finished.countDown();
        }

        /** Records the first failure and releases the wait for the finishers, so that the run ends at once. */
        private void fail(RuntimeException e) {
            failure.compareAndSet(null, e);
            while (finished.getCount() > 0) {
                finished.countDown();
            }
        }

        private void throwIfFailed() {
            if (failure.get() != null) {
                throw failure.get();
            }
        }

        private static void await(CountDownLatch latch, String what) {
            try {
                if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a raw JeroMQ thread did not " + what + " within " + TIMEOUT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a raw JeroMQ thread was to " + what, e);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted before the raw JeroMQ shape ran", e);
            }
        }

        /**
         * Stops the looping parts, lets every thread close its sockets, then closes the context last.
         * The close is given {@link #CLOSE_SECONDS}: should JeroMQ's reaper thread have died (its rare
         * NullPointerException on closing inproc pipes), the context would never terminate, and the
         * bench must not hang for it; the sample measured before stays valid.
         */
        @Override
        public void close() {
            running = false;
            go.countDown();
            threads.forEach(thread -> join(thread, CLOSE_SECONDS));
            Thread closer = new Thread(context::close, "raw-context-close");
            closer.setDaemon(true);
            closer.start();
            join(closer, CLOSE_SECONDS);
        }

        private static void join(Thread thread, long seconds) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(seconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
