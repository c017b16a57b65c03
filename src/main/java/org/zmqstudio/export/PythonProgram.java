package org.zmqstudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.PayloadField;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;

/**
 * Writes a plan as one Python 3 script on pyzmq (libzmq), the same shape as {@link JavaProgram}: a
 * thread per unit, each behaviour a short loop, the engine's start order, and one line
 * {@code NODE sent N received M} per node at the end.
 */
final class PythonProgram {

    /** Python's keywords, the built-ins the script uses and its own names, which a node's name must not take. */
    private static final Set<String> TAKEN = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "match", "case", "print", "len", "int", "min", "max", "range", "sum", "list", "dict", "open", "str",
            "sys", "os", "time", "threading", "zmq", "main", "context", "ending", "start", "bound", "connected",
            "bound_endpoints", "totals", "lock", "senders_left", "last_move", "open_socket", "bind_and_share",
            "endpoint_of", "connect_when_bound", "send", "receive", "moved", "pace", "sender_done", "report",
            "pad", "envelope_of", "payload_of", "payload_start", "subscription", "await_quiet", "crash", "sent",
            "received", "message", "reply", "request", "topic", "topics", "payload", "n", "begin", "poller", "ready",
            "later", "gave_up", "retries_left", "seconds", "threads", "thread", "node", "DEFAULT_SECONDS",
            "POLL_MS", "SETTLE_S", "QUIET_S");

    private final ProgramPlan plan;
    private final String sourceName;
    private final String fileName;
    private final Map<String, String> names;
    private final SourceLines out = new SourceLines();

    private PythonProgram(ProgramPlan plan, String sourceName, String fileName) {
        this.plan = plan;
        this.sourceName = sourceName;
        this.fileName = fileName;
        this.names = Identifiers.python(plan.nodes().stream().map(n -> n.id()).toList(), TAKEN);
    }

    /**
     * @param sourceName the topology file's name for the header comment
     * @param fileName   the script's own file name, for its usage line
     */
    static String write(ProgramPlan plan, String sourceName, String fileName) {
        return new PythonProgram(plan, sourceName, fileName).write();
    }

    private String write() {
        header();
        globals();
        for (ProgramPlan.Unit unit : plan.units()) {
            out.blank();
            out.blank();
            unit(unit);
        }
        externals();
        helpers();
        out.blank();
        out.blank();
        main();
        return out.toString();
    }

    private long defaultSeconds() {
        return plan.endsByItself() ? 60 : 10;
    }

    /** One comment per external node: what the process outside must do (the program leaves it out). */
    private void externals() {
        for (Node node : plan.externals()) {
            out.blank();
            Wrap.lines(Literals.comment(UnitWords.external(plan.topology(), node), false), 96)
                    .forEach(l -> out.line("# " + l));
        }
    }

    private void header() {
        String title = plan.topology().name().isEmpty() ? fileName : plan.topology().name();
        out.line("#!/usr/bin/env python3");
        out.line("# " + Literals.comment(title, false));
        if (!plan.topology().description().isEmpty()) {
            out.line("#");
            Wrap.lines(Literals.comment(plan.topology().description(), false), 96).forEach(l -> out.line("# " + l));
        }
        out.line("#");
        out.line("# Written by ZMQ Studio from " + Literals.comment(sourceName, false) + ": one thread per socket (a relay or");
        out.line("# a proxy shares its thread with the socket it drives), pyzmq on libzmq. Run it with Python 3:");
        out.line("#");
        out.line("#     python3 " + Literals.comment(fileName, false) + " [--seconds N]     (pyzmq: apt-get install python3-zmq)");
        out.line("#");
        out.line("# Every socket binds, then every socket connects, then the senders start together. The program");
        out.line(plan.endsByItself()
                ? "# ends once every sender is done and nothing has arrived for a second, or after N seconds"
                : "# runs for N seconds");
        out.line("# (default " + defaultSeconds() + "), and prints one line per socket: NODE sent N received M.");
        out.blank();
        out.line("import os");
        out.line("import sys");
        out.line("import threading");
        out.line("import time");
        out.blank();
        out.line("import zmq");
        out.blank();
    }

    private void globals() {
        int starting = plan.startingUnits().size();
        out.line("DEFAULT_SECONDS = " + defaultSeconds() + "  # how long the program runs at most; --seconds N changes it");
        out.line("POLL_MS = 100  # how long a receive waits before its loop looks whether the program is ending");
        out.line("SETTLE_S = 0.3  # time for the connections (and subscriptions) to be made before the senders start");
        if (plan.endsByItself()) {
            out.line("QUIET_S = 1.0  # the program ends once every sender is done and nothing has arrived for this long");
        }
        out.blank();
        out.line("context = zmq.Context()");
        out.line("ending = threading.Event()");
        out.line("# Start order, as the studio runs it: every socket binds, then every socket connects, then the senders go.");
        if (starting > 0) {
            out.line("bound = threading.Barrier(" + starting + ")");
        }
        out.line("connected = threading.Barrier(" + (starting + 1) + ")  # and the main thread");
        out.line("start = threading.Event()");
        if (plan.units().stream().flatMap(u -> u.sockets().stream()).anyMatch(ProgramPlan.Socket::shares)) {
            out.line("bound_endpoints = {}  # where a * port or a late start means nobody knows the endpoint beforehand");
        }
        out.line("totals = {}  # each node's (sent, received), reported by its thread at its end");
        if (plan.endsByItself()) {
            out.line("lock = threading.Lock()");
            out.line("senders_left = " + plan.boundedSenders());
            out.line("last_move = time.monotonic()");
        }
    }

    private void unit(ProgramPlan.Unit unit) {
        UnitWords.sockets(unit).forEach(l -> out.line("# " + Literals.comment(l, false)));
        Wrap.lines(Literals.comment(UnitWords.behavior(unit), false), 96).forEach(l -> out.line("# " + l));
        out.open("def " + name(unit.primary()) + "():");
        if (unit.delayed()) {
            out.line("start.wait()");
            out.line("ending.wait(" + seconds(unit.startAfterMillis()) + ")  # starts " + unit.startAfterMillis()
                    + " ms late: it misses what was sent before");
        }
        for (ProgramPlan.Socket socket : unit.sockets()) {
            openSocket(socket);
        }
        for (ProgramPlan.Socket socket : unit.sockets()) {
            bind(socket);
        }
        if (!unit.delayed()) {
            out.line("bound.wait()");
        }
        for (ProgramPlan.Socket socket : unit.sockets()) {
            connect(socket);
        }
        if (unit.delayed()) {
            if (unit.sockets().stream().anyMatch(s -> s.bindEndpoint() != null)) {
                out.line("time.sleep(SETTLE_S)  # gives the sockets waiting for this bind time to connect");
            }
        } else {
            out.line("connected.wait()");
            if (unit.sends()) {
                out.line("start.wait()  # the senders start together, once every connection is made");
            }
        }
        Behavior behavior = unit.behavior();
        if (behavior instanceof Behavior.Produce p) {
            produce(unit, p);
        } else if (behavior instanceof Behavior.Request r) {
            request(unit, r);
        } else if (behavior instanceof Behavior.Reply r) {
            reply(unit, r);
        } else if (behavior instanceof Behavior.Consume c) {
            consume(unit, c);
        } else if (behavior instanceof Behavior.Relay r) {
            relay(unit, r);
        } else {
            proxy(unit);
        }
        out.close("");
    }

    private static String seconds(long millis) {
        return Literals.number(millis / 1000.0);
    }

    private void openSocket(ProgramPlan.Socket socket) {
        String s = name(socket);
        out.line(s + " = open_socket(zmq." + socket.type() + ")");
        SocketOptions o = socket.node().options();
        if (o.sndhwm() != null) {
            out.line(s + ".sndhwm = " + o.sndhwm() + "  # queues at most " + o.sndhwm() + " messages per peer on the way out");
        }
        if (o.rcvhwm() != null) {
            out.line(s + ".rcvhwm = " + o.rcvhwm() + "  # queues at most " + o.rcvhwm() + " messages on the way in");
        }
        if (o.linger() != null) {
            out.line(s + ".linger = " + o.linger() + "  # ms a close waits for unsent messages");
        }
        if (o.identity() != null) {
            out.line(s + ".identity = " + Literals.python(o.identity()) + ".encode()  # a ROUTER addresses it by this name");
        }
        if (o.maxMsgSize() != null) {
            out.line(s + ".maxmsgsize = " + o.maxMsgSize() + "  # refuses larger messages, bytes");
        }
        if (plan.usesIpv6(socket)) {
            out.line(s + ".ipv6 = True");
        }
        if (socket.type() == SocketType.SUB) {
            for (String prefix : socket.subscriptions()) {
                out.line(s + ".subscribe(" + Literals.python(prefix) + ")"
                        + (prefix.isEmpty() ? "  # every message" : "  # only the messages that start with this prefix"));
            }
        }
    }

    private void bind(ProgramPlan.Socket socket) {
        if (socket.bindEndpoint() == null) {
            return;
        }
        String why = Literals.comment(UnitWords.binds(plan.topology(), socket), false);
        if (socket.shares()) {
            out.line("bind_and_share(" + name(socket) + ", " + Literals.python(socket.id()) + ", "
                    + Literals.python(libzmq(socket.bindEndpoint())) + ")  # " + why);
        } else {
            out.line(name(socket) + ".bind(" + Literals.python(libzmq(socket.bindEndpoint())) + ")  # " + why);
        }
    }

    private void connect(ProgramPlan.Socket socket) {
        connectLines(socket, true);
        if (socket.type() == SocketType.XSUB) {
            for (String prefix : socket.subscriptions()) {
                out.line(name(socket) + ".send(subscription(" + Literals.python(prefix) + "))  # an XSUB subscribes by sending");
            }
        }
    }

    private void connectLines(ProgramPlan.Socket socket, boolean explain) {
        List<String> late = new ArrayList<>();
        for (ProgramPlan.Connection c : socket.connections()) {
            if (c.late()) {
                late.add(Literals.python(c.binder().id()));
            } else {
                String endpoint = c.endpoint() != null ? Literals.python(libzmq(c.endpoint()))
                        : "endpoint_of(" + Literals.python(c.binder().id()) + ")";
                out.line(name(socket) + ".connect(" + endpoint + ")"
                        + (explain ? "  # " + Literals.comment(UnitWords.connects(c), false) : ""));
            }
        }
        if (!late.isEmpty()) {
            out.line(laterName(socket) + " = [" + String.join(", ", late) + "]"
                    + (!explain ? "" : late.size() == 1 ? "  # it starts late: connect once it has bound"
                    : "  # they start late: connect once they have bound"));
        }
    }

    /** The endpoint for libzmq, which binds addresses, not names: {@code tcp://localhost:…} is {@code tcp://127.0.0.1:…}. */
    static String libzmq(String endpoint) {
        return endpoint.startsWith("tcp://localhost:") ? "tcp://127.0.0.1:" + endpoint.substring("tcp://localhost:".length())
                : endpoint;
    }

    private String laterName(ProgramPlan.Socket socket) {
        return "later_" + name(socket);
    }

    private void connectLate(ProgramPlan.Unit unit) {
        for (ProgramPlan.Socket socket : unit.sockets()) {
            if (socket.connections().stream().anyMatch(ProgramPlan.Connection::late)) {
                out.line("connect_when_bound(" + name(socket) + ", " + laterName(socket) + ")");
            }
        }
    }

    /** The loop header of a sender: {@code n} counts from 1, up to {@code count} when it has one. */
    private void senderLoop(long count, String extraCondition) {
        out.line("n = 0");
        out.open("while " + (count > 0 ? "n < " + count + " and " : "") + "not ending.is_set()" + extraCondition + ":");
        out.line("n += 1");
    }

    private void produce(ProgramPlan.Unit unit, Behavior.Produce p) {
        String s = name(unit.primary());
        out.line("sent = 0");
        if (!p.topics().isEmpty()) {
            out.line("topics = [" + p.topics().stream().map(Literals::python).collect(Collectors.joining(", ")) + "]");
        }
        if (p.rate() > 0) {
            out.line("begin = time.monotonic()");
        }
        senderLoop(p.count(), "");
        connectLate(unit);
        if (p.rate() > 0) {
            out.line("pace(begin, n - 1, " + Literals.number(p.rate()) + ")  # " + Literals.number(p.rate())
                    + " a second, on an even schedule");
        }
        if (!p.topics().isEmpty()) {
            out.line("topic = topics[(n - 1) % len(topics)]");
        }
        String payload = expression(TemplateParts.of(p.payload(), unit.primary().id()), !p.topics().isEmpty(), "n")
                + ".encode()";
        if (p.topics().isEmpty() && p.parts() == 1) {
            out.line("message = [" + payload + "]");
        } else {
            out.line("payload = " + payload);
            String first = p.topics().isEmpty() ? "payload" : "topic.encode() + payload";
            out.line("message = [" + first + "]" + (p.parts() > 1 ? " + [payload] * " + (p.parts() - 1) : "")
                    + (p.topics().isEmpty() ? "" : "  # the topic starts the message: subscribers filter on it"));
        }
        if (p.size() > 0) {
            out.line("pad(message, " + p.size() + ")");
        }
        out.line("if not send(" + s + ", message):");
        out.line("    break");
        out.line("sent += 1");
        out.close("");
        finishSender(unit);
        out.line(s + ".close()");
        out.line("report(" + Literals.python(unit.primary().id()) + ", sent, 0)");
    }

    private void finishSender(ProgramPlan.Unit unit) {
        if (plan.endsByItself() && unit.count() > 0) {
            out.line("sender_done()");
        }
        out.line("ending.wait()  # keeps the socket open to the end: closing it would drop what it still queues");
    }

    private void request(ProgramPlan.Unit unit, Behavior.Request r) {
        ProgramPlan.Socket socket = unit.primary();
        String s = name(socket);
        out.line("sent = 0");
        out.line("received = 0");
        out.line("gave_up = False");
        if (r.rate() > 0) {
            out.line("begin = time.monotonic()");
        }
        senderLoop(r.count(), " and not gave_up");
        connectLate(unit);
        if (r.rate() > 0) {
            out.line("pace(begin, n - 1, " + Literals.number(r.rate()) + ")  # " + Literals.number(r.rate())
                    + " a second, on an even schedule");
        }
        out.line("request = " + expression(TemplateParts.of(r.payload(), socket.id()), false, "n") + ".encode()");
        out.line("retries_left = " + r.retries());
        out.open("while not ending.is_set():");
        String message = socket.type() == SocketType.DEALER ? "[b\"\", request]" : "[request]";
        if (socket.type() == SocketType.DEALER) {
            out.line("# The empty delimiter a REQ would add comes first: a REP or a ROUTER's peer expects it.");
        }
        out.line("if not send(" + s + ", " + message + "):");
        out.line("    break");
        out.line("sent += 1");
        out.open("if receive(" + s + ", " + r.timeoutMillis() + ") is not None:");
        out.line("received += 1");
        moved();
        out.line("break");
        out.close("");
        out.line("if ending.is_set():");
        out.line("    break");
        out.open("if retries_left == 0:");
        out.line("print(f" + "\"" + Literals.pythonBody(socket.id() + ": no reply to request ", true) + "{n}"
                + Literals.pythonBody(" after " + r.retries() + " retries; giving up", true) + "\", file=sys.stderr)");
        out.line("gave_up = True");
        out.line("break");
        out.close("");
        out.line("retries_left -= 1");
        out.line("# No reply in time: the " + socket.type() + " socket may wait for it for ever, so close it, open a fresh one and resend.");
        out.line(s + ".close()");
        openSocket(socket);
        bind(socket);
        connectLines(socket, false);
        out.close("");
        out.close("");
        finishSender(unit);
        out.line(s + ".close()");
        out.line("report(" + Literals.python(socket.id()) + ", sent, received)");
    }

    private void reply(ProgramPlan.Unit unit, Behavior.Reply r) {
        ProgramPlan.Socket socket = unit.primary();
        String s = name(socket);
        boolean router = socket.type() == SocketType.ROUTER;
        List<TemplateParts.Part> parts = TemplateParts.of(r.payload(), socket.id());
        out.line("received = 0");
        out.line("sent = 0");
        out.open("while not ending.is_set():");
        connectLate(unit);
        out.line("message = receive(" + s + ")  # waits POLL_MS at most, so the loop sees the end");
        out.line("if message is None:");
        out.line("    continue");
        out.line("received += 1");
        moved();
        work(r.workMillis());
        if (parts.stream().anyMatch(p -> p.field() == PayloadField.REQUEST)) {
            out.line("request = payload_of(message, " + (router ? "True" : "False") + ")");
        }
        String payload = expression(parts, false, "sent + 1") + ".encode()";
        if (socket.type() == SocketType.REP) {
            out.line("reply = [" + payload + "]  # a REP keeps the envelope itself");
        } else {
            out.line("# The frames that say who asked come first, so that the reply finds its way back.");
            out.line("reply = envelope_of(message, " + (router ? "True" : "False") + ") + [" + payload + "]");
        }
        out.line("if send(" + s + ", reply):");
        out.line("    sent += 1");
        out.close("");
        out.line(s + ".close()");
        out.line("report(" + Literals.python(socket.id()) + ", sent, received)");
    }

    private void consume(ProgramPlan.Unit unit, Behavior.Consume c) {
        String s = name(unit.primary());
        out.line("received = 0");
        out.open("while not ending.is_set():");
        connectLate(unit);
        out.line("if receive(" + s + ") is None:  # waits POLL_MS at most, so the loop sees the end");
        out.line("    continue");
        out.line("received += 1");
        moved();
        work(c.workMillis());
        out.close("");
        out.line(s + ".close()");
        out.line("report(" + Literals.python(unit.primary().id()) + ", 0, received)");
    }

    private void relay(ProgramPlan.Unit unit, Behavior.Relay r) {
        String in = name(unit.primary());
        String to = name(unit.driven());
        out.line("received = 0");
        out.line("sent = 0");
        out.open("while not ending.is_set():");
        connectLate(unit);
        out.line("message = receive(" + in + ")  # waits POLL_MS at most, so the loop sees the end");
        out.line("if message is None:");
        out.line("    continue");
        out.line("received += 1");
        moved();
        work(r.workMillis());
        out.line("if send(" + to + ", message):  # whole: every frame, the envelope too");
        out.line("    sent += 1");
        out.close("");
        out.line(in + ".close()");
        out.line(to + ".close()");
        out.line("report(" + Literals.python(unit.primary().id()) + ", 0, received)");
        out.line("report(" + Literals.python(unit.driven().id()) + ", sent, 0)");
    }

    private void proxy(ProgramPlan.Unit unit) {
        ProgramPlan.Socket[] side = {unit.primary(), unit.driven()};
        for (ProgramPlan.Socket s : side) {
            if (unit.countsReceived(s)) {
                out.line(name(s) + "_received = 0");
            }
        }
        for (ProgramPlan.Socket s : side) {
            if (unit.countsSent(s)) {
                out.line(name(s) + "_sent = 0");
            }
        }
        out.line("poller = zmq.Poller()");
        out.line("poller.register(" + name(side[0]) + ", zmq.POLLIN)");
        out.line("poller.register(" + name(side[1]) + ", zmq.POLLIN)");
        out.open("while not ending.is_set():");
        connectLate(unit);
        out.line("ready = dict(poller.poll(POLL_MS))  # waits POLL_MS at most, so the loop sees the end");
        for (int i = 0; i < 2; i++) {
            ProgramPlan.Socket from = side[i];
            ProgramPlan.Socket to = side[1 - i];
            out.open("if " + name(from) + " in ready:");
            if (from.type() == SocketType.XPUB) {
                out.line("# What an XPUB receives are its subscribers' subscriptions: they go upstream, uncounted.");
                out.line("send(" + name(to) + ", " + name(from) + ".recv_multipart())");
            } else {
                out.line("message = " + name(from) + ".recv_multipart()");
                out.line(name(from) + "_received += 1");
                moved();
                out.line("if send(" + name(to) + ", message):");
                out.line("    " + name(to) + "_sent += 1");
            }
            out.close("");
        }
        out.close("");
        for (ProgramPlan.Socket s : side) {
            out.line(name(s) + ".close()");
        }
        for (ProgramPlan.Socket s : side) {
            out.line("report(" + Literals.python(s.id()) + ", " + (unit.countsSent(s) ? name(s) + "_sent" : "0")
                    + ", " + (unit.countsReceived(s) ? name(s) + "_received" : "0") + ")");
        }
    }

    private void moved() {
        if (plan.endsByItself()) {
            out.line("moved()");
        }
    }

    private void work(long millis) {
        if (millis > 0) {
            out.line("ending.wait(" + seconds(millis) + ")  # " + millis + " ms of work per message");
        }
    }

    /** A template as a Python str expression: an f-string with {@code number} for {@code {n}}, or a plain literal. */
    private static String expression(List<TemplateParts.Part> parts, boolean hasTopic, String number) {
        if (parts.size() == 1 && parts.get(0).field() == null) {
            return Literals.python(parts.get(0).text());
        }
        StringBuilder text = new StringBuilder("f\"");
        for (TemplateParts.Part part : parts) {
            if (part.field() == null) {
                text.append(Literals.pythonBody(part.text(), true));
            } else {
                switch (part.field()) {
                    case NUMBER -> text.append('{').append(number).append('}');
                    case TOPIC -> text.append(hasTopic ? "{topic}" : "");
                    case REQUEST -> text.append("{request}");
                    default -> throw new IllegalStateException("folded into the text: " + part.field());
                }
            }
        }
        return text.append('"').toString();
    }

    private String name(ProgramPlan.Socket socket) {
        return names.get(socket.id());
    }

    private void helpers() {
        List<ProgramPlan.Connection> connections = plan.units().stream().flatMap(u -> u.sockets().stream())
                .flatMap(s -> s.connections().stream()).toList();
        List<Behavior> behaviors = plan.units().stream().map(ProgramPlan.Unit::behavior).toList();
        helper("""
                def open_socket(kind):
                    \"""A new socket that closes at once (linger 0).\"""
                    socket = context.socket(kind)
                    socket.linger = 0
                    return socket
                """);
        helper("""
                def send(socket, frames):
                    \"""Sends the frames as one message, waiting while the socket takes no more; False if the program ends first.\"""
                    while not ending.is_set():
                        try:
                            socket.send_multipart(frames, zmq.NOBLOCK)
                            return True
                        except zmq.Again:
                            socket.poll(POLL_MS, zmq.POLLOUT)
                    return False
                """);
        helper("""
                def receive(socket, timeout_ms=POLL_MS):
                    \"""The next message as a list of frames, or None when none came within timeout_ms (or the program ends).\"""
                    deadline = time.monotonic() + timeout_ms / 1000
                    while not ending.is_set():
                        left_ms = int((deadline - time.monotonic()) * 1000)
                        if left_ms <= 0:
                            return None
                        if socket.poll(min(left_ms, POLL_MS), zmq.POLLIN):
                            return socket.recv_multipart()
                    return None
                """);
        helper("""
                def report(node, sent, received):
                    totals[node] = (sent, received)
                """);
        if (plan.units().stream().flatMap(u -> u.sockets().stream()).anyMatch(ProgramPlan.Socket::shares)) {
            helper("""
                    def bind_and_share(socket, node, endpoint):
                        \"""Binds, and tells the connectors where: the port the system chose for a *, or the endpoint of a late start.\"""
                        socket.bind(endpoint)
                        bound_endpoints[node] = socket.getsockopt_string(zmq.LAST_ENDPOINT) if endpoint.startswith("tcp://") else endpoint
                    """);
        }
        if (connections.stream().anyMatch(c -> c.endpoint() == null && !c.late())) {
            helper("""
                    def endpoint_of(node):
                        \"""The endpoint the node bound (it has bound: everyone binds before anyone connects).\"""
                        return bound_endpoints[node]
                    """);
        }
        if (connections.stream().anyMatch(ProgramPlan.Connection::late)) {
            helper("""
                    def connect_when_bound(socket, nodes):
                        \"""Connects to those of the nodes that have bound by now, and forgets them.\"""
                        for node in [node for node in nodes if node in bound_endpoints]:
                            socket.connect(bound_endpoints[node])
                            nodes.remove(node)
                    """);
        }
        if (plan.endsByItself()) {
            helper("""
                    def moved():
                        global last_move
                        last_move = time.monotonic()
                    """);
            helper("""
                    def sender_done():
                        global senders_left
                        with lock:
                            senders_left -= 1
                    """);
            helper("""
                    def await_quiet(seconds):
                        \"""Waits until every sender with a count is done and nothing has arrived for QUIET_S, or for seconds.\"""
                        deadline = time.monotonic() + seconds
                        while time.monotonic() < deadline:
                            with lock:
                                done = senders_left == 0
                            if done and time.monotonic() - last_move > QUIET_S:
                                return
                            time.sleep(0.02)
                    """);
        }
        if (behaviors.stream().anyMatch(b -> b instanceof Behavior.Produce p && p.rate() > 0
                || b instanceof Behavior.Request r && r.rate() > 0)) {
            helper("""
                    def pace(begin, k, rate):
                        \"""Waits until message k (from 0) is due, at rate a second from begin: an even pace that never drifts.\"""
                        ending.wait(max(0.0, begin + k / rate - time.monotonic()))
                    """);
        }
        if (behaviors.stream().anyMatch(b -> b instanceof Behavior.Reply)) {
            helper("""
                    def payload_start(message, router):
                        \"""Where the payload starts: after the last empty delimiter, else after a ROUTER's identity frame.\"""
                        for i in range(len(message) - 2, -1, -1):
                            if len(message[i]) == 0:
                                return i + 1
                        return 1 if router and len(message) > 1 else 0
                    """);
            helper("""
                    def envelope_of(message, router):
                        \"""The request's envelope: the frames that route the reply back.\"""
                        return message[:payload_start(message, router)]
                    """);
            helper("""
                    def payload_of(message, router):
                        \"""The request's first payload frame as text.\"""
                        return message[payload_start(message, router)].decode(errors="replace")
                    """);
        }
        if (behaviors.stream().anyMatch(b -> b instanceof Behavior.Produce p && p.size() > 0)) {
            helper("""
                    def pad(message, size):
                        \"""Fills the last frame up with dots until the whole message has at least size bytes.\"""
                        missing = size - sum(len(frame) for frame in message)
                        if missing > 0:
                            message[-1] = message[-1] + b"." * missing
                    """);
        }
        if (plan.units().stream().flatMap(u -> u.sockets().stream())
                .anyMatch(s -> s.type() == SocketType.XSUB && !s.subscriptions().isEmpty())) {
            helper("""
                    def subscription(prefix):
                        \"""The message by which an XSUB subscribes to a prefix: byte 1, then the prefix.\"""
                        return b"\\x01" + prefix.encode()
                    """);
        }
        helper("""
                def crash(args):
                    \"""A thread that fails ends the whole program with the reason.\"""
                    print(f"{args.thread.name} failed: {args.exc_value}", file=sys.stderr)
                    os._exit(1)
                """);
    }

    private void helper(String text) {
        out.blank();
        out.blank();
        out.block(text);
    }

    private void main() {
        out.open("def main():");
        out.line("seconds = DEFAULT_SECONDS");
        out.line("if len(sys.argv) == 3 and sys.argv[1] == \"--seconds\" and sys.argv[2].isascii() and sys.argv[2].isdigit():");
        out.line("    seconds = int(sys.argv[2])");
        out.line("elif len(sys.argv) > 1:");
        out.line("    print(\"usage: python3 " + Literals.pythonBody(fileName, false) + " [--seconds N]\", file=sys.stderr)");
        out.line("    sys.exit(2)");
        out.line("threading.excepthook = crash");
        out.line("threads = [");
        for (ProgramPlan.Unit unit : plan.units()) {
            out.line("    threading.Thread(target=" + name(unit.primary()) + ", name=" + Literals.python(unit.primary().id()) + "),");
        }
        out.line("]");
        out.line("for thread in threads:");
        out.line("    thread.start()");
        out.line("connected.wait()");
        out.line("time.sleep(SETTLE_S)  # over tcp a connection, and a subscription, takes a moment");
        out.line("start.set()");
        out.line(plan.endsByItself() ? "await_quiet(seconds)" : "ending.wait(seconds)");
        out.line("ending.set()");
        out.line("for thread in threads:");
        out.line("    thread.join()");
        out.line("for node in (" + plan.nodes().stream().map(n -> Literals.python(n.id())).collect(Collectors.joining(", "))
                + (plan.nodes().size() == 1 ? "," : "") + "):");
        out.line("    sent, received = totals.get(node, (0, 0))");
        out.line("    print(f\"{node} sent {sent} received {received}\")");
        out.line("context.term()");
        out.close("");
        out.blank();
        out.blank();
        out.line("if __name__ == \"__main__\":");
        out.line("    main()");
    }
}
