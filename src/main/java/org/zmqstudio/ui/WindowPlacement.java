package org.zmqstudio.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/**
 * Where the window goes and how large it is, in screen pixels: the bounds it has when not
 * maximised, and whether it is maximised. {@link #onScreen} fits a remembered placement, or the
 * first one, to the screen the window opens on.
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** Screens up to this size get a maximised window at first: a smaller window would waste a small screen. */
    static final double MAXIMISE_UP_TO_WIDTH = 1920;
    static final double MAXIMISE_UP_TO_HEIGHT = 1080;
    /** The first size on a larger screen, centred. */
    static final double FIRST_WIDTH = 1600;
    static final double FIRST_HEIGHT = 1000;
    /** Below this the window's panes cannot show their content. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;

    /**
     * The placement on {@code screen} (its visual bounds): {@code remembered} moved and shrunk as
     * far as needed to lie wholly on it, or, with none, maximised on screens up to 1920×1080 and
     * 1600×1000 in the middle of larger ones.
     */
    static WindowPlacement onScreen(Rectangle2D screen, Optional<WindowPlacement> remembered) {
        if (remembered.isEmpty()) {
            boolean small = screen.getWidth() <= MAXIMISE_UP_TO_WIDTH && screen.getHeight() <= MAXIMISE_UP_TO_HEIGHT;
            double width = small ? screen.getWidth() : Math.min(FIRST_WIDTH, screen.getWidth());
            double height = small ? screen.getHeight() : Math.min(FIRST_HEIGHT, screen.getHeight());
            return new WindowPlacement(screen.getMinX() + (screen.getWidth() - width) / 2,
                    screen.getMinY() + (screen.getHeight() - height) / 2, width, height, small);
        }
        WindowPlacement last = remembered.get();
        double width = clamp(last.width(), Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        double height = clamp(last.height(), Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double x = clamp(last.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(last.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowPlacement(x, y, width, height, last.maximized());
    }

    Rectangle2D bounds() {
        return new Rectangle2D(x, y, width, height);
    }

    /** As {@link java.util.Properties} keys: {@code x}, {@code y}, {@code width}, {@code height}, {@code maximized}. */
    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("x", number(x));
        properties.setProperty("y", number(y));
        properties.setProperty("width", number(width));
        properties.setProperty("height", number(height));
        properties.setProperty("maximized", Boolean.toString(maximized));
        return properties;
    }

    /** The placement the properties hold, or none when one is missing or not a finite number, or a size is not positive. */
    static Optional<WindowPlacement> fromProperties(Properties properties) {
        try {
            WindowPlacement placement = new WindowPlacement(read(properties, "x"), read(properties, "y"),
                    read(properties, "width"), read(properties, "height"),
                    Boolean.parseBoolean(properties.getProperty("maximized")));
            return placement.width() > 0 && placement.height() > 0 ? Optional.of(placement) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static double read(Properties properties, String key) {
        double value = Double.parseDouble(properties.getProperty(key));
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(key + " is not finite");
        }
        return value;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
