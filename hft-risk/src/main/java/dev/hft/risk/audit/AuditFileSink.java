package dev.hft.risk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Appends audit records to a binary file: each record framed as {@code int length, int type, record bytes}
 * (little-endian), batched in a direct buffer and written with one {@code FileChannel.write} per drained batch.
 * {@link AuditFileReader} reads the file back. Chosen over Chronicle Queue to keep hft-risk's dependencies to Agrona
 * and Chronicle Wire; the record layout is the same whatever the sink.
 *
 * <p>An I/O error is counted and the batch dropped ({@link #ioErrors()}), never thrown into the drainer's duty cycle.
 * Drainer thread only.
 */
public final class AuditFileSink implements AuditSink {

    /** Bytes of the frame header before each record. */
    public static final int FRAME_HEADER_LENGTH = 8;

    private final FileChannel channel;
    private final ByteBuffer batch;
    private final UnsafeBuffer batchBuffer;
    private long ioErrors;
    private long records;

    /**
     * Opens (creating or appending to) an audit file.
     *
     * @param file       the file.
     * @param batchBytes size of the write batch, at least 64.
     * @throws UncheckedIOException if the file cannot be opened.
     */
    public AuditFileSink(final Path file, final int batchBytes) {
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.batch = ByteBuffer.allocateDirect(Math.max(64, batchBytes)).order(ByteOrder.LITTLE_ENDIAN);
        this.batchBuffer = new UnsafeBuffer(batch);
    }

    @Override
    public void onRecord(final int type, final DirectBuffer buffer, final int offset, final int length) {
        if (batch.remaining() < FRAME_HEADER_LENGTH + length) {
            flush();
        }
        final int position = batch.position();
        batchBuffer.putInt(position, length, ByteOrder.LITTLE_ENDIAN);
        batchBuffer.putInt(position + 4, type, ByteOrder.LITTLE_ENDIAN);
        batchBuffer.putBytes(position + FRAME_HEADER_LENGTH, buffer, offset, length);
        batch.position(position + FRAME_HEADER_LENGTH + length);
        records++;
    }

    @Override
    public void flush() {
        if (batch.position() == 0) {
            return;
        }
        batch.flip();
        try {
            while (batch.hasRemaining()) {
                channel.write(batch);
            }
        } catch (final IOException ex) {
            ioErrors++;
        }
        batch.clear();
    }

    /**
     * Returns how many batches were lost to I/O errors.
     *
     * @return I/O errors.
     */
    public long ioErrors() {
        return ioErrors;
    }

    /**
     * Returns how many records were taken.
     *
     * @return records.
     */
    public long records() {
        return records;
    }

    @Override
    public void close() {
        flush();
        try {
            channel.force(false);
            channel.close();
        } catch (final IOException ex) {
            ioErrors++;
        }
    }
}
