package org.zmqstudio.bench;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.zeromq.SocketType;
import org.zeromq.ZMQ.Socket;
import org.zmqstudio.metrics.LatencySummary;

/**
 * The bench shapes written by hand with plain JeroMQ, as a competent user would: inproc, one thread
 * per socket (a pipeline worker owns its two), 64-byte messages (the same array, or a fresh one per
 * message with its number in: {@link RawPayload}), no instrumentation but the clock.
 * The engine is measured against these. Each method builds its shape in a {@link RawRace}, which
 * releases the senders together once every socket is bound or connected and times until the last
 * message arrived.
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
    static BenchSample pushPull(int messages, RawPayload payload) {
        try (RawRace race = new RawRace(1, DEFAULT_HWM)) {
            race.spawn("push", sockets -> send(race, sockets.bind(SocketType.PUSH, "inproc://raw-push"), messages, payload));
            race.spawn("pull", sockets -> receive(race, sockets.connect(SocketType.PULL, "inproc://raw-push"), messages));
            return new BenchSample(messages, race.run(), LatencySummary.EMPTY);
        }
    }

    /** A PUSH ventilator, {@code workers} PULL-to-PUSH relays and a PULL sink that gets every message. */
    static BenchSample pipeline(int messages, int workers, RawPayload payload) {
        try (RawRace race = new RawRace(1, DEFAULT_HWM)) {
            race.spawn("ventilator", sockets -> send(race, sockets.bind(SocketType.PUSH, "inproc://raw-tasks"), messages,
                    payload));
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
    static BenchSample pubSub(int messages, int subscribers, RawPayload payload) {
        try (RawRace race = new RawRace(subscribers, messages)) {
            race.spawn("pub", sockets -> send(race, sockets.bind(SocketType.PUB, "inproc://raw-pub"), messages, payload));
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
        try (RawRace race = new RawRace(1, DEFAULT_HWM)) {
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

    /**
     * A REQ makes {@code roundTrips} requests at {@code rate} a second on an absolute schedule (as the
     * engine paces), each a fresh {@link RawPayload#request}, to a REP that echoes them; the round
     * trip runs from just before the send to the reply received.
     */
    static BenchSample pacedReqRep(int roundTrips, double rate) {
        long[] roundTripNanos = new long[roundTrips];
        long periodNanos = (long) (1e9 / rate);
        try (RawRace race = new RawRace(1, DEFAULT_HWM)) {
            race.spawn("rep", sockets -> echo(race, sockets.bind(SocketType.REP, "inproc://raw-rep")));
            race.spawn("req", sockets -> {
                Socket req = sockets.connect(SocketType.REQ, "inproc://raw-rep");
                return () -> {
                    long start = System.nanoTime();
                    for (int i = 0; i < roundTrips; i++) {
                        long wait;
                        while ((wait = start + i * periodNanos - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        byte[] request = RawPayload.request(i + 1);
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
    private static Runnable send(RawRace race, Socket socket, int messages, RawPayload payload) {
        return () -> {
            byte[] constant = new byte[PAYLOAD_BYTES];
            for (int i = 0; i < messages; i++) {
                byte[] message = payload == RawPayload.NUMBERED ? RawPayload.numbered(i + 1) : constant;
                if (!sendOne(race, socket, message)) {
                    return;
                }
            }
        };
    }

    /** Sends one message, waiting as long as it takes; {@code false} when the race stopped meanwhile. */
    private static boolean sendOne(RawRace race, Socket socket, byte[] message) {
        while (!socket.send(message, 0)) {
            if (!race.running()) {
                return false;
            }
        }
        return true;
    }

    private static Runnable receive(RawRace race, Socket socket, int messages) {
        return () -> {
            for (int i = 0; i < messages; i++) {
                awaitMessage(socket, "receiver", i, messages);
            }
            race.finish();
        };
    }

    private static Runnable relay(RawRace race, Socket in, Socket out) {
        return () -> {
            while (race.running()) {
                byte[] message = in.recv(0);
                if (message != null) {
                    sendOne(race, out, message);
                }
            }
        };
    }

    private static Runnable echo(RawRace race, Socket rep) {
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
        for (int waited = 0; socket.recv(0) == null; waited += RawRace.WAIT_MILLIS) {
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
}
