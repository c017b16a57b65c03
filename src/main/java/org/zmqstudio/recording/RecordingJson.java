package org.zmqstudio.recording;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The recording format's names and its JSON mapping: one JSON object per line, records written
 * field by field (their components, nothing derived), unknown fields ignored on reading so that a
 * later version 1 writer may add some (docs/recording-format.md).
 */
final class RecordingJson {

    static final String FORMAT = "zmq-studio/recording";
    static final int VERSION = 1;
    /** The largest recording read back, bytes: the writer's budget plus room for the last snapshot. */
    static final long MAX_FILE_BYTES = 128L * 1024 * 1024;

    static final ObjectMapper MAPPER = createMapper();

    private RecordingJson() {
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.CREATOR, Visibility.ANY);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) MAX_FILE_BYTES).maxNestingDepth(64).build());
        return mapper;
    }

    /** The first line: what the file is, and the topology that ran (as its topology file holds it). */
    record Header(String format, int version, String recordedAt, long originNanos, JsonNode topology) {
    }

    /** The last line: how the recording ended, so that a reader tells a whole file from a cut one. */
    record End(long atMillis, long snapshots, long events, long eventsLeftOut) {
    }

    /** The last line as written: {@code {"end": {...}}}. */
    record EndLine(End end) {
    }
}
