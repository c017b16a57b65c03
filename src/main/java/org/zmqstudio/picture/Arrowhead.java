package org.zmqstudio.picture;

/**
 * The arrowheads and bind squares at the ends of links, canvas units: where messages arrive at the
 * bind side ({@link #AT_BIND_GAP}), at the connect side ({@link #AT_CONNECT_GAP}), and at the end of a
 * relay's dashed line ({@link #RELAY_GAP}, {@link #RELAY_SIZE}).
 */
public final class Arrowhead {

    public static final double SIZE = 13;
    public static final double AT_BIND_GAP = 7;
    public static final double AT_CONNECT_GAP = 3;
    public static final double RELAY_GAP = 2;
    public static final double RELAY_SIZE = 9;
    /** The side of the square drawn on a link's bind end. */
    public static final double BIND_SQUARE = 10;

    private Arrowhead() {
    }

    /**
     * The three corners {@code {tipX, tipY, x, y, x, y}} of an arrowhead {@code size} long pointing
     * along (dx, dy), its tip {@code gap} units before (x, y).
     */
    public static double[] corners(double x, double y, double dx, double dy, double gap, double size) {
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double tipX = x - ux * gap;
        double tipY = y - uy * gap;
        double backX = tipX - ux * size;
        double backY = tipY - uy * size;
        double half = size / 2;
        return new double[] {tipX, tipY, backX - uy * half, backY + ux * half, backX + uy * half, backY - ux * half};
    }
}
