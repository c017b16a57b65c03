package org.zmqstudio.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ.Socket;

/**
 * One timed run of a raw JeroMQ bench shape ({@link RawJeroMq}), in a fresh context. Each part runs
 * on its own thread, which opens the part's sockets before the next part is spawned (so list
 * binding parts first); all are released together, and the time runs until the
 * last finishing part ({@link #finish()}) is done. Parts that never finish on their own (relays,
 * the REP) loop while {@link #running()}. Every thread keeps its sockets open until every part's
 * work is over: JeroMQ 0.6.0's reaper can die (and the context never terminate) when a socket is
 * closed while its inproc peer is still being used.
 */
final class RawRace implements AutoCloseable {

    /** The longest a raw socket waits in one receive or send, ms, so that every loop sees the stop. */
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

    RawRace(int finishers, int hwm) {
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

    /** Makes a part's sockets, on the part's own thread, and closes them there when it ends. */
    static final class Sockets {

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
            socket.setReceiveTimeOut(WAIT_MILLIS);
            socket.setSendTimeOut(WAIT_MILLIS);
            opened.add(socket);
            return socket;
        }

        void closeAll() {
            opened.forEach(context::destroySocket);
        }
    }

    /** Opens a part's sockets (bound or connected) and returns the work to run once the race starts. */
    @FunctionalInterface
    interface Part {
        Runnable open(Sockets sockets);
    }
}
