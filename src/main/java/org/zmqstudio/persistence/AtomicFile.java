package org.zmqstudio.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a crash, a full disk or a failing writer never leaves it truncated: the
 * content goes to a temporary file in the same folder, is forced to disk, the previous file is kept
 * as {@code NAME.bak} where asked, and the temporary file is renamed over the target atomically.
 *
 * <p>The temporary file is {@code .NAME.<random UUID>.tmp}. A save that is killed leaves it behind;
 * the next successful save of {@code NAME} deletes those of its leftovers that were last modified
 * more than {@link #STALE_AFTER} ago. That rule is safe: no save of ours writes for that long (10 MB
 * at most), so a temporary file that old belongs to no running save, in this process or another,
 * while a save under way keeps its file younger than that. Only names of exactly that form are
 * touched, and a leftover that cannot be deleted is left for the next save.
 */
public final class AtomicFile {

    /** Writes the whole content into the channel; may fail half-way. */
    @FunctionalInterface
    interface Content {
        void writeTo(FileChannel channel) throws IOException;
    }

    /** How old a temporary file of ours must be to count as left behind by a crashed save. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String TEMPORARY_SUFFIX = ".tmp";

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
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with {@code content}, keeping no backup (an exported picture): as {@link #writeString}. */
    public static void writeBytes(Path target, byte[] content) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.write(target, content);
            return;
        }
        replace(target, false, channel -> {
            ByteBuffer bytes = ByteBuffer.wrap(content);
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
        Path temporary = Files.createFile(folder.resolve(temporaryPrefix(name) + UUID.randomUUID() + TEMPORARY_SUFFIX));
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
        deleteStaleTemporaries(folder, name);
    }

    /** {@code .NAME.}: how the temporary files of saves of {@code NAME} start. */
    private static String temporaryPrefix(String name) {
        return "." + name + ".";
    }

    /** Deletes the temporary files of earlier saves of {@code name} older than {@link #STALE_AFTER}; best effort. */
    private static void deleteStaleTemporaries(Path folder, String name) {
        String prefix = temporaryPrefix(name);
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, file -> isTemporaryOf(file, prefix))) {
            for (Path leftover : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(leftover, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (IOException cannotDelete) {
                    // left for the next save: the file just saved is already complete
                }
            }
        } catch (IOException | DirectoryIteratorException cannotList) {
            // the same: cleaning up never fails a save that succeeded
        }
    }

    private static boolean isTemporaryOf(Path file, String prefix) {
        String fileName = file.getFileName().toString();
        return fileName.startsWith(prefix) && fileName.endsWith(TEMPORARY_SUFFIX)
                && UUID_TEXT.matcher(fileName.substring(prefix.length(), fileName.length() - TEMPORARY_SUFFIX.length())).matches();
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
