package org.zmqstudio.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Behavior.Consume;
import org.zmqstudio.model.Behavior.Produce;
import org.zmqstudio.model.Behavior.Relay;
import org.zmqstudio.model.Behavior.Reply;
import org.zmqstudio.model.Behavior.Request;
import org.zmqstudio.model.SocketType;

/**
 * The text fields of each behaviour kind (DESIGN.md §3): how each reads its value from a behaviour
 * and writes a text back into a copy. The node-choosing fields ({@code to}, {@code peer}) are not
 * text fields and are not listed.
 *
 * @param name   the field's name in the file, e.g. {@code rate}
 * @param prompt what an empty field means (the default)
 */
record BehaviorFields(String name, String caption, String prompt, Function<Behavior, String> read,
                      BiFunction<Behavior, String, Behavior> write) {

    /** The text fields of {@code behavior}'s kind that apply to {@code socket}. */
    static List<BehaviorFields> of(Behavior behavior, SocketType socket) {
        List<BehaviorFields> fields = new ArrayList<>();
        if (behavior instanceof Produce) {
            Produce d = Produce.DEFAULT;
            fields.add(produce("count", "Count", "0 (no limit)", p -> p.count(), d.count(),
                    (p, t) -> new Produce(Values.longOr(t, d.count()), p.rate(), p.payload(), p.size(), p.parts(), p.topics())));
            fields.add(produce("rate", "Rate (msg/s)", "10 (0 = as fast as possible)", p -> p.rate(), d.rate(),
                    (p, t) -> new Produce(p.count(), Values.decimalOr(t, d.rate()), p.payload(), p.size(), p.parts(), p.topics())));
            fields.add(produce("payload", "Payload", d.payload() + "   ({n} {node} {topic})", p -> p.payload(), d.payload(),
                    (p, t) -> new Produce(p.count(), p.rate(), Values.textOr(t, d.payload()), p.size(), p.parts(), p.topics())));
            fields.add(produce("size", "Size (bytes)", "0 (no padding)", p -> p.size(), d.size(),
                    (p, t) -> new Produce(p.count(), p.rate(), p.payload(), Values.intOr(t, d.size()), p.parts(), p.topics())));
            fields.add(produce("parts", "Frames", "1", p -> p.parts(), d.parts(),
                    (p, t) -> new Produce(p.count(), p.rate(), p.payload(), p.size(), Values.intOr(t, d.parts()), p.topics())));
            if (socket == SocketType.PUB || socket == SocketType.XPUB) {
                fields.add(new BehaviorFields("topics", "Topics", "none (comma-separated, cycled)",
                        b -> Values.list(((Produce) b).topics()),
                        (b, t) -> {
                            Produce p = (Produce) b;
                            return new Produce(p.count(), p.rate(), p.payload(), p.size(), p.parts(), Values.list(t));
                        }));
            }
        } else if (behavior instanceof Request) {
            Request d = Request.DEFAULT;
            fields.add(request("count", "Count", "0 (no limit)", r -> r.count(), d.count(),
                    (r, t) -> new Request(Values.longOr(t, d.count()), r.rate(), r.payload(), r.timeoutMillis(), r.retries())));
            fields.add(request("rate", "Rate (req/s)", "1 (0 = as fast as possible)", r -> r.rate(), d.rate(),
                    (r, t) -> new Request(r.count(), Values.decimalOr(t, d.rate()), r.payload(), r.timeoutMillis(), r.retries())));
            fields.add(request("payload", "Payload", d.payload(), r -> r.payload(), d.payload(),
                    (r, t) -> new Request(r.count(), r.rate(), Values.textOr(t, d.payload()), r.timeoutMillis(), r.retries())));
            fields.add(request("timeoutMillis", "Timeout (ms)", "2500", r -> r.timeoutMillis(), d.timeoutMillis(),
                    (r, t) -> new Request(r.count(), r.rate(), r.payload(), Values.longOr(t, d.timeoutMillis()), r.retries())));
            fields.add(request("retries", "Retries", "3", r -> r.retries(), d.retries(),
                    (r, t) -> new Request(r.count(), r.rate(), r.payload(), r.timeoutMillis(), Values.intOr(t, d.retries()))));
        } else if (behavior instanceof Reply) {
            Reply d = Reply.DEFAULT;
            fields.add(new BehaviorFields("payload", "Payload", d.payload() + " (echo)",
                    b -> Values.unlessDefault(((Reply) b).payload(), d.payload()),
                    (b, t) -> new Reply(Values.textOr(t, d.payload()), ((Reply) b).workMillis())));
            fields.add(workMillis(b -> ((Reply) b).workMillis(), (b, w) -> new Reply(((Reply) b).payload(), w)));
        } else if (behavior instanceof Consume) {
            if (socket.subscribes()) {
                fields.add(new BehaviorFields("subscribe", "Subscribe", "everything (comma-separated prefixes)",
                        b -> ((Consume) b).subscribe().equals(Consume.DEFAULT.subscribe()) ? "" : Values.list(((Consume) b).subscribe()),
                        (b, t) -> new Consume(t.isEmpty() ? Consume.DEFAULT.subscribe() : Values.list(t), ((Consume) b).workMillis())));
            }
            fields.add(workMillis(b -> ((Consume) b).workMillis(), (b, w) -> new Consume(((Consume) b).subscribe(), w)));
        } else if (behavior instanceof Relay) {
            fields.add(workMillis(b -> ((Relay) b).workMillis(), (b, w) -> new Relay(((Relay) b).to(), w)));
        }
        return fields;
    }

    private static BehaviorFields produce(String name, String caption, String prompt, Function<Produce, Object> get,
                                          Object fallback, BiFunction<Produce, String, Produce> set) {
        return new BehaviorFields(name, caption, prompt, b -> Values.unlessDefault(get.apply((Produce) b), fallback),
                (b, t) -> set.apply((Produce) b, t));
    }

    private static BehaviorFields request(String name, String caption, String prompt, Function<Request, Object> get,
                                          Object fallback, BiFunction<Request, String, Request> set) {
        return new BehaviorFields(name, caption, prompt, b -> Values.unlessDefault(get.apply((Request) b), fallback),
                (b, t) -> set.apply((Request) b, t));
    }

    private static BehaviorFields workMillis(Function<Behavior, Long> get, BiFunction<Behavior, Long, Behavior> set) {
        return new BehaviorFields("workMillis", "Work (ms)", "0 (no pause per message)",
                b -> Values.unlessDefault(get.apply(b), 0L), (b, t) -> set.apply(b, Values.longOr(t, 0)));
    }
}
