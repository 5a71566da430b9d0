package dev.hft.risk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrona.concurrent.UnsafeBuffer;

/** Reads back a file written by {@link AuditFileSink}, for tools and tests (reads the whole file; allocates). */
public final class AuditFileReader {

    /** Receives each record read back. */
    @FunctionalInterface
    public interface RecordHandler {
        /**
         * Takes one record; the buffer is valid only during the call.
         *
         * @param type   {@link AuditRecord} type.
         * @param buffer buffer holding the record.
         * @param offset offset of the record.
         * @param length length of the record.
         */
        void onRecord(int type, UnsafeBuffer buffer, int offset, int length);
    }

    private AuditFileReader() {
    }

    /**
     * Reads every complete record of a file; a truncated last record (a crash mid-write) is ignored.
     *
     * @param file    the audit file.
     * @param handler receives the records in file order.
     * @return records read.
     * @throws UncheckedIOException if the file cannot be read.
     */
    public static int read(final Path file, final RecordHandler handler) {
        final byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        int offset = 0;
        int records = 0;
        while (offset + AuditFileSink.FRAME_HEADER_LENGTH <= bytes.length) {
            final int length = buffer.getInt(offset, ByteOrder.LITTLE_ENDIAN);
            final int type = buffer.getInt(offset + 4, ByteOrder.LITTLE_ENDIAN);
            final int start = offset + AuditFileSink.FRAME_HEADER_LENGTH;
            if (length < 0 || start + length > bytes.length) {
                break;
            }
            handler.onRecord(type, buffer, start, length);
            records++;
            offset = start + length;
        }
        return records;
    }
}
