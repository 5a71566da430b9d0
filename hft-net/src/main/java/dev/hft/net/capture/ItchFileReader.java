package dev.hft.net.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Streams NASDAQ's daily TotalView-ITCH file format: each message preceded by its length as a 2-byte big-endian
 * integer, nothing else. Plain or gzip-compressed (detected by the gzip magic), any size: the file is read through
 * one preallocated direct buffer, so memory stays flat on a multi-gigabyte day.
 * <pre>
 * message   length u16 BE @0 | message (type byte first) @2, length bytes
 * </pre>
 * {@link #read(CaptureMessageHandler, int)} delivers at most {@code limit} messages per call (duty-cycle style) and
 * allocates nothing. A file that ends inside a message reports {@link WireError#TRUNCATED} once; the messages
 * before it have been delivered.
 */
public final class ItchFileReader implements AutoCloseable {
    /** Default size of the read buffer: 1 MiB. */
    public static final int DEFAULT_BUFFER_SIZE = 1 << 20;
    private static final int LENGTH_PREFIX = 2;

    private final ReadableByteChannel channel;
    private final FileChannel file;
    private final long fileSize;
    private final boolean compressed;
    private final ByteBuffer byteBuffer;
    private final UnsafeBuffer buffer;
    private final WireErrorCounters errors;
    private int position;
    private int end;
    private boolean endOfInput;
    private boolean truncationReported;
    private long messages;

    private ItchFileReader(final FileChannel file, final ReadableByteChannel channel, final boolean compressed,
        final int bufferSize, final WireErrorCounters errors) throws IOException {
        this.file = file;
        this.channel = channel;
        this.fileSize = file.size();
        this.compressed = compressed;
        this.byteBuffer = ByteBuffer.allocateDirect(bufferSize);
        this.buffer = new UnsafeBuffer(byteBuffer);
        this.errors = errors;
    }

    /**
     * Opens a file, plain or gzip.
     *
     * @param path   the file.
     * @param errors where a truncated file is reported.
     * @return the reader.
     * @throws IOException if the file cannot be opened.
     */
    public static ItchFileReader open(final Path path, final WireErrorCounters errors) throws IOException {
        return open(path, DEFAULT_BUFFER_SIZE, errors);
    }

    /**
     * Opens a file, plain or gzip, with a given read-buffer size.
     *
     * @param path       the file.
     * @param bufferSize bytes, at least 65,537 (the largest message and its prefix).
     * @param errors     where a truncated file is reported.
     * @return the reader.
     * @throws IOException if the file cannot be opened.
     */
    public static ItchFileReader open(final Path path, final int bufferSize, final WireErrorCounters errors)
        throws IOException {
        if (bufferSize < 0xFFFF + LENGTH_PREFIX) {
            throw new IllegalArgumentException("buffer must hold the largest message: " + bufferSize);
        }
        final FileChannel file = FileChannel.open(path, StandardOpenOption.READ);
        try {
            final boolean gzip = isGzip(file);
            final ReadableByteChannel channel = gzip
                ? Channels.newChannel(new GZIPInputStream(
                    new BufferedInputStream(Channels.newInputStream(file), 1 << 16), 1 << 16))
                : file;
            return new ItchFileReader(file, channel, gzip, bufferSize, errors);
        } catch (final IOException | RuntimeException ex) {
            file.close();
            throw ex;
        }
    }

    /**
     * Delivers up to {@code maxMessages} messages.
     *
     * @param handler     receives each message, numbered from 1.
     * @param maxMessages the most messages to deliver in this call.
     * @return messages delivered; 0 at the end of the file.
     * @throws IOException if reading fails.
     */
    public int read(final CaptureMessageHandler handler, final int maxMessages) throws IOException {
        int delivered = 0;
        while (delivered < maxMessages) {
            final int available = end - position;
            if (available >= LENGTH_PREFIX) {
                final int length = buffer.getShort(position, ByteOrder.BIG_ENDIAN) & 0xFFFF;
                if (available >= LENGTH_PREFIX + length) {
                    handler.onMessage(++messages, buffer, position + LENGTH_PREFIX, length);
                    position += LENGTH_PREFIX + length;
                    delivered++;
                    continue;
                }
            }
            if (!fill()) {
                break;
            }
        }
        return delivered;
    }

    /** Moves the unread bytes to the front and reads more; {@code false} once nothing more can be read. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            if (position < end && !truncationReported) {
                truncationReported = true;
                errors.report(WireError.TRUNCATED, messages + 1, buffer, position, end - position);
            }
            return false;
        }
        final int remaining = end - position;
        if (remaining > 0) {
            buffer.putBytes(0, buffer, position, remaining);
        }
        position = 0;
        byteBuffer.clear().position(remaining);
        while (byteBuffer.hasRemaining()) {
            if (channel.read(byteBuffer) < 0) {
                endOfInput = true;
                break;
            }
        }
        end = byteBuffer.position();
        return true;
    }

    /**
     * Messages delivered so far.
     *
     * @return the count.
     */
    public long messages() {
        return messages;
    }

    /**
     * How far into the file (compressed bytes for gzip) the reader has consumed, for progress reporting.
     *
     * @return bytes.
     * @throws IOException if the position cannot be read.
     */
    public long filePosition() throws IOException {
        return file.position();
    }

    /**
     * The file's size on disk.
     *
     * @return bytes.
     */
    public long fileSize() {
        return fileSize;
    }

    /**
     * Whether the file is gzip-compressed.
     *
     * @return {@code true} for gzip.
     */
    public boolean isCompressed() {
        return compressed;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        file.close();
    }

    private static boolean isGzip(final FileChannel file) throws IOException {
        final ByteBuffer magic = ByteBuffer.allocate(2);
        file.read(magic, 0);
        return magic.position() == 2 && (magic.get(0) & 0xFF) == 0x1F && (magic.get(1) & 0xFF) == 0x8B;
    }

    /**
     * Whether a path names a gzip file by its content.
     *
     * @param path the file.
     * @return {@code true} if it starts with the gzip magic.
     * @throws IOException if it cannot be read.
     */
    public static boolean isGzip(final Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return isGzip(channel);
        }
    }
}
