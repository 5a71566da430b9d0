package dev.hft.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WireToWireTest {
    private static final Pattern LAST_LINE =
        Pattern.compile("wire-to-wire p50=(\\d+) p99=(\\d+) p99\\.9=(\\d+) max=(\\d+) gc=(\\d+)");
    private static final Pattern ORDERS = Pattern.compile(
        "orders sent ([\\d,]+) \\(gateway refused 0\\), .*; exchange received ([\\d,]+), measured ([\\d,]+),"
            + " unmatched 0, responses refused 0, ouch errors 0");

    @Test
    void shouldCarryOrdersFromTheFeedToTheExchangeAndEndWithTheSummaryLine(@TempDir final Path out)
        throws Exception {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final String summary;
        try (PrintStream report = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            summary = WireToWire.run(new String[] {"count=4000", "warmup=2000", "rate=20000", "chunk=4096",
                "out=" + out}, report);
        }
        final String text = bytes.toString(StandardCharsets.UTF_8);
        final String[] lines = text.split("\n");
        assertEquals(summary, lines[lines.length - 1]);
        final Matcher last = LAST_LINE.matcher(summary);
        assertTrue(last.matches(), summary);
        assertTrue(Long.parseLong(last.group(1)) <= Long.parseLong(last.group(4)), summary);

        final Matcher orders = ORDERS.matcher(text);
        assertTrue(orders.find(), text);
        final long sent = Long.parseLong(orders.group(1).replace(",", ""));
        final long received = Long.parseLong(orders.group(2).replace(",", ""));
        final long measured = Long.parseLong(orders.group(3).replace(",", ""));
        assertTrue(sent > 0, text);
        assertEquals(sent, received, text);
        assertTrue(measured > 0 && measured < received, text);
        assertTrue(text.contains("trading: 6,000 messages received"), text);
    }
}
