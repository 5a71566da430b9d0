package dev.hft.net.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import dev.hft.net.TestData;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.PcapReader;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads the real OUCH 5.0 captures (testdata/pcap/nasdaq-ouch50: Ethernet / IPv4 / TCP / SoupBinTCP / OUCH) into
 * SoupBinTCP packets: each one's type and payload bytes, copied.
 */
final class OuchCaptures {
    /** One SoupBinTCP packet of a capture. */
    record Packet(char type, byte[] payload) {
        UnsafeBuffer buffer() {
            return new UnsafeBuffer(payload);
        }
    }

    private OuchCaptures() {
    }

    static List<Packet> read(final String name) throws IOException {
        final WireErrorCounters errors = new WireErrorCounters("pcap", WireErrorListener.NO_OP);
        final List<Packet> packets = new ArrayList<>();
        new PcapReader(errors).read(TestData.resolve("pcap/nasdaq-ouch50/" + name),
            (timestampNs, protocol, sourcePort, destinationPort, buffer, offset, length) -> {
                assertEquals(PcapReader.TCP, protocol);
                int at = offset;
                final int end = offset + length;
                while (at < end) {
                    final int packetLength = buffer.getShort(at, ByteOrder.BIG_ENDIAN) & 0xFFFF;
                    final char type = (char) buffer.getByte(at + 2);
                    final byte[] payload = new byte[packetLength - 1];
                    buffer.getBytes(at + 3, payload);
                    packets.add(new Packet(type, payload));
                    at += 2 + packetLength;
                }
                assertEquals(end, at, "TCP payload ends inside a SoupBinTCP packet");
            });
        assertEquals(0, errors.total(), errors::toString);
        return packets;
    }
}
