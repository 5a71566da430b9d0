package dev.hft.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickToTradeTest {
    private static final Pattern LAST_LINE =
        Pattern.compile("tick-to-trade p50=(\\d+) p99=(\\d+) p99\\.9=(\\d+) max=(\\d+) gc=(\\d+)"
            + " service\\.p50=(\\d+) service\\.p99=(\\d+) service\\.p99\\.9=(\\d+)");

    @Test
    void shouldRunThePathAndEndWithTheSummaryLine(@TempDir final Path out) throws Exception {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final String summary;
        try (PrintStream report = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            summary = TickToTrade.run(new String[] {"events=20000", "warmup=20000", "rate=1000000", "chunk=4096",
                "out=" + out}, report);
        }
        final String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(summary, lines[lines.length - 1]);
        final Matcher matcher = LAST_LINE.matcher(summary);
        assertTrue(matcher.matches(), summary);
        assertEquals("0", matcher.group(5), "a GC during the measured packets: " + summary);
        final long p50 = Long.parseLong(matcher.group(1));
        final long max = Long.parseLong(matcher.group(4));
        assertTrue(p50 > 0 && p50 <= max, summary);
        final long serviceP50 = Long.parseLong(matcher.group(6));
        assertTrue(serviceP50 > 0 && serviceP50 <= Long.parseLong(matcher.group(7)), summary);

        final String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("book errors 0, wire errors 0"), text);
        assertTrue(text.contains("through hft-engine"), text);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(12, files.filter(p -> p.getFileName().toString().endsWith(".hgrm")).count());
        }
    }

    @Test
    void shouldMeasureServiceTimeWithoutStageMarks(@TempDir final Path out) throws Exception {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final String summary;
        try (PrintStream report = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            summary = TickToTrade.run(new String[] {"events=20000", "warmup=20000", "rate=1000000", "chunk=4096",
                "stages=off", "settle=0", "out=" + out}, report);
        }
        final Matcher matcher = LAST_LINE.matcher(summary);
        assertTrue(matcher.matches(), summary);
        assertTrue(Long.parseLong(matcher.group(6)) > 0, summary);
        final String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("stage marks off"), text);
        assertTrue(text.contains("risk/OMS rejects"), text);
    }
}
