package org.zmqstudio.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that a crash, a full disk or a failing writer never leaves it truncated: the
 * content goes to a temporary file in the same folder, is forced to disk, the previous file is kept
 * as {@code NAME.bak} where asked, and the temporary file is renamed over the target atomically.
 */
public final class AtomicFile {

    /** Writes the whole content into the channel; may fail half-way. */
    @FunctionalInterface
    interface Content {
        void writeTo(FileChannel channel) throws IOException;
    }

    private AtomicFile() {
    }

    /** Replaces {@code target}, keeping the file it replaces as {@code NAME.bak} (a user's document). */
    static void replace(Path target, Content content) throws IOException {
        replace(target, true, content);
    }

    /**
     * Replaces {@code target} with {@code text} in UTF-8, keeping no backup (a file made anew each
     * time, like a report). A target that exists and is not a plain file (a link, a pipe, a device
     * such as {@code /dev/stdout}) is written through instead: replacing it would break it.
     */
    public static void writeString(Path target, String text) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(target, text, StandardCharsets.UTF_8);
            return;
        }
        replace(target, false, channel -> {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        });
    }

    private static void replace(Path target, boolean keepBackup, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        // createFile, not createTempFile: the new file gets the usual permissions, not owner-only.
        Path temporary = Files.createFile(folder.resolve("." + name + "." + UUID.randomUUID() + ".tmp"));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                content.writeTo(channel);
                channel.force(true);
            }
            if (keepBackup && Files.isRegularFile(absolute)) {
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING);
            }
            moveOver(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** {@code NAME.json} → {@code NAME.json.bak}, next to it. */
    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static void moveOver(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
