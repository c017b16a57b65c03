package org.zmqstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    @Test
    void aSaveDeletesTheStaleTemporaryFilesThatCrashedSavesOfTheSameFileLeftBehind(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("t.json");
        Instant now = Instant.now();
        Path stale = leftover(folder, ".t.json." + UUID.randomUUID() + ".tmp", now.minus(Duration.ofMinutes(11)));
        Path recent = leftover(folder, ".t.json." + UUID.randomUUID() + ".tmp", now.minus(Duration.ofMinutes(9)));
        Path otherFile = leftover(folder, ".u.json." + UUID.randomUUID() + ".tmp", now.minus(Duration.ofHours(1)));
        Path notOurs = leftover(folder, ".t.json.backup.tmp", now.minus(Duration.ofHours(1)));
        Path staleFolder = Files.createDirectory(folder.resolve(".t.json." + UUID.randomUUID() + ".tmp"));
        Files.setLastModifiedTime(staleFolder, FileTime.from(now.minus(Duration.ofHours(1))));

        AtomicFile.writeString(file, "new");

        assertEquals("new", Files.readString(file));
        assertFalse(Files.exists(stale), "stale leftover of a crashed save of t.json");
        assertTrue(Files.exists(recent), "may belong to a save under way");
        assertTrue(Files.exists(otherFile), "belongs to another file's saves");
        assertTrue(Files.exists(notOurs), "not a name our saves use");
        assertTrue(Files.exists(staleFolder), "not a file");
    }

    private static Path leftover(Path folder, String name, Instant lastModified) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "half a topo");
        Files.setLastModifiedTime(file, FileTime.from(lastModified));
        return file;
    }
}
