package dev.hft.testkit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.net.capture.ItchFileWriter;

/**
 * Writes {@link SyntheticItchFeed} streams to NASDAQ ITCH files (gzip when the name ends in {@code .gz}), for tests,
 * benchmarks and the demo (the examples jar's {@code generate FILE [messages] [instruments] [seed]} command).
 */
public final class SyntheticItchFiles {
    private static final long CHUNK = 1_000_000;

    private SyntheticItchFiles() {
    }

    /**
     * Writes a synthetic day: start-of-day messages, {@code messages} order-flow messages, end-of-day messages.
     *
     * @param file     the file to create.
     * @param config   generator settings.
     * @param messages order-flow messages.
     * @param progress where to print one line per million messages, or {@code null}.
     * @return messages written in all.
     * @throws IOException if the file cannot be written.
     */
    public static long write(final Path file, final SyntheticItchFeed.Config config, final long messages,
        final PrintStream progress) throws IOException {
        try (ItchFileWriter writer = ItchFileWriter.create(file)) {
            final ItchEventEncoder encoder = new ItchEventEncoder((buffer, offset, length) -> {
                try {
                    writer.write(buffer, offset, length);
                } catch (final IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            final SyntheticItchFeed feed = new SyntheticItchFeed(config);
            long remaining = messages;
            long written = 0;
            try {
                while (remaining > 0) {
                    final long chunk = Math.min(CHUNK, remaining);
                    written += feed.generate(encoder, chunk);
                    remaining -= chunk;
                    if (progress != null) {
                        progress.printf(Locale.ROOT, "  %,d messages%n", written);
                    }
                }
                written += feed.finish(encoder);
            } catch (final UncheckedIOException ex) {
                throw ex.getCause();
            }
            return written;
        }
    }
}
