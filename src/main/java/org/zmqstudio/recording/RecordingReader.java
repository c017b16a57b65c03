package org.zmqstudio.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.TopologyFileException;
import org.zmqstudio.persistence.TopologyFiles;

/**
 * Reads a whole recording back (docs/recording-format.md), or refuses it with one sentence naming the
 * file: not a recording, from a newer version, truncated, or too large. Thread-safe (no state).
 */
public final class RecordingReader {

    /** How every recording's first line starts: one cut within that line is truncated, not foreign. */
    private static final String HEADER_START = "{\"format\":\"" + RecordingJson.FORMAT + "\",";

    private RecordingReader() {
    }

    public static Recording read(Path file) throws RecordingException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new RecordingException(name + " cannot be opened: it is not a file.");
        }
        try {
            if (Files.size(file) > RecordingJson.MAX_FILE_BYTES) {
                throw new RecordingException(name + " is larger than any recording ("
                        + RecordingJson.MAX_FILE_BYTES / (1024 * 1024) + " MB): it is not one.");
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(name, in);
            }
        } catch (CharacterCodingException e) {
            throw notARecording(name);
        } catch (IOException e) {
            throw new RecordingException(name + " cannot be read: " + e.getMessage() + ".");
        }
    }

    private static Recording read(String name, BufferedReader in) throws IOException, RecordingException {
        RecordingJson.Header header = header(name, in.readLine());
        Topology topology;
        try {
            topology = TopologyFiles.parse(header.topology().toString(), name);
        } catch (TopologyFileException e) {
            throw new RecordingException(name + " holds a topology that cannot be read: " + e.getMessage());
        }
        List<RecordedSnapshot> snapshots = new ArrayList<>();
        List<RecordedEvent> events = new ArrayList<>();
        RecordingJson.End end = null;
        String text;
        while ((text = in.readLine()) != null) {
            if (end != null) {
                throw new RecordingException(name + " goes on after its last line: it is damaged.");
            }
            JsonNode line = parse(text).orElseThrow(() -> truncated(name));
            try {
                if (line.has("snapshot")) {
                    snapshots.add(new RecordedSnapshot(line.path("atMillis").asLong(),
                            RecordingJson.MAPPER.treeToValue(line.get("snapshot"), RunSnapshot.class)));
                } else if (line.has("event")) {
                    events.add(new RecordedEvent(line.path("atMillis").asLong(),
                            RecordingJson.MAPPER.treeToValue(line.get("event"), MessageEvent.class)));
                } else if (line.has("end")) {
                    end = RecordingJson.MAPPER.treeToValue(line.get("end"), RecordingJson.End.class);
                }
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw new RecordingException(name + " has a line this version cannot read: it is damaged.");
            }
        }
        if (end == null || end.snapshots() != snapshots.size() || end.events() != events.size()
                || snapshots.isEmpty()) {
            throw truncated(name);
        }
        return new Recording(topology, recordedAt(name, header), header.originNanos(), end.atMillis(), snapshots,
                events, end.eventsLeftOut());
    }

    private static RecordingJson.Header header(String name, String firstLine) throws RecordingException {
        JsonNode line = firstLine == null ? null : parse(firstLine).orElse(null);
        if (line == null && firstLine != null && firstLine.startsWith(HEADER_START)) {
            throw truncated(name);
        }
        if (line == null || !RecordingJson.FORMAT.equals(line.path("format").asText(null))
                || !line.path("version").canConvertToInt() || line.path("version").asInt() < 1) {
            throw notARecording(name);
        }
        int version = line.path("version").asInt();
        if (version > RecordingJson.VERSION) {
            throw new RecordingException(name + " is a recording of format version " + version
                    + ", newer than this ZMQ Studio reads (" + RecordingJson.VERSION + "): open it with a newer one.");
        }
        try {
            RecordingJson.Header header = RecordingJson.MAPPER.treeToValue(line, RecordingJson.Header.class);
            if (header.topology() == null || !header.topology().isObject()) {
                throw notARecording(name);
            }
            return header;
        } catch (JsonProcessingException e) {
            throw notARecording(name);
        }
    }

    private static Instant recordedAt(String name, RecordingJson.Header header) throws RecordingException {
        try {
            return Instant.parse(header.recordedAt());
        } catch (DateTimeParseException | NullPointerException e) {
            throw notARecording(name);
        }
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = RecordingJson.MAPPER.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static RecordingException notARecording(String name) {
        return new RecordingException(name + " is not a ZMQ Studio recording.");
    }

    private static RecordingException truncated(String name) {
        return new RecordingException(name + " is truncated: the recording ends before its last line.");
    }
}
