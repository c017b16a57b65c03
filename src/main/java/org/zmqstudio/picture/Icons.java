package org.zmqstudio.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.zmqstudio.model.SocketType;

/** The socket-type icons packed in the jar ({@code /icons/<type>.svg} and {@code .png}), as the pictures embed them. */
final class Icons {

    private Icons() {
    }

    /** The icon's bytes in that format ({@code "svg"} or {@code "png"}), or {@code null} when the jar has none. */
    static byte[] bytes(SocketType type, String format) {
        String path = "/icons/" + type.name().toLowerCase(Locale.ROOT) + "." + format;
        try (InputStream in = Icons.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
