package dev.hft.net.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Writes NASDAQ's daily TotalView-ITCH file format (each message preceded by its 2-byte big-endian length); gzip
 * when the file name ends in {@code .gz}. Messages are staged in one preallocated buffer and written in large
 * blocks; {@link #write} allocates nothing.
 */
public final class ItchFileWriter implements AutoCloseable {
    private static final int BLOCK_SIZE = 1 << 20;

    private final OutputStream out;
    private final byte[] block = new byte[BLOCK_SIZE];
    private final UnsafeBuffer staging = new UnsafeBuffer(block);
    private int position;
    private long messages;

    private ItchFileWriter(final OutputStream out) {
        this.out = out;
    }

    /**
     * Creates (or replaces) a file; gzip-compressed when its name ends in {@code .gz}.
     *
     * @param path the file.
     * @return the writer.
     * @throws IOException if the file cannot be created.
     */
    public static ItchFileWriter create(final Path path) throws IOException {
        final Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        final OutputStream file = Files.newOutputStream(path);
        try {
            final OutputStream out = path.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(file, 1 << 16)
                : new BufferedOutputStream(file, 1 << 16);
            return new ItchFileWriter(out);
        } catch (final IOException | RuntimeException ex) {
            file.close();
            throw ex;
        }
    }

    /**
     * Appends one message.
     *
     * @param buffer holds the message.
     * @param offset where it starts (its type byte).
     * @param length its length, 1 to 65,535.
     * @throws IOException if writing fails.
     */
    public void write(final DirectBuffer buffer, final int offset, final int length) throws IOException {
        if (length < 1 || length > 0xFFFF) {
            throw new IllegalArgumentException("an ITCH file message is 1 to 65535 bytes: " + length);
        }
        if (position + 2 + length > BLOCK_SIZE) {
            flushBlock();
        }
        staging.putShort(position, (short) length, ByteOrder.BIG_ENDIAN);
        buffer.getBytes(offset, staging, position + 2, length);
        position += 2 + length;
        messages++;
    }

    /**
     * Messages written so far.
     *
     * @return the count.
     */
    public long messages() {
        return messages;
    }

    private void flushBlock() throws IOException {
        out.write(block, 0, position);
        position = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushBlock();
        } finally {
            out.close();
        }
    }
}
