package dev.hft.examples.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.book.BookBuilder;
import dev.hft.book.BookValidator;
import dev.hft.testkit.SyntheticItchFiles;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.timing.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay tool over a small synthetic gzip ITCH file: report printed, books valid, nothing unknown. */
class BookReplayTest {

    @Test
    void shouldReplayAGzipFileAndPrintTheBusiestBooks(@TempDir final Path dir) throws IOException {
        final Path file = dir.resolve("day.itch.gz");
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.instruments = 8;
        final long written = SyntheticItchFiles.write(file, config, 50_000, null);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        final BookBuilder builder;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            builder = BookReplay.replay(file, 3, out, null, new ManualClock());
        }

        final String report = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        assertTrue(report.contains(String.format(java.util.Locale.ROOT, "%,d messages", written)), report);
        assertTrue(report.contains("3 busiest instruments (of 8)"), report);
        assertEquals(8, builder.instrumentCount());
        assertEquals(0, builder.unknownOrderCount());
        for (int id = 0; id < builder.instrumentCount(); id++) {
            assertEquals(BookValidator.OK, BookValidator.check(builder.book(id)));
        }
    }
}
