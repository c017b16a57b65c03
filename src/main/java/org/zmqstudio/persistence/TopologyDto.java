package org.zmqstudio.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The topology file as Jackson sees it (DESIGN.md §2): every field boxed, {@code null} when absent.
 * Fields are written in the {@code @JsonPropertyOrder} given, {@code null} ones omitted.
 * {@link FileToModel} and {@link ModelToFile} translate to and from the model.
 */
@JsonPropertyOrder({"format", "version", "name", "description", "nodes", "links", "tour"})
record TopologyDto(String format, Integer version, String name, String description,
                   List<NodeDto> nodes, List<LinkDto> links, List<TourStepDto> tour) {

    static final String FORMAT = "zmq-studio/topology";
    static final int VERSION = 1;

    @JsonPropertyOrder({"id", "socket", "label", "x", "y", "endpoint", "options", "startAfterMillis", "behavior"})
    record NodeDto(String id, String socket, String label, Double x, Double y, String endpoint,
                   OptionsDto options, Long startAfterMillis, BehaviorDto behavior) {
    }

    @JsonPropertyOrder({"sndhwm", "rcvhwm", "linger", "identity", "maxMsgSize"})
    record OptionsDto(Integer sndhwm, Integer rcvhwm, Integer linger, String identity, Long maxMsgSize) {
    }

    @JsonPropertyOrder({"id", "connect", "bind"})
    record LinkDto(String id, String connect, String bind) {
    }

    /** A tour step; {@code action} is the file's {@code "do"} (a Java keyword). */
    @JsonPropertyOrder({"say", "focus", "do"})
    record TourStepDto(String say, List<String> focus, @JsonProperty("do") String action) {
    }
}
