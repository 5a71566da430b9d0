package dev.hft.net.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.hft.net.TestData;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.moldudp64.MoldUdp64PacketDecoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapReaderTest {
    /** The captures under testdata/pcap: a missing or extra one fails rather than shrinking the check. */
    private static final int PCAP_COUNT = 58;

    private final WireErrorCounters errors = new WireErrorCounters("pcap", WireErrorListener.NO_OP);
    private final PcapReader reader = new PcapReader(errors);

    @Test
    void shouldReadMoldUdp64PacketsFromRealNasdaqCapture() throws IOException {
        final MoldUdp64PacketDecoder packet = new MoldUdp64PacketDecoder();
        final List<Long> sequences = new ArrayList<>();
        final int[] messages = {0};
        final long payloads = reader.read(
            TestData.resolve("pcap/nasdaq-itch50/Nasdaq-itch50/Multiple.Packets.pcap"),
            (timestampNs, protocol, sourcePort, destinationPort, buffer, offset, length) -> {
                assertEquals(PcapReader.UDP, protocol);
                packet.wrap(buffer, offset, length);
                sequences.add(packet.sequenceNumber());
                messages[0] += packet.forEachMessage((sequence, b, o, l) -> { });
            });
        assertEquals(2, payloads);
        assertEquals(39, messages[0]);
        assertEquals(0, errors.total());
    }

    @Test
    void shouldReadEveryCaptureInTheTestdataFolder() throws IOException {
        try (var files = Files.walk(TestData.root().resolve("pcap"))) {
            final List<Path> pcaps = files.filter(p -> p.toString().endsWith(".pcap")).toList();
            assertEquals(PCAP_COUNT, pcaps.size(), "pcaps under testdata/pcap (49 ITCH, 6 OUCH, 3 PITCH)");
            for (final Path pcap : pcaps) {
                final long payloads = reader.read(pcap, (t, p, s, d, b, o, l) -> { });
                assertEquals(true, payloads > 0, pcap::toString);
            }
        }
        assertEquals(0, errors.total(), errors::toString);
    }

    @Test
    void shouldReportTruncatedRecordAndKeepEarlierPackets(@TempDir final Path dir) throws IOException {
        final byte[] original = Files.readAllBytes(
            TestData.resolve("pcap/nasdaq-itch50/Nasdaq-itch50/Multiple.Packets.pcap"));
        final byte[] truncated = java.util.Arrays.copyOf(original, original.length - 10);
        final long payloads =
            reader.read(new UnsafeBuffer(truncated), 0, truncated.length, (t, p, s, d, b, o, l) -> { });
        assertEquals(1, payloads);
        assertEquals(1, errors.count(WireError.TRUNCATED));
    }

    @Test
    void shouldRejectFilesThatAreNotClassicPcap() {
        final UnsafeBuffer notPcap = new UnsafeBuffer(new byte[64]);
        notPcap.putInt(0, 0x0A0D0D0A, ByteOrder.LITTLE_ENDIAN); // pcapng section header block
        assertThrows(IOException.class, () -> reader.read(notPcap, 0, 64, (t, p, s, d, b, o, l) -> { }));
    }
}
