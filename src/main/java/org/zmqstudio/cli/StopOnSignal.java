package org.zmqstudio.cli;

import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl+C (SIGINT), SIGTERM or any other JVM shutdown during a headless run into a clean stop:
 * the command polls {@link #requested()}, stops the run, writes its report and exits with
 * {@link #exitCode()} (128 + the signal's number, as shells do). For SIGINT and SIGTERM the JVM's own
 * handling is replaced while the run lasts, so the command knows which one came; any other shutdown
 * (SIGHUP, say) goes through a shutdown hook that waits, up to a few seconds, until the command is
 * done. Without this the JVM would halt with sockets open and the report unwritten.
 */
final class StopOnSignal implements AutoCloseable {

    /** How long the shutdown hook lets the command finish: stop (under 1 s) plus the report. */
    private static final long GRACE_SECONDS = 5;
    private static final int SIGINT = 2;
    private static final int SIGTERM = 15;
    private static final int SIGNAL_EXIT_BASE = 128;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "zmq-studio-run-shutdown");
    /** The handlers the JVM had, to put back; {@code null} where none could be replaced. */
    private Object previousInt;
    private Object previousTerm;
    private volatile String name;
    private volatile int number;

    private StopOnSignal() {
    }

    static StopOnSignal install() {
        StopOnSignal stop = new StopOnSignal();
        stop.previousInt = handle("INT", handler(() -> stop.requested("Ctrl+C (SIGINT)", SIGINT)));
        stop.previousTerm = handle("TERM", handler(() -> stop.requested("SIGTERM", SIGTERM)));
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether a signal or a shutdown asked the process to stop; the command polls this. */
    boolean requested() {
        return name != null;
    }

    /** What stopped the run, for the summary: "Ctrl+C (SIGINT)", "SIGTERM" or "a shutdown of the JVM". */
    String name() {
        return name == null ? "nothing" : name;
    }

    /** 130 after SIGINT, 143 after SIGTERM, 1 after another shutdown. */
    int exitCode() {
        return number > 0 ? SIGNAL_EXIT_BASE + number : ExitCodes.FAILURE;
    }

    /** The command is done (run stopped, output flushed): puts the JVM's handling back and releases the hook. */
    @Override
    public void close() {
        finished.countDown();
        restore("INT", previousInt);
        restore("TERM", previousTerm);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook is running and returns now that it has been released.
        }
    }

    private void requested(String signalName, int signalNumber) {
        if (name == null) {
            number = signalNumber;
            name = signalName;
        }
    }

    private void stopAndWait() {
        requested("a shutdown of the JVM", 0);
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A {@code sun.misc.SignalHandler} running {@code action}. The JDK's signal API is reached by
     * reflection: it is the only way to tell SIGINT from SIGTERM, and javac warns on every direct use of
     * it with no way to turn the warning off.
     */
    private static Object handler(Runnable action) {
        try {
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            return Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            action.run();
                            yield null;
                        }
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> "stop the run";
                    });
        } catch (ClassNotFoundException noSignalApi) {
            return null;
        }
    }

    /** Installs the handler; the one it replaced, or {@code null} where this JVM does not let the signal be handled. */
    private static Object handle(String signal, Object handler) {
        if (handler == null) {
            return null;
        }
        try {
            Class<?> signalType = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object which = signalType.getConstructor(String.class).newInstance(signal);
            return signalType.getMethod("handle", signalType, handlerType).invoke(null, which, handler);
        } catch (ReflectiveOperationException | IllegalArgumentException notHandledHere) {
            return null;
        }
    }

    private static void restore(String signal, Object previous) {
        if (previous != null) {
            handle(signal, previous);
        }
    }
}
