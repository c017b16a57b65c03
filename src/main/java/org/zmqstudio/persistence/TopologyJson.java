package org.zmqstudio.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The one configured Jackson mapper for topology files: strict (unknown fields, duplicate keys,
 * trailing content, type coercions are errors) and bounded (nesting, string length, document size).
 * Writing is canonical: fixed field order, two-space indent, {@code "key": value}, {@code \n} line
 * ends, {@code null}s omitted, integral numbers without a fraction. Thread-safe.
 */
final class TopologyJson {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_NESTING = 64;
    static final int MAX_STRING_CHARS = 64 * 1024;
    static final int MAX_NODES = 10_000;

    static final ObjectMapper MAPPER = createMapper();
    static final ObjectWriter WRITER = MAPPER.writer(JsonLayout.twoSpaces());

    private TopologyJson() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, textOnly -> textOnly
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(new SimpleModule().addSerializer(Double.class, new WholeNumberAsInteger()))
                .build();
    }

    /** Writes {@code 80.0} as {@code 80} so that positions and rates stay as people typed them. */
    private static final class WholeNumberAsInteger extends StdSerializer<Double> {

        private static final double EXACT_LONG_LIMIT = 0x1p53;

        WholeNumberAsInteger() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG_LIMIT) {
                out.writeNumber((long) v);
            } else {
                out.writeNumber(v);
            }
        }
    }
}
