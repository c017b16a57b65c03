package org.zmqstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileIntactAndNoLeftovers(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("t.json");
        Files.writeString(file, "old content");

        IOException failure = assertThrows(IOException.class, () -> AtomicFile.replace(file, channel -> {
            channel.write(ByteBuffer.wrap("new cont".getBytes(StandardCharsets.UTF_8)));
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", failure.getMessage());
        assertEquals("old content", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndBacksUpTheOldOne(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("t.json");
        Files.writeString(file, "old content");

        AtomicFile.replace(file, channel -> channel.write(ByteBuffer.wrap("new".getBytes(StandardCharsets.UTF_8))));

        assertEquals("new", Files.readString(file));
        assertEquals("old content", Files.readString(folder.resolve("t.json.bak")));
    }
}
