package org.zmqstudio.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.TourAction;
import org.zmqstudio.model.TourStep;
import org.zmqstudio.persistence.BehaviorDto.ConsumeDto;
import org.zmqstudio.persistence.BehaviorDto.ProduceDto;
import org.zmqstudio.persistence.BehaviorDto.ProxyDto;
import org.zmqstudio.persistence.BehaviorDto.RelayDto;
import org.zmqstudio.persistence.BehaviorDto.ReplyDto;
import org.zmqstudio.persistence.BehaviorDto.RequestDto;
import org.zmqstudio.persistence.TopologyDto.LinkDto;
import org.zmqstudio.persistence.TopologyDto.NodeDto;
import org.zmqstudio.persistence.TopologyDto.OptionsDto;
import org.zmqstudio.persistence.TopologyDto.TourStepDto;

/**
 * File DTOs → model: absent fields take their defaults. Refuses only what the model cannot hold (a
 * node without id or socket type, a link without ends, {@code null} list items); everything else
 * the model can hold is left to the validator, which explains it better.
 */
final class FileToModel {

    private FileToModel() {
    }

    static Topology toModel(TopologyDto dto) throws TopologyFileException {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < size(dto.nodes()); i++) {
            nodes.add(node(dto.nodes().get(i), i));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < size(dto.links()); i++) {
            links.add(link(dto.links().get(i), i));
        }
        List<TourStep> tour = new ArrayList<>();
        for (int i = 0; i < size(dto.tour()); i++) {
            tour.add(tourStep(dto.tour().get(i), i));
        }
        return new Topology(dto.name(), dto.description(), nodes, links, tour);
    }

    /** A step; its {@code "do"} must be one of {@link TourAction#FORMS} (the ids it names are the validator's). */
    private static TourStep tourStep(TourStepDto dto, int index) throws TopologyFileException {
        String where = "tour step " + (index + 1);
        if (dto == null) {
            throw new TopologyFileException(where + " is null; write { \"say\": \"…\" }");
        }
        TourAction action = TourAction.NONE;
        if (dto.action() != null) {
            action = TourAction.parse(dto.action()).orElseThrow(() -> new TopologyFileException("unknown action '"
                    + dto.action() + "' in " + where + ClosestName.didYouMean(dto.action(), TourAction.FORMS)
                    .orElse("; use one of " + String.join(", ", TourAction.FORMS))));
        }
        return new TourStep(dto.say(), strings(dto.focus(), List.of(), "focus", where), action);
    }

    private static Node node(NodeDto dto, int index) throws TopologyFileException {
        if (dto == null || dto.id() == null) {
            throw new TopologyFileException("node #" + (index + 1) + " has no 'id'");
        }
        String where = "node '" + dto.id() + "'";
        return new Node(dto.id(), socket(dto.socket(), where), dto.label(), orDefault(dto.x(), 0.0),
                orDefault(dto.y(), 0.0), dto.endpoint(), options(dto.options()),
                orDefault(dto.startAfterMillis(), 0L), behavior(dto.behavior(), where));
    }

    private static SocketType socket(String name, String where) throws TopologyFileException {
        List<String> known = Arrays.stream(SocketType.values()).map(SocketType::name).toList();
        if (name == null) {
            throw new TopologyFileException(where + " has no 'socket'; use one of " + String.join(", ", known));
        }
        if (!known.contains(name)) {
            throw new TopologyFileException("unknown socket type '" + name + "' in " + where
                    + ClosestName.didYouMean(name, known).orElse("; use one of " + String.join(", ", known)));
        }
        return SocketType.valueOf(name);
    }

    private static SocketOptions options(OptionsDto dto) {
        return dto == null ? SocketOptions.NONE
                : new SocketOptions(dto.sndhwm(), dto.rcvhwm(), dto.linger(), dto.identity(), dto.maxMsgSize());
    }

    private static Link link(LinkDto dto, int index) throws TopologyFileException {
        String where = "link #" + (index + 1);
        if (dto == null || dto.connect() == null) {
            throw new TopologyFileException(where + " has no 'connect'");
        }
        if (dto.bind() == null) {
            throw new TopologyFileException(where + " has no 'bind'");
        }
        return new Link(dto.id(), dto.connect(), dto.bind());
    }

    private static Behavior behavior(BehaviorDto dto, String where) throws TopologyFileException {
        if (dto instanceof ProduceDto p) {
            Behavior.Produce d = Behavior.Produce.DEFAULT;
            return new Behavior.Produce(orDefault(p.count(), d.count()), orDefault(p.rate(), d.rate()),
                    orDefault(p.payload(), d.payload()), orDefault(p.size(), d.size()),
                    orDefault(p.parts(), d.parts()), strings(p.topics(), d.topics(), "topics", where));
        }
        if (dto instanceof RequestDto r) {
            Behavior.Request d = Behavior.Request.DEFAULT;
            return new Behavior.Request(orDefault(r.count(), d.count()), orDefault(r.rate(), d.rate()),
                    orDefault(r.payload(), d.payload()), orDefault(r.timeoutMillis(), d.timeoutMillis()),
                    orDefault(r.retries(), d.retries()));
        }
        if (dto instanceof ReplyDto r) {
            Behavior.Reply d = Behavior.Reply.DEFAULT;
            return new Behavior.Reply(orDefault(r.payload(), d.payload()), orDefault(r.workMillis(), d.workMillis()));
        }
        if (dto instanceof ConsumeDto c) {
            Behavior.Consume d = Behavior.Consume.DEFAULT;
            return new Behavior.Consume(strings(c.subscribe(), d.subscribe(), "subscribe", where),
                    orDefault(c.workMillis(), d.workMillis()));
        }
        if (dto instanceof RelayDto r) {
            return new Behavior.Relay(r.to(), orDefault(r.workMillis(), 0L));
        }
        if (dto instanceof ProxyDto p) {
            return new Behavior.Proxy(p.peer());
        }
        if (dto instanceof BehaviorDto.ExternalDto) {
            return Behavior.External.INSTANCE;
        }
        return null;
    }

    private static List<String> strings(List<String> value, List<String> defaultValue, String field, String where)
            throws TopologyFileException {
        if (value == null) {
            return defaultValue;
        }
        if (value.contains(null)) {
            throw new TopologyFileException("'" + field + "' in " + where + " holds a null; use text such as \"\"");
        }
        return value;
    }

    private static <T> T orDefault(T value, T defaultValue) {
        return value == null ? defaultValue : value;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
