package org.zmqstudio.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.image.Image;
import org.zmqstudio.model.SocketType;

/** The socket-type icons ({@code /icons/<type>.png} in the jar), each loaded once. UI thread only. */
final class IconCache {

    private final Map<SocketType, Image> icons = new EnumMap<>(SocketType.class);

    /** The icon of a socket type, or {@code null} when the resource is missing (the card then shows none). */
    Image icon(SocketType type) {
        return icons.computeIfAbsent(type, IconCache::load);
    }

    private static Image load(SocketType type) {
        String path = "/icons/" + type.name().toLowerCase(Locale.ROOT) + ".png";
        try (InputStream in = IconCache.class.getResourceAsStream(path)) {
            return in == null ? null : new Image(in);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
