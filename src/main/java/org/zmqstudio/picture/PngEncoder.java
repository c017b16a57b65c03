package org.zmqstudio.picture;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/** Writes pixels as a PNG file: 8-bit RGBA, non-interlaced, every row with the Sub filter, zlib-compressed. */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;

    private PngEncoder() {
    }

    static byte[] encode(PngPicture.Pixels pixels) {
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(pixels.width());
            h.writeInt(pixels.height());
            h.write(new byte[] {8, 6, 0, 0, 0});
            chunk(file, "IHDR", header.toByteArray());
            chunk(file, "IDAT", compressedRows(pixels));
            chunk(file, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] compressedRows(PngPicture.Pixels pixels) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        int rowBytes = pixels.width() * 4;
        byte[] row = new byte[rowBytes];
        byte[] filtered = new byte[rowBytes + 1];
        filtered[0] = FILTER_SUB;
        try (DeflaterOutputStream zip = new DeflaterOutputStream(compressed)) {
            for (int y = 0; y < pixels.height(); y++) {
                for (int x = 0; x < pixels.width(); x++) {
                    int argb = pixels.argb()[y * pixels.width() + x];
                    row[4 * x] = (byte) (argb >> 16);
                    row[4 * x + 1] = (byte) (argb >> 8);
                    row[4 * x + 2] = (byte) argb;
                    row[4 * x + 3] = (byte) (argb >>> 24);
                }
                for (int i = 0; i < rowBytes; i++) {
                    filtered[i + 1] = (byte) (row[i] - (i >= 4 ? row[i - 4] : 0));
                }
                zip.write(filtered);
            }
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
