package org.zmqstudio.export;

import java.util.ArrayList;
import java.util.HashSet;
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
 * Writes a plan as one self-contained Java 17 source file on plain JeroMQ, runnable with
 * {@code java -cp jeromq.jar NAME.java}: a thread per unit, each behaviour a short loop, the start
 * order of the engine, and one line {@code NODE sent N received M} per node at the end.
 */
final class JavaProgram {

    /** Names the program itself uses, which a node's name must not take. */
    static final Set<String> TAKEN = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits",
            "main", "context", "running", "lastMove", "boundEndpoints", "bound", "connected", "start", "ended",
            "sendersLeft", "totals", "open", "everyoneBound", "bindAndShare", "endpointOf", "connectWhenBound",
            "send", "receive", "moved", "pause", "pace", "senderDone", "awaitEnd", "report", "pad", "envelopeOf",
            "payloadOf", "subscription", "thread", "awaitQuiet", "sent", "received", "message", "reply", "request",
            "topic", "topics", "n", "begin", "poller", "later", "gaveUp", "retriesLeft", "part", "args", "seconds",
            "threads", "node", "counts", "Body", "System", "String", "Thread", "List", "Map", "ZMsg", "ZMQ",
            "ZContext", "SocketType", "ZFrame", "Arrays", "ArrayList");

    private final ProgramPlan plan;
    private final String className;
    private final String sourceName;
    private final Map<String, String> names;
    private final SourceLines out = new SourceLines();

    private JavaProgram(ProgramPlan plan, String className, String sourceName) {
        this.plan = plan;
        this.className = className;
        this.sourceName = sourceName;
        Set<String> taken = new HashSet<>(TAKEN);
        taken.add(className);
        this.names = Identifiers.java(plan.nodes().stream().map(n -> n.id()).toList(), taken);
    }

    /**
     * @param className  the program's class, a Java identifier
     * @param sourceName the topology file's name for the header comment
     */
    static String write(ProgramPlan plan, String className, String sourceName) {
        return new JavaProgram(plan, className, sourceName).write();
    }

    private String write() {
        header();
        out.open("public class " + className + " {");
        out.blank();
        constants();
        for (ProgramPlan.Unit unit : plan.units()) {
            out.blank();
            unit(unit);
        }
        externals();
        out.blank();
        main();
        helpers();
        out.close("}");
        return out.toString();
    }

    /** One comment per external node: what the process outside must do (the program leaves it out). */
    private void externals() {
        for (Node node : plan.externals()) {
            out.blank();
            Wrap.lines(Literals.comment(UnitWords.external(plan.topology(), node), true), 96)
                    .forEach(l -> out.line("// " + l));
        }
    }

    private void header() {
        String title = plan.topology().name().isEmpty() ? className : plan.topology().name();
        out.line("// " + Literals.comment(title, true));
        if (!plan.topology().description().isEmpty()) {
            out.line("//");
            Wrap.lines(Literals.comment(plan.topology().description(), true), 96).forEach(l -> out.line("// " + l));
        }
        out.line("//");
        out.line("// Written by ZMQ Studio from " + Literals.comment(sourceName, true) + ": one thread per socket (a relay or");
        out.line("// a proxy shares its thread with the socket it drives), plain JeroMQ. Run it with Java 17 or later:");
        out.line("//");
        out.line("//     java -cp jeromq-0.6.0.jar " + className + ".java [--seconds N]");
        out.line("//");
        out.line("// Every socket binds, then every socket connects, then the senders start together. The program");
        out.line(plan.endsByItself()
                ? "// ends once every sender is done and nothing has arrived for a second, or after N seconds"
                : "// runs for N seconds");
        out.line("// (default " + defaultSeconds() + "), and prints one line per socket: NODE sent N received M.");
        out.blank();
        boolean replies = plan.units().stream().anyMatch(u -> u.behavior() instanceof Behavior.Reply);
        boolean pads = plan.units().stream().anyMatch(u -> u.behavior() instanceof Behavior.Produce p && p.size() > 0);
        boolean late = plan.units().stream().flatMap(u -> u.sockets().stream())
                .anyMatch(s -> s.connections().stream().anyMatch(ProgramPlan.Connection::late));
        if (replies || late) {
            out.line("import java.util.ArrayList;");
        }
        if (pads) {
            out.line("import java.util.Arrays;");
        }
        out.line("import java.util.List;");
        out.line("import java.util.Map;");
        out.line("import java.util.concurrent.ConcurrentHashMap;");
        out.line("import java.util.concurrent.CountDownLatch;");
        out.line("import org.zeromq.SocketType;");
        out.line("import org.zeromq.ZContext;");
        if (replies || pads) {
            out.line("import org.zeromq.ZFrame;");
        }
        out.line("import org.zeromq.ZMQ;");
        out.line("import org.zeromq.ZMsg;");
        out.blank();
    }

    private long defaultSeconds() {
        return plan.endsByItself() ? 60 : 10;
    }

    private void constants() {
        int starting = plan.startingUnits().size();
        out.line("/** How long the program runs at most, seconds; --seconds N changes it. */");
        out.line("static final long DEFAULT_SECONDS = " + defaultSeconds() + ";");
        out.line("/** How long a receive or a send waits before its loop looks whether the program is ending, ms. */");
        out.line("static final int POLL_MS = 100;");
        out.line("/** Time for the connections (and subscriptions) to be made before the senders start, ms. */");
        out.line("static final long SETTLE_MS = 300;");
        if (plan.endsByItself()) {
            out.line("/** The program ends once every sender is done and nothing has arrived for this long, ms. */");
            out.line("static final long QUIET_MS = 1000;");
        }
        out.blank();
        out.line("static final ZContext context = new ZContext();");
        out.line("static volatile boolean running = true;");
        if (plan.endsByItself()) {
            out.line("static volatile long lastMove = System.nanoTime();");
        }
        if (plan.units().stream().flatMap(u -> u.sockets().stream()).anyMatch(ProgramPlan.Socket::shares)) {
            out.line("/** The endpoint each node bound, where a * port or a late start means nobody knows it beforehand. */");
            out.line("static final Map<String, String> boundEndpoints = new ConcurrentHashMap<>();");
        }
        out.line("/** Start order, as the studio runs it: every socket binds, then every socket connects, then the senders go. */");
        out.line("static final CountDownLatch bound = new CountDownLatch(" + starting + ");");
        out.line("static final CountDownLatch connected = new CountDownLatch(" + starting + ");");
        out.line("static final CountDownLatch start = new CountDownLatch(1);");
        out.line("static final CountDownLatch ended = new CountDownLatch(1);");
        if (plan.endsByItself()) {
            out.line("static final CountDownLatch sendersLeft = new CountDownLatch(" + plan.boundedSenders() + ");");
        }
        out.line("/** Each node's counts, [sent, received], reported by its thread at its end. */");
        out.line("static final Map<String, long[]> totals = new ConcurrentHashMap<>();");
    }

    private void unit(ProgramPlan.Unit unit) {
        UnitWords.sockets(unit).forEach(l -> out.line("// " + Literals.comment(l, true)));
        Wrap.lines(Literals.comment(UnitWords.behavior(unit), true), 96).forEach(l -> out.line("// " + l));
        out.open("static void " + name(unit.primary()) + "() throws InterruptedException {");
        if (unit.delayed()) {
            out.line("start.await();");
            out.line("pause(" + unit.startAfterMillis() + "); // starts " + unit.startAfterMillis()
                    + " ms late: it misses what was sent before");
        }
        for (ProgramPlan.Socket socket : unit.sockets()) {
            openSocket(socket, "ZMQ.Socket ");
        }
        for (ProgramPlan.Socket socket : unit.sockets()) {
            bind(socket);
        }
        if (!unit.delayed()) {
            out.line("everyoneBound();");
        }
        for (ProgramPlan.Socket socket : unit.sockets()) {
            connect(socket);
        }
        if (unit.delayed()) {
            if (unit.sockets().stream().anyMatch(s -> s.bindEndpoint() != null)) {
                out.line("Thread.sleep(SETTLE_MS); // gives the sockets waiting for this bind time to connect");
            }
        } else {
            out.line("connected.countDown();");
            if (unit.sends()) {
                out.line("start.await(); // the senders start together, once every connection is made");
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
        out.close("}");
    }

    /** Creates the socket, sets its options and subscribes a SUB: {@code declare} is "ZMQ.Socket " or "". */
    private void openSocket(ProgramPlan.Socket socket, String declare) {
        String s = name(socket);
        out.line(declare + s + " = open(SocketType." + socket.type() + ");");
        SocketOptions o = socket.node().options();
        if (o.sndhwm() != null) {
            out.line(s + ".setSndHWM(" + o.sndhwm() + "); // queues at most " + o.sndhwm() + " messages per peer on the way out");
        }
        if (o.rcvhwm() != null) {
            out.line(s + ".setRcvHWM(" + o.rcvhwm() + "); // queues at most " + o.rcvhwm() + " messages on the way in");
        }
        if (o.linger() != null) {
            out.line(s + ".setLinger(" + o.linger() + "); // ms a close waits for unsent messages");
        }
        if (o.identity() != null) {
            out.line(s + ".setIdentity(" + Literals.java(o.identity()) + ".getBytes(ZMQ.CHARSET)); // a ROUTER addresses it by this name");
        }
        if (o.maxMsgSize() != null) {
            out.line(s + ".setMaxMsgSize(" + o.maxMsgSize() + "L); // refuses larger messages, bytes");
        }
        if (plan.usesIpv6(socket)) {
            out.line(s + ".setIPv6(true);");
        }
        if (socket.type() == SocketType.SUB) {
            for (String prefix : socket.subscriptions()) {
                out.line(s + ".subscribe(" + Literals.java(prefix) + ");"
                        + (prefix.isEmpty() ? " // every message" : " // only the messages that start with this prefix"));
            }
        }
    }

    private void bind(ProgramPlan.Socket socket) {
        if (socket.bindEndpoint() == null) {
            return;
        }
        String why = UnitWords.binds(plan.topology(), socket);
        if (socket.shares()) {
            out.line("bindAndShare(" + name(socket) + ", " + Literals.java(socket.id()) + ", "
                    + Literals.java(socket.bindEndpoint()) + "); // " + Literals.comment(why, true));
        } else {
            out.line(name(socket) + ".bind(" + Literals.java(socket.bindEndpoint()) + "); // " + Literals.comment(why, true));
        }
    }

    private void connect(ProgramPlan.Socket socket) {
        List<String> late = new ArrayList<>();
        for (ProgramPlan.Connection c : socket.connections()) {
            if (c.late()) {
                late.add(c.binder().id());
            } else {
                String endpoint = c.endpoint() != null ? Literals.java(c.endpoint())
                        : "endpointOf(" + Literals.java(c.binder().id()) + ")";
                out.line(name(socket) + ".connect(" + endpoint + "); // " + Literals.comment(UnitWords.connects(c), true));
            }
        }
        if (!late.isEmpty()) {
            out.line("List<String> " + laterName(socket) + " = new ArrayList<>(List.of("
                    + late.stream().map(Literals::java).collect(Collectors.joining(", "))
                    + ")); // " + (late.size() == 1 ? "it starts late: connect once it has bound" : "they start late: connect once they have bound"));
        }
        if (socket.type() == SocketType.XSUB) {
            for (String prefix : socket.subscriptions()) {
                out.line(name(socket) + ".send(subscription(" + Literals.java(prefix) + ")); // an XSUB subscribes by sending");
            }
        }
    }

    private String laterName(ProgramPlan.Socket socket) {
        return "later" + Character.toUpperCase(name(socket).charAt(0)) + name(socket).substring(1);
    }

    /** The late connects at the top of a loop, for the sockets that have some. */
    private void connectLate(ProgramPlan.Unit unit) {
        for (ProgramPlan.Socket socket : unit.sockets()) {
            if (socket.connections().stream().anyMatch(ProgramPlan.Connection::late)) {
                out.line("connectWhenBound(" + name(socket) + ", " + laterName(socket) + ");");
            }
        }
    }

    /**
     * Opens the loop of a sender: message {@code n} from 1 to {@code count} (0: for ever) while
     * {@code condition} holds, connecting to late binders and keeping {@code rate} (0: flat out).
     */
    private void pacedLoop(ProgramPlan.Unit unit, long count, double rate, String condition) {
        if (rate > 0) {
            out.line("long begin = System.nanoTime();");
        }
        out.open("for (long n = 1; " + (count > 0 ? "n <= " + longLiteral(count) + " && " : "") + condition + "; n++) {");
        connectLate(unit);
        if (rate > 0) {
            out.line("pace(begin, n - 1, " + Literals.number(rate) + "); // " + Literals.number(rate)
                    + " a second, on an even schedule");
        }
    }

    private void produce(ProgramPlan.Unit unit, Behavior.Produce p) {
        String s = name(unit.primary());
        List<TemplateParts.Part> parts = TemplateParts.of(p.payload(), unit.primary().id());
        out.line("long sent = 0;");
        if (!p.topics().isEmpty()) {
            out.line("String[] topics = {" + p.topics().stream().map(Literals::java).collect(Collectors.joining(", ")) + "};");
        }
        pacedLoop(unit, p.count(), p.rate(), "running");
        if (!p.topics().isEmpty()) {
            out.line("String topic = topics[(int) ((n - 1) % topics.length)];");
        }
        out.line("ZMsg message = new ZMsg();");
        String payload = expression(parts, !p.topics().isEmpty(), "n");
        if (p.topics().isEmpty()) {
            if (p.parts() > 1) {
                out.line("for (int part = 0; part < " + p.parts() + "; part++) {");
                out.line("    message.add(" + payload + ");");
                out.line("}");
            } else {
                out.line("message.add(" + payload + ");");
            }
        } else {
            out.line("message.add(topic + " + payload + "); // the topic starts the message: subscribers filter on it");
            if (p.parts() > 1) {
                out.line("for (int part = 1; part < " + p.parts() + "; part++) {");
                out.line("    message.add(" + payload + ");");
                out.line("}");
            }
        }
        if (p.size() > 0) {
            out.line("pad(message, " + p.size() + ");");
        }
        out.line("if (!send(message, " + s + ")) {");
        out.line("    break;");
        out.line("}");
        out.line("sent++;");
        out.close("}");
        finishSender(unit);
        out.line(s + ".close();");
        out.line("report(" + Literals.java(unit.primary().id()) + ", sent, 0);");
    }

    /** A bounded sender says it is done, then keeps its socket open: a close would drop what it still queues. */
    private void finishSender(ProgramPlan.Unit unit) {
        if (plan.endsByItself() && unit.count() > 0) {
            out.line("sendersLeft.countDown();");
        }
        out.line("ended.await(); // keeps the socket open to the end: closing it would drop what it still queues");
    }

    private void request(ProgramPlan.Unit unit, Behavior.Request r) {
        ProgramPlan.Socket socket = unit.primary();
        String s = name(socket);
        out.line("long sent = 0;");
        out.line("long received = 0;");
        out.line("boolean gaveUp = false;");
        pacedLoop(unit, r.count(), r.rate(), "running && !gaveUp");
        out.line("String request = " + expression(TemplateParts.of(r.payload(), socket.id()), false, "n") + ";");
        out.open("for (int retriesLeft = " + r.retries() + "; running; retriesLeft--) {");
        out.line("ZMsg message = new ZMsg();");
        if (socket.type() == SocketType.DEALER) {
            out.line("message.add(\"\"); // the empty delimiter a REQ would add: a REP or a ROUTER's peer expects it");
        }
        out.line("message.add(request);");
        out.line("if (!send(message, " + s + ")) {");
        out.line("    break;");
        out.line("}");
        out.line("sent++;");
        out.open("if (receive(" + s + ", " + r.timeoutMillis() + ") != null) {");
        out.line("received++;");
        if (plan.endsByItself()) {
            out.line("moved();");
        }
        out.line("break;");
        out.close("}");
        out.line("if (!running) {");
        out.line("    break;");
        out.line("}");
        out.open("if (retriesLeft == 0) {");
        out.line("System.err.println(" + Literals.java(socket.id() + ": no reply to request ") + " + n + "
                + Literals.java(" after " + r.retries() + " retries; giving up") + ");");
        out.line("gaveUp = true;");
        out.line("break;");
        out.close("}");
        out.line("// No reply in time: the " + socket.type() + " socket may wait for it for ever, so close it, open a fresh one and resend.");
        out.line(s + ".close();");
        openSocket(socket, "");
        bind(socket);
        for (ProgramPlan.Connection c : socket.connections()) {
            if (!c.late()) {
                String endpoint = c.endpoint() != null ? Literals.java(c.endpoint())
                        : "endpointOf(" + Literals.java(c.binder().id()) + ")";
                out.line(s + ".connect(" + endpoint + ");");
            }
        }
        if (socket.connections().stream().anyMatch(ProgramPlan.Connection::late)) {
            out.line(laterName(socket) + " = new ArrayList<>(List.of("
                    + socket.connections().stream().filter(ProgramPlan.Connection::late)
                    .map(c -> Literals.java(c.binder().id())).collect(Collectors.joining(", ")) + "));");
            out.line("connectWhenBound(" + s + ", " + laterName(socket) + ");");
        }
        out.close("}");
        out.close("}");
        finishSender(unit);
        out.line(s + ".close();");
        out.line("report(" + Literals.java(socket.id()) + ", sent, received);");
    }

    private void reply(ProgramPlan.Unit unit, Behavior.Reply r) {
        ProgramPlan.Socket socket = unit.primary();
        String s = name(socket);
        boolean rep = socket.type() == SocketType.REP;
        List<TemplateParts.Part> parts = TemplateParts.of(r.payload(), socket.id());
        out.line("long received = 0;");
        out.line("long sent = 0;");
        out.open("while (running) {");
        connectLate(unit);
        out.line("ZMsg message = ZMsg.recvMsg(" + s + "); // waits POLL_MS at most, so the loop sees the end");
        out.line("if (message == null) {");
        out.line("    continue;");
        out.line("}");
        out.line("received++;");
        moved();
        work(r.workMillis());
        if (parts.stream().anyMatch(p -> p.field() == PayloadField.REQUEST)) {
            out.line("String request = payloadOf(message, " + (socket.type() == SocketType.ROUTER) + ");");
        }
        if (rep) {
            out.line("ZMsg reply = new ZMsg(); // a REP keeps the envelope itself");
        } else {
            out.line("ZMsg reply = envelopeOf(message, " + (socket.type() == SocketType.ROUTER)
                    + "); // the frames that say who asked, so that the reply finds its way back");
        }
        out.line("reply.add(" + expression(parts, false, "(sent + 1)") + ");");
        out.line("if (send(reply, " + s + ")) {");
        out.line("    sent++;");
        out.line("}");
        out.close("}");
        out.line(s + ".close();");
        out.line("report(" + Literals.java(socket.id()) + ", sent, received);");
    }

    private void consume(ProgramPlan.Unit unit, Behavior.Consume c) {
        String s = name(unit.primary());
        out.line("long received = 0;");
        out.open("while (running) {");
        connectLate(unit);
        out.line("ZMsg message = ZMsg.recvMsg(" + s + "); // waits POLL_MS at most, so the loop sees the end");
        out.line("if (message == null) {");
        out.line("    continue;");
        out.line("}");
        out.line("received++;");
        moved();
        work(c.workMillis());
        out.close("}");
        out.line(s + ".close();");
        out.line("report(" + Literals.java(unit.primary().id()) + ", 0, received);");
    }

    private void relay(ProgramPlan.Unit unit, Behavior.Relay r) {
        String in = name(unit.primary());
        String to = name(unit.driven());
        out.line("long received = 0;");
        out.line("long sent = 0;");
        out.open("while (running) {");
        connectLate(unit);
        out.line("ZMsg message = ZMsg.recvMsg(" + in + "); // waits POLL_MS at most, so the loop sees the end");
        out.line("if (message == null) {");
        out.line("    continue;");
        out.line("}");
        out.line("received++;");
        moved();
        work(r.workMillis());
        out.line("if (send(message, " + to + ")) { // whole: every frame, the envelope too");
        out.line("    sent++;");
        out.line("}");
        out.close("}");
        out.line(in + ".close();");
        out.line(to + ".close();");
        out.line("report(" + Literals.java(unit.primary().id()) + ", 0, received);");
        out.line("report(" + Literals.java(unit.driven().id()) + ", sent, 0);");
    }

    private void proxy(ProgramPlan.Unit unit) {
        ProgramPlan.Socket[] side = {unit.primary(), unit.driven()};
        for (ProgramPlan.Socket s : side) {
            if (unit.countsReceived(s)) {
                out.line("long " + name(s) + "Received = 0;");
            }
        }
        for (ProgramPlan.Socket s : side) {
            if (unit.countsSent(s)) {
                out.line("long " + name(s) + "Sent = 0;");
            }
        }
        out.line("ZMQ.Poller poller = context.createPoller(2);");
        out.line("poller.register(" + name(side[0]) + ", ZMQ.Poller.POLLIN);");
        out.line("poller.register(" + name(side[1]) + ", ZMQ.Poller.POLLIN);");
        out.open("while (running) {");
        connectLate(unit);
        out.line("if (poller.poll(POLL_MS) <= 0) { // waits POLL_MS at most, so the loop sees the end");
        out.line("    continue;");
        out.line("}");
        for (int i = 0; i < 2; i++) {
            ProgramPlan.Socket from = side[i];
            ProgramPlan.Socket to = side[1 - i];
            out.open("if (poller.pollin(" + i + ")) {");
            if (from.type() == SocketType.XPUB) {
                out.line("// What an XPUB receives are its subscribers' subscriptions: they go upstream, uncounted.");
                out.line("send(ZMsg.recvMsg(" + name(from) + "), " + name(to) + ");");
            } else {
                out.line("ZMsg message = ZMsg.recvMsg(" + name(from) + ");");
                out.line(name(from) + "Received++;");
                moved();
                out.line("if (send(message, " + name(to) + ")) {");
                out.line("    " + name(to) + "Sent++;");
                out.line("}");
            }
            out.close("}");
        }
        out.close("}");
        out.line("poller.close();");
        for (ProgramPlan.Socket s : side) {
            out.line(name(s) + ".close();");
        }
        for (ProgramPlan.Socket s : side) {
            out.line("report(" + Literals.java(s.id()) + ", " + (unit.countsSent(s) ? name(s) + "Sent" : "0") + ", "
                    + (unit.countsReceived(s) ? name(s) + "Received" : "0") + ");");
        }
    }

    /** A count as Java writes it: {@code 300}, or {@code 5000000000L} past an int. */
    private static String longLiteral(long value) {
        return value > Integer.MAX_VALUE ? value + "L" : Long.toString(value);
    }

    private void moved() {
        if (plan.endsByItself()) {
            out.line("moved();");
        }
    }

    private void work(long millis) {
        if (millis > 0) {
            out.line("pause(" + millis + "); // " + millis + " ms of work per message");
        }
    }

    /**
     * A template as a Java expression of type String: literals, {@code topic}, {@code request} and
     * {@code number} for {@code {n}} ({@code n} in a sender, the reply's number in a reply).
     */
    private static String expression(List<TemplateParts.Part> parts, boolean hasTopic, String number) {
        List<String> terms = new ArrayList<>();
        for (TemplateParts.Part part : parts) {
            if (part.field() == null) {
                terms.add(Literals.java(part.text()));
            } else {
                switch (part.field()) {
                    case NUMBER -> terms.add(number);
                    case TOPIC -> terms.add(hasTopic ? "topic" : "\"\"");
                    case REQUEST -> terms.add("request");
                    default -> throw new IllegalStateException("folded into the text: " + part.field());
                }
            }
        }
        if (terms.size() == 1) {
            return terms.get(0).startsWith("\"") || terms.get(0).equals("request") ? terms.get(0)
                    : "String.valueOf(" + terms.get(0) + ")";
        }
        if (!terms.get(0).startsWith("\"") && !terms.get(1).startsWith("\"") && !terms.get(0).equals("request")) {
            terms.add(0, "\"\"");
        }
        return String.join(" + ", terms);
    }

    private String name(ProgramPlan.Socket socket) {
        return names.get(socket.id());
    }

    private void main() {
        out.open("public static void main(String[] args) throws InterruptedException {");
        out.line("long seconds = DEFAULT_SECONDS;");
        out.line("if (args.length == 2 && args[0].equals(\"--seconds\") && args[1].matches(\"[0-9]{1,9}\")) {");
        out.line("    seconds = Long.parseLong(args[1]);");
        out.line("} else if (args.length > 0) {");
        out.line("    System.err.println(\"usage: java -cp jeromq.jar " + className + ".java [--seconds N]\");");
        out.line("    System.exit(2);");
        out.line("}");
        out.line("List<Thread> threads = List.of(");
        for (int i = 0; i < plan.units().size(); i++) {
            ProgramPlan.Unit unit = plan.units().get(i);
            out.line("        thread(" + Literals.java(unit.primary().id()) + ", " + className + "::" + name(unit.primary()) + ")"
                    + (i < plan.units().size() - 1 ? "," : ");"));
        }
        if (plan.units().isEmpty()) {
            out.line(");");
        }
        out.line("threads.forEach(Thread::start);");
        out.line("connected.await();");
        out.line("Thread.sleep(SETTLE_MS); // over tcp a connection, and a subscription, takes a moment");
        out.line("start.countDown();");
        if (plan.endsByItself()) {
            out.line("awaitQuiet(seconds);");
        } else {
            out.line("Thread.sleep(seconds * 1000);");
        }
        out.line("running = false;");
        out.line("ended.countDown();");
        out.line("for (Thread thread : threads) {");
        out.line("    thread.join();");
        out.line("}");
        out.line("for (String node : new String[] {" + plan.nodes().stream().map(n -> Literals.java(n.id()))
                .collect(Collectors.joining(", ")) + "}) {");
        out.line("    long[] counts = totals.getOrDefault(node, new long[2]);");
        out.line("    System.out.println(node + \" sent \" + counts[0] + \" received \" + counts[1]);");
        out.line("}");
        out.line("context.close();");
        out.close("}");
    }

    private void helpers() {
        boolean shares = plan.units().stream().flatMap(u -> u.sockets().stream()).anyMatch(ProgramPlan.Socket::shares);
        List<ProgramPlan.Connection> connections = plan.units().stream().flatMap(u -> u.sockets().stream())
                .flatMap(s -> s.connections().stream()).toList();
        List<Behavior> behaviors = plan.units().stream().map(ProgramPlan.Unit::behavior).toList();
        out.blank();
        out.block("""
                /** Runs a thread's body; a failure ends the whole program with the reason. */
                static Thread thread(String node, Body body) {
                    return new Thread(() -> {
                        try {
                            body.run();
                        } catch (Exception e) {
                            System.err.println(node + " failed: " + e);
                            System.exit(1);
                        }
                    }, node);
                }

                interface Body {
                    void run() throws Exception;
                }

                /** A new socket that closes at once (linger 0) and waits at most POLL_MS in a send or a receive. */
                static ZMQ.Socket open(SocketType type) {
                    ZMQ.Socket socket = context.createSocket(type);
                    socket.setLinger(0);
                    socket.setReceiveTimeOut(POLL_MS);
                    socket.setSendTimeOut(POLL_MS);
                    return socket;
                }

                /** Counts this thread's binds as done and waits for everyone's: connect only to endpoints that exist. */
                static void everyoneBound() throws InterruptedException {
                    bound.countDown();
                    bound.await();
                }

                /** Sends the message whole, waiting while the socket takes no more (a full queue); false if the program ends first. */
                static boolean send(ZMsg message, ZMQ.Socket socket) {
                    while (running) {
                        if (message.send(socket, false)) {
                            return true;
                        }
                    }
                    return false;
                }

                static void report(String node, long sent, long received) {
                    totals.put(node, new long[] {sent, received});
                }
                """);
        if (shares) {
            out.blank();
            out.block("""
                    /** Binds, and tells the connectors where: the port the system chose for a *, or the endpoint of a late start. */
                    static void bindAndShare(ZMQ.Socket socket, String node, String endpoint) {
                        socket.bind(endpoint);
                        boundEndpoints.put(node, endpoint.startsWith("tcp://") ? socket.getLastEndpoint() : endpoint);
                    }
                    """);
        }
        if (connections.stream().anyMatch(c -> c.endpoint() == null && !c.late())) {
            out.blank();
            out.block("""
                    /** The endpoint the node bound (it has bound: everyone binds before anyone connects). */
                    static String endpointOf(String node) {
                        return boundEndpoints.get(node);
                    }
                    """);
        }
        if (connections.stream().anyMatch(ProgramPlan.Connection::late)) {
            out.blank();
            out.block("""
                    /** Connects to those of the nodes that have bound by now, and forgets them. */
                    static void connectWhenBound(ZMQ.Socket socket, List<String> nodes) {
                        nodes.removeIf(node -> {
                            String endpoint = boundEndpoints.get(node);
                            if (endpoint != null) {
                                socket.connect(endpoint);
                            }
                            return endpoint != null;
                        });
                    }
                    """);
        }
        if (plan.endsByItself()) {
            out.blank();
            out.block("""
                    static void moved() {
                        lastMove = System.nanoTime();
                    }

                    /** Waits until every sender with a count is done and nothing has arrived for QUIET_MS, or for seconds. */
                    static void awaitQuiet(long seconds) throws InterruptedException {
                        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                        while (System.nanoTime() - deadline < 0) {
                            if (sendersLeft.getCount() == 0 && System.nanoTime() - lastMove > QUIET_MS * 1_000_000) {
                                return;
                            }
                            Thread.sleep(20);
                        }
                    }
                    """);
        }
        if (behaviors.stream().anyMatch(b -> b instanceof Behavior.Produce p && p.rate() > 0
                || b instanceof Behavior.Request r && r.rate() > 0)) {
            out.blank();
            out.block("""
                    /** Waits until message k (from 0) is due, at rate a second from begin: an even pace that never drifts. */
                    static void pace(long begin, long k, double rate) throws InterruptedException {
                        long due = begin + (long) (k * 1e9 / rate);
                        long wait;
                        while (running && (wait = due - System.nanoTime()) > 0) {
                            Thread.sleep(Math.min(wait / 1_000_000 + 1, POLL_MS));
                        }
                    }
                    """);
        }
        if (plan.units().stream().anyMatch(u -> u.delayed() || works(u.behavior()))) {
            out.blank();
            out.block("""
                    /** Sleeps for millis, in short slices so that the program can end meanwhile. */
                    static void pause(long millis) throws InterruptedException {
                        long until = System.nanoTime() + millis * 1_000_000;
                        long left;
                        while (running && (left = until - System.nanoTime()) > 0) {
                            Thread.sleep(Math.min(left / 1_000_000 + 1, POLL_MS));
                        }
                    }
                    """);
        }
        if (behaviors.stream().anyMatch(b -> b instanceof Behavior.Request)) {
            out.blank();
            out.block("""
                    /** The next message, or null when none came within timeoutMs (or the program ends). */
                    static ZMsg receive(ZMQ.Socket socket, long timeoutMs) {
                        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
                        long left;
                        while (running && (left = (deadline - System.nanoTime()) / 1_000_000) > 0) {
                            socket.setReceiveTimeOut((int) Math.min(left, POLL_MS));
                            ZMsg message = ZMsg.recvMsg(socket);
                            if (message != null) {
                                return message;
                            }
                        }
                        return null;
                    }
                    """);
        }
        if (behaviors.stream().anyMatch(b -> b instanceof Behavior.Reply)) {
            out.blank();
            out.block("""
                    /** Where the payload starts: after the last empty delimiter, else after a ROUTER's identity frame. */
                    static int payloadStart(ZMsg message, boolean router) {
                        List<ZFrame> frames = new ArrayList<>(message);
                        for (int i = frames.size() - 2; i >= 0; i--) {
                            if (frames.get(i).size() == 0) {
                                return i + 1;
                            }
                        }
                        return router && frames.size() > 1 ? 1 : 0;
                    }

                    /** A new message holding the request's envelope: the frames that route the reply back. */
                    static ZMsg envelopeOf(ZMsg request, boolean router) {
                        ZMsg envelope = new ZMsg();
                        request.stream().limit(payloadStart(request, router)).forEach(f -> envelope.add(f.duplicate()));
                        return envelope;
                    }

                    /** The request's first payload frame as text. */
                    static String payloadOf(ZMsg request, boolean router) {
                        return new ArrayList<>(request).get(payloadStart(request, router)).getString(ZMQ.CHARSET);
                    }
                    """);
        }
        if (behaviors.stream().anyMatch(b -> b instanceof Behavior.Produce p && p.size() > 0)) {
            out.blank();
            out.block("""
                    /** Fills the last frame up with dots until the whole message has at least size bytes. */
                    static void pad(ZMsg message, int size) {
                        long bytes = message.stream().mapToLong(ZFrame::size).sum();
                        if (bytes < size) {
                            byte[] last = message.removeLast().getData();
                            byte[] padded = Arrays.copyOf(last, last.length + (int) (size - bytes));
                            Arrays.fill(padded, last.length, padded.length, (byte) '.');
                            message.add(padded);
                        }
                    }
                    """);
        }
        if (plan.units().stream().flatMap(u -> u.sockets().stream())
                .anyMatch(s -> s.type() == SocketType.XSUB && !s.subscriptions().isEmpty())) {
            out.blank();
            out.block("""
                    /** The message by which an XSUB subscribes to a prefix: byte 1, then the prefix. */
                    static byte[] subscription(String prefix) {
                        byte[] topic = prefix.getBytes(ZMQ.CHARSET);
                        byte[] message = new byte[topic.length + 1];
                        message[0] = 1;
                        System.arraycopy(topic, 0, message, 1, topic.length);
                        return message;
                    }
                    """);
        }
    }

    private static boolean works(Behavior b) {
        return b instanceof Behavior.Reply r && r.workMillis() > 0 || b instanceof Behavior.Consume c && c.workMillis() > 0
                || b instanceof Behavior.Relay r2 && r2.workMillis() > 0;
    }
}
