package org.zmqstudio.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.PixelGrabber;
import java.util.EnumMap;
import java.util.Map;
import org.zmqstudio.model.SocketType;

/**
 * A {@link Picture} as pixels, drawn with java.awt (headless AWT draws without a display), at a
 * scale of 1, 2 or 4 pixels per canvas unit; {@link #png} encodes them. Not thread-safe: one per picture.
 */
public final class PngPicture implements Pen {

    /** The scales offered: 1×, 2× (sharp on high-density screens and slides), 4× (print). */
    public static final int[] SCALES = {1, 2, 4};

    private final Graphics2D g;
    private final TextMetrics metrics = new TextMetrics();
    private final Map<SocketType, BufferedImage> icons = new EnumMap<>(SocketType.class);

    private PngPicture(Graphics2D g) {
        this.g = g;
    }

    /** The picture's pixels, {@code scale} pixels per canvas unit. */
    public static Pixels render(Picture picture, int scale) {
        if (scale < 1 || scale > 8) {
            throw new IllegalArgumentException("scale must be 1 to 8, not " + scale);
        }
        Picture.Area area = picture.area();
        int width = (int) Math.ceil(area.width() * scale);
        int height = (int) Math.ceil(area.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.scale(scale, scale);
            g.translate(-area.x(), -area.y());
            DiagramPainter.paint(picture, new PngPicture(g));
        } finally {
            g.dispose();
        }
        return new Pixels(width, height, image.getRGB(0, 0, width, height, null, 0, width));
    }

    /** The picture as a PNG file's bytes. */
    public static byte[] png(Picture picture, int scale) {
        return PngEncoder.encode(render(picture, scale));
    }

    @Override
    public void fillRect(double x, double y, double width, double height, String colour) {
        g.setColor(colour(colour));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, String colour) {
        g.setColor(colour(colour));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, double lineWidth,
                                String colour) {
        g.setColor(colour(colour));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void dashedRoundRect(double x, double y, double width, double height, double radius, double lineWidth,
                                String colour) {
        g.setColor(colour(colour));
        float[] dashes = {(float) CardLayout.EXTERNAL_DASHES[0], (float) CardLayout.EXTERNAL_DASHES[1]};
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeCurve(LinkCurve c, double lineWidth, String colour) {
        g.setColor(colour(colour));
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(c.x0(), c.y0(), c.c0x(), c.c0y(), c.c1x(), c.c1y(), c.x1(), c.y1()));
    }

    @Override
    public void dashedLine(double x0, double y0, double x1, double y1, double lineWidth, String colour) {
        g.setColor(colour(colour));
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 5}, 0));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, String colour) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(colour(colour));
        g.fill(path);
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, boolean centred, String colour) {
        g.setColor(colour(colour));
        g.setFont(metrics.font(size, bold));
        double left = centred ? x - metrics.width(text, size, bold) / 2 : x;
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public void icon(SocketType type, double x, double y, double size) {
        BufferedImage icon = icons.computeIfAbsent(type, PngPicture::loadIcon);
        if (icon.getWidth() > 1) {
            AffineTransform before = g.getTransform();
            g.translate(x, y);
            g.scale(size / icon.getWidth(), size / icon.getHeight());
            g.drawImage(icon, 0, 0, null);
            g.setTransform(before);
        }
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return metrics.width(text, size, bold);
    }

    /** The icon's PNG decoded by AWT's toolkit (no ImageIO needed), or an empty image when there is none. */
    private static BufferedImage loadIcon(SocketType type) {
        byte[] bytes = Icons.bytes(type, "png");
        if (bytes == null) {
            return new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        }
        Image image = Toolkit.getDefaultToolkit().createImage(bytes);
        PixelGrabber grabber = new PixelGrabber(image, 0, 0, -1, -1, true);
        try {
            if (!grabber.grabPixels(5_000) || grabber.getWidth() <= 0) {
                return new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        }
        BufferedImage decoded = new BufferedImage(grabber.getWidth(), grabber.getHeight(), BufferedImage.TYPE_INT_ARGB);
        decoded.setRGB(0, 0, grabber.getWidth(), grabber.getHeight(), (int[]) grabber.getPixels(), 0, grabber.getWidth());
        return decoded;
    }

    private static Color colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1, 7), 16);
        int alpha = hex.length() == 9 ? Integer.parseInt(hex.substring(7), 16) : 255;
        return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, alpha);
    }

    /** Pixels in rows from the top, each {@code 0xAARRGGBB} (not premultiplied). */
    public record Pixels(int width, int height, int[] argb) {
    }
}
