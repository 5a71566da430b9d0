package dev.hft.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.net.itch.Itch50Messages;
import org.junit.jupiter.api.Test;

/**
 * A generated flyweight used before its first {@code wrap} reads zeros and writes scratch: it must never reach
 * absolute address 0 through {@code Unsafe} (which would crash the JVM).
 */
class UnwrappedFlyweightTest {
    @Test
    void shouldReadZerosAndWriteScratchBeforeTheFirstWrapInItch() {
        final dev.hft.net.itch.AddOrderEncoder encoder = new dev.hft.net.itch.AddOrderEncoder()
            .orderReferenceNumber(-1L).price(123_456L).timestamp(0xFFFF_FFFF_FFFFL).shares(7L);
        assertEquals(dev.hft.net.itch.AddOrderEncoder.class, encoder.getClass());
        final dev.hft.net.itch.AddOrderDecoder decoder = new dev.hft.net.itch.AddOrderDecoder();
        assertEquals(0L, decoder.orderReferenceNumber());
        assertEquals(0L, decoder.price());
        assertEquals(0L, decoder.timestamp());
        assertEquals(0, decoder.stockLocate());
        assertEquals("AddOrder{unwrapped}", decoder.toString());
    }

    @Test
    void shouldReadZerosAndWriteScratchBeforeTheFirstWrapInPitch() {
        new dev.hft.net.pitch.AddOrderLongEncoder().orderId(-1L).quantity(100L).price(1_025_000L);
        final dev.hft.net.pitch.AddOrderLongDecoder decoder = new dev.hft.net.pitch.AddOrderLongDecoder();
        assertEquals(0, decoder.length());
        assertEquals(0L, decoder.orderId());
        assertEquals(0L, decoder.quantity());
        assertEquals(0L, decoder.price());
    }

    @Test
    void shouldReadZerosAndWriteScratchBeforeTheFirstWrapInOuch() {
        new dev.hft.net.ouch.EnterOrderEncoder().userRefNum(42L).price(1_000_000L).side((byte) 'B');
        final dev.hft.net.ouch.EnterOrderDecoder decoder = new dev.hft.net.ouch.EnterOrderDecoder();
        assertEquals(0L, decoder.userRefNum());
        assertEquals(0L, decoder.price());
        assertEquals(0, decoder.side());
        assertEquals(dev.hft.net.ouch.EnterOrderDecoder.LENGTH, decoder.encodedLength());
    }

    @Test
    void shouldHoldTheLongestFixedMessageInTheScratchArrays() {
        assertTrue(Itch50Messages.MAX_LENGTH <= WireAccess.UNWRAPPED_LENGTH);
        assertTrue(dev.hft.net.ouch.EnterOrderDecoder.LENGTH <= WireAccess.UNWRAPPED_LENGTH);
        assertEquals(WireAccess.UNWRAPPED_LENGTH, WireAccess.UNWRAPPED_DECODER.length);
        assertEquals(WireAccess.UNWRAPPED_LENGTH, WireAccess.UNWRAPPED_ENCODER.length);
    }
}
