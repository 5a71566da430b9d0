package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Golden vectors for the packet layout (spec section "Downstream Packet" / "Request Packet") and round trips. */
class MoldUdp64CodecTest {
    /** Session "ABC", sequence 0x0102030405060708, two messages: "hi" and an empty one. */
    private static final byte[] DOWNSTREAM = {
        'A', 'B', 'C', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
        1, 2, 3, 4, 5, 6, 7, 8,
        0, 2,
        0, 2, 'h', 'i',
        0, 0,
    };
    /** Session "ABC", request from 42 for 300 messages. */
    private static final byte[] REQUEST = {
        'A', 'B', 'C', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
        0, 0, 0, 0, 0, 0, 0, 42,
        1, 44,
    };

    @Test
    void shouldEncodeTheGoldenDownstreamPacket() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(buffer, 0, 64)
            .session(MoldUdp64.session("ABC")).sequenceNumber(0x0102030405060708L);
        assertTrue(encoder.tryAppend(new UnsafeBuffer("hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0,
            2));
        assertTrue(encoder.tryAppend(buffer, 0, 0));
        assertEquals(2, encoder.count());
        assertArrayEquals(DOWNSTREAM, Arrays.copyOf(buffer.byteArray(), encoder.length()));
    }

    @Test
    void shouldEncodeTheGoldenRequestPacket() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[20]);
        new MoldUdp64PacketEncoder().wrap(buffer, 0, 20).session(MoldUdp64.session("ABC")).sequenceNumber(42)
            .messageCount(300);
        assertArrayEquals(REQUEST, buffer.byteArray());
    }

    @Test
    void shouldDecodeTheGoldenDownstreamPacket() {
        final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
        assertTrue(decoder.wrap(new UnsafeBuffer(DOWNSTREAM), 0, DOWNSTREAM.length));
        assertEquals("ABC", decoder.session());
        assertTrue(decoder.sessionEquals(MoldUdp64.session("ABC")));
        assertFalse(decoder.sessionEquals(MoldUdp64.session("ABD")));
        assertEquals(0x0102030405060708L, decoder.sequenceNumber());
        assertEquals(2, decoder.messageCount());
        assertEquals(2, decoder.validate());
        final List<String> messages = new ArrayList<>();
        assertEquals(2, decoder.forEachMessage((sequence, buffer, offset, length) ->
            messages.add(sequence + ":" + buffer.getStringWithoutLengthAscii(offset, length))));
        assertEquals(List.of("72623859790382856:hi", "72623859790382857:"), messages);
    }

    @Test
    void shouldRejectMalformedBlocks() {
        final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
        assertFalse(decoder.wrap(new UnsafeBuffer(DOWNSTREAM), 0, 19));
        decoder.wrap(new UnsafeBuffer(DOWNSTREAM), 0, DOWNSTREAM.length - 1);
        assertEquals(MoldUdp64PacketDecoder.TRUNCATED, decoder.validate());
        decoder.wrap(new UnsafeBuffer(DOWNSTREAM), 0, 23);
        assertEquals(MoldUdp64PacketDecoder.TRUNCATED, decoder.validate());
        final byte[] trailing = Arrays.copyOf(DOWNSTREAM, DOWNSTREAM.length + 1);
        decoder.wrap(new UnsafeBuffer(trailing), 0, trailing.length);
        assertEquals(MoldUdp64PacketDecoder.TRAILING_BYTES, decoder.validate());
        assertEquals(MoldUdp64PacketDecoder.TRAILING_BYTES, decoder.forEachMessage((s, b, o, l) -> { }));
    }

    @Test
    void shouldTreatHeartbeatAndEndOfSessionAsEmpty() {
        final byte[] bytes = Arrays.copyOf(REQUEST, 20);
        bytes[18] = 0;
        bytes[19] = 0;
        final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
        decoder.wrap(new UnsafeBuffer(bytes), 0, 20);
        assertTrue(decoder.isHeartbeat());
        assertEquals(0, decoder.validate());
        bytes[18] = (byte) 0xFF;
        bytes[19] = (byte) 0xFF;
        assertTrue(decoder.isEndOfSession());
        assertEquals(0, decoder.validate());
    }

    @Test
    void shouldPadAndCheckSessionNames() {
        assertArrayEquals("S1        ".getBytes(java.nio.charset.StandardCharsets.US_ASCII), MoldUdp64.session("S1"));
        assertThrows(IllegalArgumentException.class, () -> MoldUdp64.session(""));
        assertThrows(IllegalArgumentException.class, () -> MoldUdp64.session("ELEVENCHARS"));
        assertThrows(IllegalArgumentException.class, () -> MoldUdp64.session("caf\u00e9"));
    }

    @Property(tries = 200)
    void shouldRoundTripAnyMessages(
        @ForAll @Size(max = 20) final List<@Size(max = 100) byte[]> messages,
        @ForAll @IntRange(min = 1, max = 1_000_000) final int first) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(buffer, 0, 4096)
            .session(MoldUdp64.session("PROP")).sequenceNumber(first);
        for (final byte[] message : messages) {
            assertTrue(encoder.tryAppend(new UnsafeBuffer(message), 0, message.length));
        }
        final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
        decoder.wrap(buffer, 0, encoder.length());
        final List<byte[]> decoded = new ArrayList<>();
        final List<Long> sequences = new ArrayList<>();
        final int expectedCount = messages.isEmpty() ? 0 : messages.size();
        assertEquals(expectedCount, decoder.validate());
        decoder.forEachMessage((sequence, b, offset, length) -> {
            final byte[] bytes = new byte[length];
            b.getBytes(offset, bytes);
            decoded.add(bytes);
            sequences.add(sequence);
        });
        assertEquals(messages.size(), decoded.size());
        for (int i = 0; i < messages.size(); i++) {
            assertArrayEquals(messages.get(i), decoded.get(i));
            assertEquals(first + i, sequences.get(i));
        }
    }

    @Test
    void shouldRefuseABlockThatDoesNotFit() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(buffer, 0, 30);
        assertTrue(encoder.tryAppend(buffer, 0, 8));
        assertFalse(encoder.tryAppend(buffer, 0, 1));
        assertEquals(30, encoder.length());
    }
}
