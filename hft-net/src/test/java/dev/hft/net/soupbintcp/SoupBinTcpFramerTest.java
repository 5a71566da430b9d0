package dev.hft.net.soupbintcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** The framer yields the same packets however the byte stream is cut into reads. */
class SoupBinTcpFramerTest {
    @Test
    void shouldFramePacketsCutAtEveryByte() {
        final byte[] stream = Loopback.concat(
            Loopback.packet('S', "hello"), Loopback.packet('H', ""), Loopback.packet('S', "world!"));
        final SoupBinTcpFramer framer = new SoupBinTcpFramer(64, 61);
        final List<String> packets = new ArrayList<>();
        for (final byte b : stream) {
            framer.append(new UnsafeBuffer(new byte[] {b}), 0, 1);
            drain(framer, packets);
        }
        assertEquals(List.of("S:hello", "H:", "S:world!"), packets);
        assertEquals(0, framer.pendingLength());
    }

    @Test
    void shouldStopAtImpossibleLengths() {
        final SoupBinTcpFramer framer = new SoupBinTcpFramer(64, 10);
        framer.append(new UnsafeBuffer(Loopback.concat(Loopback.packet('S', "ok"), new byte[] {0, 0, 'S'})), 0, 8);
        final List<String> packets = new ArrayList<>();
        assertEquals(SoupBinTcpFramer.BAD_LENGTH, drain(framer, packets));
        assertEquals(List.of("S:ok"), packets);
        assertEquals(SoupBinTcpFramer.BAD_LENGTH, framer.next());

        framer.reset();
        framer.append(new UnsafeBuffer(Loopback.packet('S', "eleven byte")), 0, 14);
        assertEquals(SoupBinTcpFramer.BAD_LENGTH, framer.next());
    }

    @Test
    void shouldNotTakeMoreThanItsCapacity() {
        final SoupBinTcpFramer framer = new SoupBinTcpFramer(8, 5);
        assertEquals(8, framer.append(new UnsafeBuffer(new byte[20]), 0, 20));
    }

    static int drain(final SoupBinTcpFramer framer, final List<String> packets) {
        int result;
        while ((result = framer.next()) == SoupBinTcpFramer.PACKET) {
            final byte[] payload = new byte[framer.payloadLength()];
            framer.buffer().getBytes(framer.payloadOffset(), payload);
            packets.add((char) framer.packetType() + ":" + new String(payload, StandardCharsets.ISO_8859_1));
        }
        return result;
    }
}
