package dev.hft.net.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.hft.net.TestData;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItchFileTest {
    private final WireErrorCounters errors = new WireErrorCounters("file", WireErrorListener.NO_OP);

    @ParameterizedTest
    @ValueSource(strings = {"day.itch", "day.itch.gz"})
    void shouldReadBackEveryMessageWritten(final String name, @TempDir final Path dir) throws IOException {
        final List<byte[]> written = randomMessages(50_000, 7);
        final Path file = dir.resolve(name);
        try (ItchFileWriter writer = ItchFileWriter.create(file)) {
            for (final byte[] message : written) {
                writer.write(new UnsafeBuffer(message), 0, message.length);
            }
            assertEquals(written.size(), writer.messages());
        }
        final List<byte[]> read = new ArrayList<>();
        final List<Long> sequences = new ArrayList<>();
        // a small buffer forces many refills with messages split across them
        try (ItchFileReader reader = ItchFileReader.open(file, 70_000, errors)) {
            assertEquals(name.endsWith(".gz"), reader.isCompressed());
            while (reader.read((sequence, buffer, offset, length) -> {
                final byte[] copy = new byte[length];
                buffer.getBytes(offset, copy);
                read.add(copy);
                sequences.add(sequence);
            }, 1_000) > 0) {
                assertTrue(read.size() <= written.size());
            }
            assertEquals(written.size(), reader.messages());
        }
        assertEquals(written.size(), read.size());
        for (int i = 0; i < written.size(); i++) {
            assertArrayEquals(written.get(i), read.get(i), "message " + (i + 1));
        }
        assertEquals(1L, sequences.get(0));
        assertEquals((long) written.size(), sequences.get(sequences.size() - 1));
        assertEquals(0, errors.total());
    }

    @Test
    void shouldDeliverEveryCompleteMessageOfATruncatedFileAndReportTheRest(@TempDir final Path dir)
        throws IOException {
        final List<byte[]> written = randomMessages(1_000, 3);
        final Path file = dir.resolve("cut.itch");
        try (ItchFileWriter writer = ItchFileWriter.create(file)) {
            for (final byte[] message : written) {
                writer.write(new UnsafeBuffer(message), 0, message.length);
            }
        }
        final byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        final int[] count = {0};
        try (ItchFileReader reader = ItchFileReader.open(file, errors)) {
            while (reader.read((s, b, o, l) -> count[0]++, 100) > 0) {
                assertTrue(count[0] <= written.size());
            }
            assertEquals(0, reader.read((s, b, o, l) -> count[0]++, 100), "stays at the end");
        }
        assertEquals(written.size() - 1, count[0]);
        assertEquals(1, errors.count(WireError.TRUNCATED), "reported once");
    }

    @Test
    void shouldSummariseAnItchFile(@TempDir final Path dir) throws IOException {
        final Path file = dir.resolve("s.itch");
        final UnsafeBuffer message = new UnsafeBuffer(new byte[36]);
        try (ItchFileWriter writer = ItchFileWriter.create(file)) {
            for (int i = 0; i < 30; i++) {
                message.putByte(0, (byte) (i % 3 == 0 ? 'A' : 'D'));
                final long timestamp = 34_200_000_000_000L + i * 1_000_000L; // 09:30 + i ms
                message.putShort(5, (short) (timestamp >>> 32), java.nio.ByteOrder.BIG_ENDIAN);
                message.putInt(7, (int) timestamp, java.nio.ByteOrder.BIG_ENDIAN);
                writer.write(message, 0, i % 3 == 0 ? 36 : 19);
            }
        }
        final CaptureSummary.Summary summary = CaptureSummary.summarize(file, null, new ManualClock());
        assertEquals(CaptureSummary.Format.ITCH_FILE, summary.format());
        assertEquals(30, summary.messages());
        assertEquals(10, summary.count('A'));
        assertEquals(20, summary.count('D'));
        assertEquals(34_200_000_000_000L, summary.firstTimestampNs());
        assertEquals(34_200_029_000_000L, summary.lastTimestampNs());
        final String text = summary.toText();
        assertTrue(text.contains("09:30:00.000000000 to 09:30:00.029000000"), text);
        assertTrue(text.contains("add order (no MPID)"), text);
    }

    @Test
    void shouldSummariseRealCaptures() throws IOException {
        final CaptureSummary.Summary itch = CaptureSummary.summarize(
            TestData.resolve("pcap/nasdaq-itch50/Nasdaq-itch50/Multiple.Packets.pcap"), null, new ManualClock());
        assertEquals(CaptureSummary.Format.PCAP_MOLDUDP64_ITCH, itch.format());
        assertEquals(2, itch.packets());
        assertEquals(39, itch.messages());
        final CaptureSummary.Summary pitch = CaptureSummary.summarize(
            TestData.resolve("pcap/cboe-pitch/MultipleMessages.pcap"), null, new ManualClock());
        assertEquals(CaptureSummary.Format.PCAP_PITCH, pitch.format());
        assertTrue(pitch.messages() > 1, pitch::toText);
        assertEquals(0, pitch.errors());
    }

    private static List<byte[]> randomMessages(final int count, final long seed) {
        final SplittableRandom random = new SplittableRandom(seed);
        final List<byte[]> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final byte[] message = new byte[1 + random.nextInt(i % 997 == 0 ? 60_000 : 50)];
            for (int j = 0; j < message.length; j++) {
                message[j] = (byte) random.nextInt(256);
            }
            messages.add(message);
        }
        return messages;
    }
}
