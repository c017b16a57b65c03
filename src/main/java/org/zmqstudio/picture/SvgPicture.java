package org.zmqstudio.picture;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.zmqstudio.model.SocketType;

/**
 * A {@link Picture} as an SVG 1.1 document: shapes as paths and rectangles, every word as
 * {@code <text>} (selectable, searchable), the icons inlined. Opens in a browser; needs no display.
 */
public final class SvgPicture implements Pen {

    private final StringBuilder out = new StringBuilder();
    private final TextMetrics metrics = new TextMetrics();
    private final Map<SocketType, String> icons = new EnumMap<>(SocketType.class);

    private SvgPicture() {
    }

    /** The picture's SVG text (UTF-8 when written out), one canvas unit one pixel. */
    public static String write(Picture picture) {
        SvgPicture svg = new SvgPicture();
        Picture.Area area = picture.area();
        svg.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(number(area.width())).append("\" height=\"").append(number(area.height()))
                .append("\" viewBox=\"").append(number(area.x())).append(' ').append(number(area.y())).append(' ')
                .append(number(area.width())).append(' ').append(number(area.height())).append("\"")
                .append(" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n")
                .append("<title>").append(escape(picture.topology().name())).append("</title>\n");
        DiagramPainter.paint(picture, svg);
        svg.out.append("</svg>\n");
        return svg.out.toString();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, String colour) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append('"');
        paint("fill", colour);
        out.append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, String colour) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" rx=\"").append(number(radius))
                .append('"');
        paint("fill", colour);
        out.append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, double lineWidth,
                                String colour) {
        roundRect(x, y, width, height, radius, lineWidth, colour, "");
    }

    @Override
    public void dashedRoundRect(double x, double y, double width, double height, double radius, double lineWidth,
                                String colour) {
        roundRect(x, y, width, height, radius, lineWidth, colour, " stroke-dasharray=\"" + number(CardLayout.EXTERNAL_DASHES[0])
                + " " + number(CardLayout.EXTERNAL_DASHES[1]) + "\"");
    }

    private void roundRect(double x, double y, double width, double height, double radius, double lineWidth, String colour,
                           String dashes) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" rx=\"").append(number(radius))
                .append("\" fill=\"none\" stroke-width=\"").append(number(lineWidth)).append('"').append(dashes);
        paint("stroke", colour);
        out.append("/>\n");
    }

    @Override
    public void strokeCurve(LinkCurve c, double lineWidth, String colour) {
        out.append("<path d=\"M").append(number(c.x0())).append(',').append(number(c.y0()))
                .append(" C").append(number(c.c0x())).append(',').append(number(c.c0y()))
                .append(' ').append(number(c.c1x())).append(',').append(number(c.c1y()))
                .append(' ').append(number(c.x1())).append(',').append(number(c.y1()))
                .append("\" fill=\"none\" stroke-linecap=\"round\" stroke-width=\"").append(number(lineWidth)).append('"');
        paint("stroke", colour);
        out.append("/>\n");
    }

    @Override
    public void dashedLine(double x0, double y0, double x1, double y1, double lineWidth, String colour) {
        out.append("<line x1=\"").append(number(x0)).append("\" y1=\"").append(number(y0)).append("\" x2=\"")
                .append(number(x1)).append("\" y2=\"").append(number(y1)).append("\" stroke-dasharray=\"5 5\" stroke-width=\"")
                .append(number(lineWidth)).append('"');
        paint("stroke", colour);
        out.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, String colour) {
        out.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(number(xs[i])).append(',').append(number(ys[i]));
        }
        out.append('"');
        paint("fill", colour);
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, boolean centred, String colour) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"")
                .append(number(size)).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (centred) {
            out.append(" text-anchor=\"middle\"");
        }
        paint("fill", colour);
        out.append(" xml:space=\"preserve\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public void icon(SocketType type, double x, double y, double size) {
        String inner = icons.computeIfAbsent(type, SvgPicture::iconContent);
        if (!inner.isEmpty()) {
            out.append("<svg x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                    .append(number(size)).append("\" height=\"").append(number(size)).append("\" viewBox=\"0 0 48 48\">")
                    .append(inner).append("</svg>\n");
        }
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return metrics.width(text, size, bold);
    }

    /** What is inside the icon's own {@code <svg>} element, without comments; empty when the jar has no icon. */
    private static String iconContent(SocketType type) {
        byte[] bytes = Icons.bytes(type, "svg");
        if (bytes == null) {
            return "";
        }
        String svg = new String(bytes, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        int open = svg.indexOf("<svg");
        int start = open < 0 ? -1 : svg.indexOf('>', open);
        int end = svg.lastIndexOf("</svg>");
        return start < 0 || end < start ? "" : svg.substring(start + 1, end).trim();
    }

    /** {@code fill="#rrggbb"} and, for {@code #rrggbbaa}, {@code fill-opacity}. */
    private void paint(String attribute, String colour) {
        out.append(' ').append(attribute).append("=\"").append(colour, 0, 7).append('"');
        if (colour.length() == 9) {
            out.append(' ').append(attribute).append("-opacity=\"")
                    .append(number(Integer.parseInt(colour.substring(7), 16) / 255.0)).append('"');
        }
    }

    /** At most two decimals, no exponent, no trailing zeros. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("\\.?0+$", "");
        return text.equals("-0") ? "0" : text;
    }

    /**
     * Text as XML character data: markup characters as entities, and characters XML 1.0 does not
     * allow (control characters, lone surrogates) as U+FFFD.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 && c != '\t' || Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
                        escaped.append('\ufffd');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
