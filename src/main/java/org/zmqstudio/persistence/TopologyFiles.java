package org.zmqstudio.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zmqstudio.model.Topology;

/**
 * Reads and writes topology files (DESIGN.md §2). Reading is strict and bounded, and every failure
 * is a {@link TopologyFileException} with one line for the user. Writing is canonical (the same
 * topology always gives the same bytes) and atomic. Thread-safe; all methods are static.
 */
public final class TopologyFiles {

    private TopologyFiles() {
    }

    /** Reads a topology file, refusing files over 10 MB before reading them. */
    public static Topology load(Path file) throws TopologyFileException {
        String text;
        try {
            text = readText(file);
        } catch (TopologyFileException e) {
            throw e.in(file.toString());
        }
        return parse(text, file.toString());
    }

    /**
     * Reads a topology from JSON text.
     *
     * @param sourceName where the text came from (a file name, "clipboard"); see
     *                   {@link TopologyFileException#sourceName()}
     */
    public static Topology parse(String json, String sourceName) throws TopologyFileException {
        try {
            return parse(json);
        } catch (TopologyFileException e) {
            throw e.in(sourceName);
        }
    }

    private static Topology parse(String json) throws TopologyFileException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.isBlank()) {
            throw new TopologyFileException("the file is empty; a topology file holds a JSON object { … }");
        }
        if (text.length() > TopologyJson.MAX_FILE_BYTES) {
            throw new TopologyFileException(tooLarge(text.length()));
        }
        JsonNode tree;
        try {
            tree = TopologyJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ReadErrors.translate(e, null);
        }
        FormatCheck.check(tree);
        TopologyDto dto;
        try {
            dto = TopologyJson.MAPPER.readValue(text, TopologyDto.class);
        } catch (JsonProcessingException e) {
            throw ReadErrors.translate(e, tree);
        }
        return FileToModel.toModel(dto);
    }

    /** The canonical file text: stable field order, two-space indent, defaults omitted, trailing newline. */
    public static String toJson(Topology topology) {
        try {
            return TopologyJson.WRITER.writeValueAsString(ModelToFile.toDto(topology)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write topology '" + topology.name() + "' as JSON", e);
        }
    }

    /**
     * Writes the topology atomically: the file is either the old one or the complete new one, and the
     * previous version is kept as {@code NAME.json.bak}.
     */
    public static void save(Topology topology, Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(toJson(topology).getBytes(StandardCharsets.UTF_8));
        AtomicFile.replace(file, channel -> {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        });
    }

    private static String readText(Path file) throws TopologyFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new TopologyFileException("is a folder, not a topology file");
            }
            long size = Files.size(file);
            if (size > TopologyJson.MAX_FILE_BYTES) {
                throw new TopologyFileException(tooLarge(size));
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new TopologyFileException("no such file");
        } catch (AccessDeniedException e) {
            throw new TopologyFileException("permission denied");
        } catch (CharacterCodingException e) {
            throw new TopologyFileException("the file is not UTF-8 text");
        } catch (IOException e) {
            throw new TopologyFileException("cannot read the file: " + e.getMessage());
        }
    }

    private static String tooLarge(long size) {
        return String.format("the file is %.1f MB; a topology file may be at most %d MB",
                size / (1024.0 * 1024.0), TopologyJson.MAX_FILE_BYTES / (1024 * 1024));
    }
}
