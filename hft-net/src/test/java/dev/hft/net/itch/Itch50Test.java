package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hft.api.FixedPoint;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class Itch50Test {
    @Test
    void shouldPackSymbolsAsTheWireHoldsThem() {
        assertEquals(0x4141_504C_2020_2020L, Itch50.packSymbol("AAPL"));
        assertEquals(0x4252_4B2E_4220_2020L, Itch50.packSymbol("BRK.B"));
        assertEquals(0x4142_4344_4546_4748L, Itch50.packSymbol("ABCDEFGH"));
        assertEquals(0x2020_2020_2020_2020L, Itch50.packSymbol(""));
        assertEquals("AAPL", Itch50.unpackSymbol(0x4141_504C_2020_2020L));
        assertEquals("", Itch50.unpackSymbol(0x2020_2020_2020_2020L));
    }

    @Test
    void shouldPackMpidsAndOtherAlphaWidths() {
        assertEquals(0x4E53_4451, Itch50.packMpid("NSDQ"));
        assertEquals(0x5649_5254, Itch50.packMpid("VIRT"));
        assertEquals("VIRT", Itch50.unpackMpid(0x5649_5254));
        assertEquals(0x4C55_4450L, Itch50.packAlpha("LUDP", 4));
        assertEquals(0x5A20L, Itch50.packAlpha("Z", 2));
        assertEquals("Z", Itch50.unpackAlpha(0x5A20L, 2));
        assertEquals(0x42L, Itch50.packAlpha("B", 1));
    }

    @Test
    void shouldRejectAlphaThatDoesNotFit() {
        assertThrows(IllegalArgumentException.class, () -> Itch50.packSymbol("TOOLONGSYM"));
        assertThrows(IllegalArgumentException.class, () -> Itch50.packMpid("ABCDE"));
        assertThrows(IllegalArgumentException.class, () -> Itch50.packSymbol("ÄPPLE"));
        assertThrows(IllegalArgumentException.class, () -> Itch50.packAlpha("A", 9));
        assertThrows(IllegalArgumentException.class, () -> Itch50.unpackAlpha(0, 0));
        assertThrows(IllegalArgumentException.class,
            () -> new AddOrderEncoder().wrap(new UnsafeBuffer(new byte[64]), 0).stock("NINECHARS"));
    }

    @Test
    void shouldMatchTheDecodersStockToTheEncodersText() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        new AddOrderMpidEncoder().wrap(buffer, 0).stock("MSFT").attribution("GSCO");
        final AddOrderMpidDecoder decoder = new AddOrderMpidDecoder().wrap(buffer, 0);
        assertEquals(Itch50.packSymbol("MSFT"), decoder.stock());
        assertEquals(Itch50.packMpid("GSCO"), decoder.attribution());
        final byte[] stock = new byte[8];
        decoder.getStock(stock);
        assertArrayEquals(new byte[] {'M', 'S', 'F', 'T', ' ', ' ', ' ', ' '}, stock);
        final byte[] mpid = new byte[4];
        decoder.getAttribution(mpid);
        assertArrayEquals(new byte[] {'G', 'S', 'C', 'O'}, mpid);
    }

    @Property(tries = 500)
    void shouldRoundTripAnySymbol(@ForAll @StringLength(max = 8) @CharRange(from = '!', to = '~') final String symbol) {
        assertEquals(symbol, Itch50.unpackSymbol(Itch50.packSymbol(symbol)));
    }

    @Test
    void shouldConvertPrice4ToTheProjectsFixedPoint() {
        assertEquals(FixedPoint.parse("47.91"), Itch50.price4ToFixedPoint(479_100));
        assertEquals(FixedPoint.parse("0.0001"), Itch50.price4ToFixedPoint(1));
        assertEquals(FixedPoint.parse("429496.7295"), Itch50.price4ToFixedPoint(0xFFFF_FFFFL));
    }

    @Test
    void shouldKnowEveryMessageLengthAndNoOther() {
        assertEquals(36, Itch50.messageLength((byte) 'A'));
        assertEquals(50, Itch50.messageLength((byte) 'I'));
        assertEquals(21, Itch50.messageLength((byte) 'h'));
        assertEquals(48, Itch50.messageLength((byte) 'O'));
        assertEquals(Itch50.UNKNOWN_TYPE, Itch50.messageLength((byte) 'T'));
        assertEquals(Itch50.UNKNOWN_TYPE, Itch50.messageLength((byte) 0x80));
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int type = 0; type < 256; type++) {
            final int length = Itch50.messageLength((byte) type);
            if (length != Itch50.UNKNOWN_TYPE) {
                min = Math.min(min, length);
                max = Math.max(max, length);
            }
        }
        assertEquals(Itch50.MIN_MESSAGE_LENGTH, min);
        assertEquals(Itch50.MAX_MESSAGE_LENGTH, max);
    }

    @Test
    void shouldReadTheCommonHeaderOfAnyMessage() {
        final UnsafeBuffer buffer = ItchSpecVectorTest.hex(ItchSpecVectorTest.OPERATIONAL_HALT);
        assertEquals('h', Itch50.messageType(buffer, 0));
        assertEquals(8000, Itch50.stockLocate(buffer, 0));
        assertEquals(8, Itch50.trackingNumber(buffer, 0));
        assertEquals(50_400_000_000_000L, Itch50.timestamp(buffer, 0));
    }

    @Test
    void shouldPrintAnUnwrappedDecoderWithoutFailing() {
        assertEquals("AddOrder{unwrapped}", new AddOrderDecoder().toString());
    }
}
