package org.zmqstudio.persistence;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A behaviour object in the file: {@code "kind"} picks the record, and each record holds only that
 * kind's fields, so a field of another kind is refused as unknown. Every field is {@code null} when
 * absent (its default applies). The type names are {@link org.zmqstudio.model.BehaviorKind#fileName()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = BehaviorDto.KIND)
@JsonSubTypes({
        @JsonSubTypes.Type(value = BehaviorDto.ProduceDto.class, name = "produce"),
        @JsonSubTypes.Type(value = BehaviorDto.RequestDto.class, name = "request"),
        @JsonSubTypes.Type(value = BehaviorDto.ReplyDto.class, name = "reply"),
        @JsonSubTypes.Type(value = BehaviorDto.ConsumeDto.class, name = "consume"),
        @JsonSubTypes.Type(value = BehaviorDto.RelayDto.class, name = "relay"),
        @JsonSubTypes.Type(value = BehaviorDto.ProxyDto.class, name = "proxy"),
        @JsonSubTypes.Type(value = BehaviorDto.ExternalDto.class, name = "external")
})
sealed interface BehaviorDto {

    String KIND = "kind";

    @JsonPropertyOrder({"count", "rate", "payload", "size", "parts", "topics"})
    record ProduceDto(Long count, Double rate, String payload, Integer size, Integer parts, List<String> topics)
            implements BehaviorDto {
    }

    @JsonPropertyOrder({"count", "rate", "payload", "timeoutMillis", "retries"})
    record RequestDto(Long count, Double rate, String payload, Long timeoutMillis, Integer retries)
            implements BehaviorDto {
    }

    @JsonPropertyOrder({"payload", "workMillis"})
    record ReplyDto(String payload, Long workMillis) implements BehaviorDto {
    }

    @JsonPropertyOrder({"subscribe", "workMillis"})
    record ConsumeDto(List<String> subscribe, Long workMillis) implements BehaviorDto {
    }

    @JsonPropertyOrder({"to", "workMillis"})
    record RelayDto(String to, Long workMillis) implements BehaviorDto {
    }

    record ProxyDto(String peer) implements BehaviorDto {
    }

    /** {@code { "kind": "external" }}: no fields of its own. */
    record ExternalDto() implements BehaviorDto {
    }
}
