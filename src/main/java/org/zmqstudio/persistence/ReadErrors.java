package org.zmqstudio.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.zmqstudio.model.BehaviorKind;
import org.zmqstudio.model.Link;

/**
 * Turns a Jackson failure into a {@link TopologyFileException}: one line in the user's words that
 * names the place ({@code node 'sink'}), at the line and column Jackson reports. Never passes on a
 * Jackson class name or a source description.
 */
final class ReadErrors {

    private static final List<String> KINDS = Arrays.stream(BehaviorKind.values()).map(BehaviorKind::fileName).toList();

    /** Where Jackson's messages start talking about its source description or its own settings. */
    private static final List<String> JACKSON_TAILS = List.of(" at [Source", ": enable `", " (not recognized as one since");

    private ReadErrors() {
    }

    /**
     * @param tree the parsed document, used to name nodes and links; {@code null} when the failure
     *             happened while parsing it
     */
    static TopologyFileException translate(JsonProcessingException failure, JsonNode tree) {
        JsonLocation at = failure.getLocation();
        boolean positioned = at != null && at.getLineNr() > 0;
        return new TopologyFileException(reason(failure, tree),
                positioned ? at.getLineNr() : 0, positioned ? Math.max(1, at.getColumnNr()) : 0);
    }

    private static String reason(JsonProcessingException failure, JsonNode tree) {
        String original = firstLine(failure.getOriginalMessage());
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, tree);
        }
        if (failure instanceof InvalidTypeIdException badKind) {
            return unknownKind(badKind, tree);
        }
        if (failure instanceof StreamConstraintsException) {
            return limitExceeded(original);
        }
        if (failure instanceof JsonEOFException) {
            return "the file ends too early: a closing '}', ']' or '\"' is missing (is the file cut short?)";
        }
        if (failure instanceof InputCoercionException) {
            return "a number is too large for its field";
        }
        if (original.startsWith("Duplicate field '")) {
            return "duplicate field " + original.substring("Duplicate field ".length())
                    + "; each field may appear only once";
        }
        if (original.startsWith("Trailing token")) {
            return "unexpected content after the end of the topology's { … }";
        }
        if (failure instanceof MismatchedInputException mismatch && tree != null) {
            return wrongType(mismatch, tree);
        }
        if (failure instanceof JsonMappingException mapping && tree != null) {
            return subject(mapping.getPath(), tree) + " is not valid here";
        }
        return "invalid JSON: " + original;
    }

    private static String unknownField(UnrecognizedPropertyException unknown, JsonNode tree) {
        String field = unknown.getPropertyName();
        List<Reference> path = unknown.getPath();
        String place = place(path.subList(0, path.size() - 1), tree);
        List<String> known = fieldsOf(unknown.getReferringClass());
        String suggestion = ClosestName.didYouMean(field, known).orElse(null);
        if (suggestion != null) {
            return "unknown field '" + field + "' in " + place + suggestion;
        }
        if (BehaviorDto.class.isAssignableFrom(unknown.getReferringClass())) {
            String kind = containerOf(path, tree).path(BehaviorDto.KIND).asText();
            return "field '" + field + "' does not belong in " + place + "; a '" + kind + "' behaviour has "
                    + (known.isEmpty() ? "no other fields" : "only " + String.join(", ", known));
        }
        return "unknown field '" + field + "' in " + place + "; known fields: " + String.join(", ", known);
    }

    private static String unknownKind(InvalidTypeIdException badKind, JsonNode tree) {
        String place = place(badKind.getPath(), tree);
        String kind = badKind.getTypeId();
        if (kind == null) {
            return place + " has no '" + BehaviorDto.KIND + "'; use one of " + String.join(", ", KINDS);
        }
        return "unknown kind '" + kind + "' in " + place
                + ClosestName.didYouMean(kind, KINDS).orElse("; use one of " + String.join(", ", KINDS));
    }

    private static String limitExceeded(String original) {
        String text = original.toLowerCase(Locale.ROOT);
        if (text.contains("nesting")) {
            return "the JSON is nested deeper than " + TopologyJson.MAX_NESTING + " levels";
        }
        if (text.contains("string value length")) {
            return "a text value is longer than " + TopologyJson.MAX_STRING_CHARS + " characters";
        }
        if (text.contains("number value length")) {
            return "a number has too many digits";
        }
        if (text.contains("name length")) {
            return "a field name is too long";
        }
        return "the file is larger than " + TopologyJson.MAX_FILE_BYTES / (1024 * 1024) + " MB";
    }

    private static String wrongType(MismatchedInputException mismatch, JsonNode tree) {
        return subject(mismatch.getPath(), tree) + " must be " + expected(mismatch.getTargetType());
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }

    /** What the path points at: {@code 'x' in node 'sink'}, {@code each item of 'topics' in …}, {@code node #3}. */
    private static String subject(List<Reference> path, JsonNode tree) {
        int lastField = path.size() - 1;
        while (lastField >= 0 && path.get(lastField).getFieldName() == null) {
            lastField--;
        }
        if (lastField < 0) {
            return "the topology";
        }
        String field = path.get(lastField).getFieldName();
        boolean item = lastField < path.size() - 1;
        boolean structural = (item && (field.equals("nodes") || field.equals("links") || field.equals("tour")))
                || (!item && (field.equals("options") || field.equals("behavior")) && lastField > 0);
        if (structural) {
            return place(path, tree);
        }
        String place = place(path.subList(0, lastField), tree);
        return (item ? "each item of '" + field + "'" : "'" + field + "'") + " in " + place;
    }

    /** The object a path leads into: {@code node 'sink'}, {@code the options of node 'sink'}, {@code the topology}. */
    private static String place(List<Reference> path, JsonNode tree) {
        String place = "the topology";
        JsonNode node = tree;
        for (int i = 0; i < path.size(); i++) {
            Reference step = path.get(i);
            String field = step.getFieldName();
            boolean indexed = i + 1 < path.size() && path.get(i + 1).getFieldName() == null;
            if (field == null) {
                continue;
            }
            node = node.path(field);
            if (indexed && field.equals("nodes")) {
                int index = path.get(++i).getIndex();
                node = node.path(index);
                place = node.path("id").isTextual() ? "node '" + node.path("id").asText() + "'" : "node #" + (index + 1);
            } else if (indexed && field.equals("links")) {
                int index = path.get(++i).getIndex();
                node = node.path(index);
                place = linkName(node, index);
            } else if (indexed && field.equals("tour")) {
                int index = path.get(++i).getIndex();
                node = node.path(index);
                place = "tour step " + (index + 1);
            } else if (field.equals("options")) {
                place = "the options of " + place;
            } else if (field.equals("behavior")) {
                String kind = node.path(BehaviorDto.KIND).asText("");
                place = "the " + (KINDS.contains(kind) ? "'" + kind + "' " : "") + "behaviour of " + place;
            }
        }
        return place;
    }

    private static String linkName(JsonNode link, int index) {
        if (link.path("id").isTextual()) {
            return "link '" + link.path("id").asText() + "'";
        }
        if (link.path("connect").isTextual() && link.path("bind").isTextual()) {
            return "link '" + Link.defaultId(link.path("connect").asText(), link.path("bind").asText()) + "'";
        }
        return "link #" + (index + 1);
    }

    private static JsonNode containerOf(List<Reference> path, JsonNode tree) {
        JsonNode node = tree;
        for (Reference step : path.subList(0, path.size() - 1)) {
            node = step.getFieldName() != null ? node.path(step.getFieldName()) : node.path(step.getIndex());
        }
        return node;
    }

    /** The file fields of a DTO record, in file order (a component renamed with {@code @JsonProperty} by its file name). */
    private static List<String> fieldsOf(Class<?> dto) {
        RecordComponent[] components = dto.getRecordComponents();
        return components == null ? List.of() : Arrays.stream(components).map(ReadErrors::fileName).toList();
    }

    private static String fileName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed == null ? component.getName() : renamed.value();
    }

    /** Jackson's own first line, without its source description and its hints about Jackson settings. */
    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        for (String tail : JACKSON_TAILS) {
            int start = line.indexOf(tail);
            line = start < 0 ? line : line.substring(0, start);
        }
        return line;
    }
}
