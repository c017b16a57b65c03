package org.zmqstudio.model;

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
    /** The first port and the number of ports of JeroMQ 0.6.0's ipc-over-tcp ({@link #ipcPort()}). */
    private static final int IPC_FIRST_PORT = 10_000;
    private static final int IPC_PORT_SPAN = 55_536;

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
        String shown = SafeText.quote(text);
        if (text.startsWith("inproc://") || text.startsWith("ipc://")) {
            boolean inproc = text.startsWith("inproc://");
            String name = text.substring(inproc ? "inproc://".length() : "ipc://".length());
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(shown + " needs a name of letters, digits, '_', '.', '-' or '/' after '"
                        + (inproc ? "inproc://" : "ipc://") + "'");
            }
            if (!inproc && ipcPortOf(name) < 0) {
                throw new IllegalArgumentException("JeroMQ cannot carry " + shown + ": it derives a tcp port from the "
                        + "name, and this name gives none; choose another name");
            }
            return new Endpoint(inproc ? Transport.INPROC : Transport.IPC, null, null, name);
        }
        Matcher tcp = TCP.matcher(text);
        if (text.startsWith("tcp://")) {
            if (!tcp.matches()) {
                throw new IllegalArgumentException(shown + " is not HOST:PORT, e.g. tcp://127.0.0.1:5555 or tcp://localhost:*");
            }
            checkHost(tcp.group(1), shown);
            String portText = tcp.group(2);
            Integer port = null;
            if (!portText.equals("*")) {
                port = Integer.parseInt(portText);
                if (port < MIN_PORT || port > MAX_PORT) {
                    throw new IllegalArgumentException("port " + port + " in " + shown + " is outside "
                            + MIN_PORT + "–" + MAX_PORT + "; use a port in that range or * for any free port");
                }
            }
            return new Endpoint(Transport.TCP, tcp.group(1), port, null);
        }
        throw new IllegalArgumentException(shown + " has an unknown transport; use inproc://, tcp:// or ipc://");
    }

    private static void checkHost(String host, String shown) {
        if (host.startsWith("[")) {
            if (HostText.ipv6(host.substring(1, host.length() - 1)) == null) {
                throw new IllegalArgumentException(shown + " has a malformed IPv6 address " + SafeText.quote(host)
                        + "; write it in brackets as in tcp://[::1]:5555");
            }
        } else if (HostText.looksLikeIpv4(host)) {
            if (HostText.ipv4(host) == null) {
                throw new IllegalArgumentException(shown + " has a malformed IPv4 address " + SafeText.quote(host)
                        + "; write four numbers 0–255 without leading zeros, separated by dots, e.g. 127.0.0.1");
            }
        } else if (!host.equals("*") && !HostText.isHostName(host)) {
            throw new IllegalArgumentException(shown + " has a malformed host name " + SafeText.quote(host)
                    + "; use letters, digits, '-' and '.', e.g. localhost");
        }
    }

    /** Whether this endpoint stays on this machine's loopback (inproc and ipc always do). */
    public boolean isLoopback() {
        return transport != Transport.TCP || HostText.isLoopback(HostText.canonical(host));
    }

    /**
     * The loopback tcp port that JeroMQ 0.6.0 binds for this {@code ipc://} endpoint: JeroMQ has no
     * Unix sockets and carries ipc over tcp on 127.0.0.1, on a port derived from the name (its
     * {@code IpcAddress}: the absolute value of {@link String#hashCode()}, modulo 55536, plus 10000).
     * Two names can share a port, and a port can clash with a tcp endpoint.
     *
     * @throws IllegalStateException if this is not an ipc endpoint
     */
    public int ipcPort() {
        if (transport != Transport.IPC) {
            throw new IllegalStateException(this + " is not an ipc endpoint");
        }
        return ipcPortOf(name);
    }

    /**
     * JeroMQ 0.6.0's port for an ipc name, with its int arithmetic: negative (no valid port) for the
     * names whose hash is {@link Integer#MIN_VALUE}, which stays negative when negated.
     */
    static int ipcPortOf(String name) {
        int hash = name.hashCode();
        if (hash < 0) {
            hash = -hash;
        }
        return hash % IPC_PORT_SPAN + IPC_FIRST_PORT;
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
