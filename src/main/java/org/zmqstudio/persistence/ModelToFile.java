package org.zmqstudio.persistence;

import java.util.Objects;
import org.zmqstudio.model.Behavior;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.SocketOptions;
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
 * Model → file DTOs. Every field equal to its default becomes {@code null} (omitted), so that files
 * stay small and a small edit makes a small diff; a behaviour that is present stays present, even
 * when all its fields are defaults.
 */
final class ModelToFile {

    private ModelToFile() {
    }

    static TopologyDto toDto(Topology topology) {
        return new TopologyDto(TopologyDto.FORMAT, TopologyDto.VERSION, topology.name(),
                unlessDefault(topology.description(), ""),
                topology.nodes().stream().map(ModelToFile::node).toList(),
                topology.links().stream().map(ModelToFile::link).toList(),
                topology.tour().isEmpty() ? null : topology.tour().stream().map(ModelToFile::tourStep).toList());
    }

    private static TourStepDto tourStep(TourStep step) {
        return new TourStepDto(step.say(), step.focus().isEmpty() ? null : step.focus(),
                step.action().equals(TourAction.NONE) ? null : step.action().fileText());
    }

    private static NodeDto node(Node node) {
        return new NodeDto(node.id(), node.socket().name(), node.label(), node.x(), node.y(), node.endpoint(),
                node.options().isEmpty() ? null : options(node.options()),
                unlessDefault(node.startAfterMillis(), 0L),
                node.behavior() == null ? null : behavior(node.behavior()));
    }

    private static OptionsDto options(SocketOptions options) {
        return new OptionsDto(options.sndhwm(), options.rcvhwm(), options.linger(), options.identity(),
                options.maxMsgSize());
    }

    private static LinkDto link(Link link) {
        return new LinkDto(link.hasDefaultId() ? null : link.id(), link.connect(), link.bind());
    }

    private static BehaviorDto behavior(Behavior behavior) {
        if (behavior instanceof Behavior.Produce p) {
            Behavior.Produce d = Behavior.Produce.DEFAULT;
            return new ProduceDto(unlessDefault(p.count(), d.count()), unlessDefault(p.rate(), d.rate()),
                    unlessDefault(p.payload(), d.payload()), unlessDefault(p.size(), d.size()),
                    unlessDefault(p.parts(), d.parts()), unlessDefault(p.topics(), d.topics()));
        }
        if (behavior instanceof Behavior.Request r) {
            Behavior.Request d = Behavior.Request.DEFAULT;
            return new RequestDto(unlessDefault(r.count(), d.count()), unlessDefault(r.rate(), d.rate()),
                    unlessDefault(r.payload(), d.payload()), unlessDefault(r.timeoutMillis(), d.timeoutMillis()),
                    unlessDefault(r.retries(), d.retries()));
        }
        if (behavior instanceof Behavior.Reply r) {
            Behavior.Reply d = Behavior.Reply.DEFAULT;
            return new ReplyDto(unlessDefault(r.payload(), d.payload()), unlessDefault(r.workMillis(), d.workMillis()));
        }
        if (behavior instanceof Behavior.Consume c) {
            Behavior.Consume d = Behavior.Consume.DEFAULT;
            return new ConsumeDto(unlessDefault(c.subscribe(), d.subscribe()),
                    unlessDefault(c.workMillis(), d.workMillis()));
        }
        if (behavior instanceof Behavior.Relay r) {
            return new RelayDto(r.to(), unlessDefault(r.workMillis(), 0L));
        }
        if (behavior instanceof Behavior.External) {
            return new BehaviorDto.ExternalDto();
        }
        return new ProxyDto(((Behavior.Proxy) behavior).peer());
    }

    /** {@code value}, or {@code null} (omitted from the file) when it equals the default. */
    private static <T> T unlessDefault(T value, T defaultValue) {
        return Objects.equals(value, defaultValue) ? null : value;
    }
}
