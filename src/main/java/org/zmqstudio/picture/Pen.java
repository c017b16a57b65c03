package org.zmqstudio.picture;

import org.zmqstudio.model.SocketType;

/**
 * What {@link DiagramPainter} draws with, in canvas units. Colours are {@code #rrggbb} or
 * {@code #rrggbbaa}. One implementation per picture format (SVG text, a java.awt image).
 */
interface Pen {

    void fillRect(double x, double y, double width, double height, String colour);

    /** A rectangle with corners of radius {@code radius}. */
    void fillRoundRect(double x, double y, double width, double height, double radius, String colour);

    void strokeRoundRect(double x, double y, double width, double height, double radius, double lineWidth, String colour);

    /** As {@link #strokeRoundRect}, dashed by {@link CardLayout#EXTERNAL_DASHES}. */
    void dashedRoundRect(double x, double y, double width, double height, double radius, double lineWidth, String colour);

    /** A link's curve, with round ends. */
    void strokeCurve(LinkCurve curve, double lineWidth, String colour);

    /** A straight line dashed 5 on, 5 off. */
    void dashedLine(double x0, double y0, double x1, double y1, double lineWidth, String colour);

    void fillPolygon(double[] xs, double[] ys, String colour);

    /** Text whose baseline starts at (x, y), or is centred on x when {@code centred}. */
    void text(String text, double x, double y, double size, boolean bold, boolean centred, String colour);

    /** The socket type's icon in a square {@code size} wide. */
    void icon(SocketType type, double x, double y, double size);

    /** How wide {@code text} is drawn in that size. */
    double textWidth(String text, double size, boolean bold);
}
