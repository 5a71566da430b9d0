package dev.hft.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.itch.AddOrderDecoder;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.ItchMessageDispatcher;
import dev.hft.net.itch.OrderReplaceDecoder;
import dev.hft.timing.ManualClock;
import dev.hft.net.capture.CaptureSummary;
import dev.hft.net.capture.ItchFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticItchFilesTest {
    @Test
    void shouldWriteAFileThatDecodesCleanlyAndSummarisesToTheSameCounts(@TempDir final Path dir) throws IOException {
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.instruments = 25;
        final Path file = dir.resolve("day.itch.gz");

        final long written = SyntheticItchFiles.write(file, config, 100_000, null);

        final long[] byType = new long[128];
        final long[] lastReference = {0};
        final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(new ItchListener() {
            @Override
            public void onAddOrder(final AddOrderDecoder message) {
                assertTrue(message.orderReferenceNumber() > lastReference[0], "references increase");
                lastReference[0] = message.orderReferenceNumber();
                assertTrue(message.stockLocate() >= 1 && message.stockLocate() <= 25);
            }

            @Override
            public void onOrderReplace(final OrderReplaceDecoder message) {
                assertTrue(message.newOrderReferenceNumber() > lastReference[0], "references increase");
                lastReference[0] = message.newOrderReferenceNumber();
            }
        }, errors);
        try (ItchFileReader reader = ItchFileReader.open(file, errors)) {
            while (reader.read((sequence, buffer, offset, length) -> {
                assertTrue(dispatcher.onMessage(buffer, offset, length) > 0);
                byType[buffer.getByte(offset)]++;
            }, 10_000) > 0) {
                assertEquals(0, errors.total(), errors::toString);
            }
            assertEquals(written, reader.messages());
        }
        assertEquals(0, errors.total(), errors::toString);
        assertEquals(100_000 + 1 + 2 * 25 + 2 + 2, written);
        assertEquals(25, byType['R']);

        final CaptureSummary.Summary summary = CaptureSummary.summarize(file, null, new ManualClock());
        assertEquals(CaptureSummary.Format.ITCH_FILE_GZIP, summary.format());
        assertEquals(written, summary.messages());
        for (final char type : new char[] {'A', 'D', 'E', 'X', 'U', 'P', 'C', 'S', 'H'}) {
            assertEquals(byType[type], summary.count(type), () -> "type " + type);
        }
    }
}
