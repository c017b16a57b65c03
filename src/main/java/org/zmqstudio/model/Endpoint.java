package org.zmqstudio.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed bind endpoint: {@code inproc://NAME}, {@code ipc://NAME} or {@code tcp://HOST:PORT} where
 * PORT is 1024–65535 or {@code *} (any free port, {@link #port()} is then {@code null}).
 */
public record Endpoint(Transport transport, String host, Integer port, String name) {

    public enum Transport { INPROC, TCP, IPC }

    public static final int MIN_PORT = 1024;
    public static final int MAX_PORT = 65535;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-/]{1,200}");
    private static final Pattern TCP = Pattern.compile("tcp://(\\[[0-9A-Fa-f:.]+]|[^:/\\[\\]]+):(\\*|[0-9]{1,5})");

    /**
     * Parses an endpoint string.
     *
     * @throws IllegalArgumentException with a sentence a learner understands when it is malformed
     */
    public static Endpoint parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the endpoint is empty");
        }
        if (text.startsWith("inproc://") || text.startsWith("ipc://")) {
            boolean inproc = text.startsWith("inproc://");
            String name = text.substring(inproc ? "inproc://".length() : "ipc://".length());
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + text + "' needs a name of letters, digits, '_', '.', '-' or '/' after '"
                        + (inproc ? "inproc://" : "ipc://") + "'");
            }
            return new Endpoint(inproc ? Transport.INPROC : Transport.IPC, null, null, name);
        }
        Matcher tcp = TCP.matcher(text);
        if (text.startsWith("tcp://")) {
            if (!tcp.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not HOST:PORT, e.g. tcp://127.0.0.1:5555 or tcp://localhost:*");
            }
            String portText = tcp.group(2);
            Integer port = null;
            if (!portText.equals("*")) {
                port = Integer.parseInt(portText);
                if (port < MIN_PORT || port > MAX_PORT) {
                    throw new IllegalArgumentException("port " + port + " in '" + text + "' is outside "
                            + MIN_PORT + "–" + MAX_PORT + "; use a port in that range or * for any free port");
                }
            }
            return new Endpoint(Transport.TCP, tcp.group(1), port, null);
        }
        throw new IllegalArgumentException("'" + text + "' has an unknown transport; use inproc://, tcp:// or ipc://");
    }

    /** Whether this endpoint stays on this machine's loopback (inproc and ipc always do). */
    public boolean isLoopback() {
        if (transport != Transport.TCP) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** Whether the port is chosen by the system at bind time ({@code tcp://host:*}). */
    public boolean anyPort() {
        return transport == Transport.TCP && port == null;
    }

    @Override
    public String toString() {
        return switch (transport) {
            case INPROC -> "inproc://" + name;
            case IPC -> "ipc://" + name;
            case TCP -> "tcp://" + host + ":" + (port == null ? "*" : port);
        };
    }
}
