package org.zmqstudio.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Checks what must hold before the fields are read one by one: the document is a topology object of
 * a format version this program reads, with no more nodes than it accepts. Done first so that a
 * newer file is explained as newer, not as a list of unknown fields.
 */
final class FormatCheck {

    private FormatCheck() {
    }

    static void check(JsonNode document) throws TopologyFileException {
        if (!document.isObject()) {
            throw new TopologyFileException("the file holds a JSON " + document.getNodeType().name().toLowerCase(Locale.ROOT)
                    + "; a topology file holds one JSON object { … }");
        }
        JsonNode format = document.path("format");
        if (!format.isTextual()) {
            throw new TopologyFileException("this is not a ZMQ Studio topology: \"format\": \""
                    + TopologyDto.FORMAT + "\" is missing");
        }
        if (!format.asText().equals(TopologyDto.FORMAT)) {
            throw new TopologyFileException("this is not a ZMQ Studio topology: its format is '" + format.asText()
                    + "', expected '" + TopologyDto.FORMAT + "'");
        }
        JsonNode version = document.path("version");
        if (!version.isIntegralNumber()) {
            throw new TopologyFileException("\"version\" is missing or not a whole number; this ZMQ Studio reads version "
                    + TopologyDto.VERSION);
        }
        if (version.asLong() > TopologyDto.VERSION) {
            throw new TopologyFileException("made by a newer ZMQ Studio (format version " + version.asText()
                    + "); this one reads version " + TopologyDto.VERSION);
        }
        if (version.asLong() < TopologyDto.VERSION) {
            throw new TopologyFileException("format version " + version.asText() + " does not exist; this ZMQ Studio reads version "
                    + TopologyDto.VERSION);
        }
        int nodes = document.path("nodes").size();
        if (nodes > TopologyJson.MAX_NODES) {
            throw new TopologyFileException("the topology has " + nodes + " nodes; at most "
                    + TopologyJson.MAX_NODES + " are allowed");
        }
    }
}
