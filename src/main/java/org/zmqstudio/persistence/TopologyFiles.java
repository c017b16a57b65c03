package org.zmqstudio.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.zmqstudio.model.Topology;

/**
 * Reads and writes topology files (DESIGN.md §2). Reading is strict and bounded, and every failure
 * is a {@link TopologyFileException} with one line for the user. Writing is canonical (the same
 * topology always gives the same bytes) and atomic. Thread-safe; all methods are static.
 */
public final class TopologyFiles {

    private TopologyFiles() {
    }

    /**
     * Reads a topology file, refusing files over 10 MB before reading them, and anything that is not
     * a plain file (a folder, a device, a FIFO) without opening it.
     */
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

    /**
     * The file's text, read without blocking or running out of memory whatever the path names: the
     * type is checked before the file is opened (a FIFO with no writer would block in open, a device
     * such as {@code /dev/zero} never ends), and at most {@code MAX_FILE_BYTES + 1} bytes are read, so a
     * file that grows while it is read, or whose size the system does not know ({@code /proc}), is
     * refused as too large rather than read to the end.
     */
    private static String readText(Path file) throws TopologyFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new TopologyFileException("is a folder, not a topology file");
            }
            if (!attributes.isRegularFile()) {
                throw new TopologyFileException("is a device, a pipe or a socket, not a topology file; "
                        + "a topology file is a plain file");
            }
            if (attributes.size() > TopologyJson.MAX_FILE_BYTES) {
                throw new TopologyFileException(tooLarge(attributes.size()));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) TopologyJson.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > TopologyJson.MAX_FILE_BYTES) {
                throw new TopologyFileException("the file is larger than " + TopologyJson.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB (it grew while it was read); a topology file may be at most "
                        + TopologyJson.MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
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
