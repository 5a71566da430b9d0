package dev.hft.net.pitch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * One hand-assembled vector per message type, typed byte by byte from the 2.41 field tables (little-endian, so each
 * integer's bytes are reversed), covering the types the real captures do not have. Every decoder must read the
 * commented values, and every encoder must write exactly these bytes. Shared values: Time Offset 447,000 =
 * 0x0006D218 (18 d2 06 00), Order Id 0x0B1D568F775B4005, Execution Id 0xBBE0462B34, long price $102.50 = 1,025,000 =
 * 0x0FA3E8, short price $102.50 = 10,250 = 0x280A, symbol "ZVZZT".
 */
class PitchSpecVectorTest {
    private static final long TIME_OFFSET = 447_000;
    private static final long ORDER_ID = 0x0B1D_568F_775B_4005L;
    private static final long EXECUTION_ID = 0xBB_E046_2B34L;
    private static final long ZVZZT = Pitch.packSymbol("ZVZZT");

    /** Message bytes, one vector per type, in the order of the spec's chapter 4. */
    private static final String[] VECTORS = {
        "06 20 98 85 00 00",                                            // Time 34,200
        "06 97 18 d2 06 00",                                            // Unit Clear
        "22 21 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 42 20 4e 00 00 5a 56 5a 5a 54 20 e8 a3 0f 00 00 00 00 00 01",
        "1a 22 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 53 20 4e 5a 56 5a 5a 54 20 0a 28 01",
        "29 2f 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 42 20 4e 00 00 5a 56 5a 5a 54 20 20 20 e8 a3 0f 00 00 00 00 00 01"
            + " 4d 50 49 44 20",
        "1a 23 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 64 00 00 00 34 2b 46 e0 bb 00 00 00",
        "26 24 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 64 00 00 00 bc 4d 00 00 34 2b 46 e0 bb 00 00 00"
            + " e8 a3 0f 00 00 00 00 00",
        "12 25 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 10 27 00 00",
        "10 26 18 d2 06 00 05 40 5b 77 8f 56 1d 0b f4 01",
        "1b 27 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 98 3a 00 00 f4 a3 0f 00 00 00 00 00 03",
        "13 28 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 98 3a 0b 28 00",
        "0e 29 18 d2 06 00 05 40 5b 77 8f 56 1d 0b",
        "29 2a 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 42 a0 86 01 00 5a 56 5a 5a 54 20 e8 a3 0f 00 00 00 00 00"
            + " 34 2b 46 e0 bb 00 00 00",
        "21 2b 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 42 e8 03 5a 56 5a 5a 54 20 0a 28 34 2b 46 e0 bb 00 00 00",
        "2b 30 18 d2 06 00 05 40 5b 77 8f 56 1d 0b 42 a0 86 01 00 5a 56 5a 5a 54 20 20 20 e8 a3 0f 00 00 00 00 00"
            + " 34 2b 46 e0 bb 00 00 00",
        "0e 2c 18 d2 06 00 34 2b 46 e0 bb 00 00 00",
        "06 2d 18 d2 06 00",
        "12 31 18 d2 06 00 5a 56 5a 5a 54 20 20 20 48 31 00 00",
        "2f 95 18 d2 06 00 5a 56 5a 5a 54 20 20 20 49 e8 a3 0f 00 00 00 00 00 f8 24 01 00 20 4e 00 00"
            + " e9 a3 0f 00 00 00 00 00 ea a3 0f 00 00 00 00 00",
        "1b 96 18 d2 06 00 5a 56 5a 5a 54 20 20 20 43 e8 a3 0f 00 00 00 00 00 a0 86 01 00",
        "0f 98 18 d2 06 00 5a 56 5a 5a 54 20 20 20 41",
    };

    /** What the decoders must read from VECTORS, in the same order. */
    private static final List<String> DECODED = List.of(
        "Time[time=34200]",
        "UnitClear[timeOffset=447000]",
        "AddOrderLong[timeOffset=447000, orderId=0xB1D568F775B4005, sideIndicator=B, quantity=20000, symbol=ZVZZT, "
            + "price=1025000(102.5), addFlags=0x01]",
        "AddOrderShort[timeOffset=447000, orderId=0xB1D568F775B4005, sideIndicator=S, quantity=20000, symbol=ZVZZT, "
            + "price=10250(102.5), addFlags=0x01]",
        "AddOrderExpanded[timeOffset=447000, orderId=0xB1D568F775B4005, sideIndicator=B, quantity=20000, "
            + "symbol=ZVZZT, price=1025000(102.5), addFlags=0x01, participantId=MPID, customerIndicator= ]",
        "OrderExecuted[timeOffset=447000, orderId=0xB1D568F775B4005, executedQuantity=100, "
            + "executionId=0xBBE0462B34]",
        // remaining 0x4DBC
        "OrderExecutedAtPriceSize[timeOffset=447000, orderId=0xB1D568F775B4005, executedQuantity=100, "
            + "remainingQuantity=19900, executionId=0xBBE0462B34, price=1025000(102.5)]",
        // 0x2710
        "ReduceSizeLong[timeOffset=447000, orderId=0xB1D568F775B4005, canceledQuantity=10000]",
        // 0x01F4
        "ReduceSizeShort[timeOffset=447000, orderId=0xB1D568F775B4005, canceledQuantity=500]",
        // quantity 0x3A98, price 0x0FA3F4 = $102.5012, flags display + maintain priority
        "ModifyOrderLong[timeOffset=447000, orderId=0xB1D568F775B4005, quantity=15000, price=1025012(102.5012), "
            + "modifyFlags=0x03]",
        // price 0x280B = $102.51
        "ModifyOrderShort[timeOffset=447000, orderId=0xB1D568F775B4005, quantity=15000, price=10251(102.51), "
            + "modifyFlags=0x00]",
        "DeleteOrder[timeOffset=447000, orderId=0xB1D568F775B4005]",
        // quantity 0x0186A0
        "TradeLong[timeOffset=447000, orderId=0xB1D568F775B4005, sideIndicator=B, quantity=100000, symbol=ZVZZT, "
            + "price=1025000(102.5), executionId=0xBBE0462B34]",
        // quantity 0x03E8
        "TradeShort[timeOffset=447000, orderId=0xB1D568F775B4005, sideIndicator=B, quantity=1000, symbol=ZVZZT, "
            + "price=10250(102.5), executionId=0xBBE0462B34]",
        "TradeExpanded[timeOffset=447000, orderId=0xB1D568F775B4005, sideIndicator=B, quantity=100000, "
            + "symbol=ZVZZT, price=1025000(102.5), executionId=0xBBE0462B34]",
        "TradeBreak[timeOffset=447000, executionId=0xBBE0462B34]",
        "EndOfSession[timeOffset=447000]",
        // halted, Reg SHO price test in effect
        "TradingStatus[timeOffset=447000, symbol=ZVZZT, tradingStatus=H, regShoAction=1]",
        // IPO auction; buy 0x0124F8, sell 0x4E20; indicative and auction-only one and two ten-thousandths higher
        "AuctionUpdate[timeOffset=447000, symbol=ZVZZT, auctionType=I, referencePrice=1025000(102.5), "
            + "buyShares=75000, sellShares=20000, indicativePrice=1025001(102.5001), "
            + "auctionOnlyPrice=1025002(102.5002)]",
        // closing auction, 0x0186A0 shares
        "AuctionSummary[timeOffset=447000, symbol=ZVZZT, auctionType=C, price=1025000(102.5), shares=100000]",
        "RetailPriceImprovement[timeOffset=447000, symbol=ZVZZT, retailPriceImprovement=A]");

    private final WireErrorCounters errors = new WireErrorCounters("pitch", WireErrorListener.NO_OP);
    private final PitchEvents events = new PitchEvents();
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);

    static byte[] hex(final String text) {
        final String digits = text.replace(" ", "");
        final byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    @Test
    void shouldDecodeOneHandAssembledPacketWithEveryMessageType() {
        // 0b 02 | 15 | 01 | 01 00 00 00: 8 + 515 bytes of messages, 21 messages, unit 1, sequence 1
        int length = 0;
        buffer.putBytes(length, hex("0b 02 15 01 01 00 00 00"));
        length += 8;
        for (final String vector : VECTORS) {
            final byte[] bytes = hex(vector);
            assertEquals(bytes[0] & 0xFF, bytes.length, vector);
            assertEquals(Pitch.messageLength(bytes[1]), bytes.length, vector);
            buffer.putBytes(length, bytes);
            length += bytes.length;
        }
        assertEquals(523, length);

        final int delivered = new PitchMessageDispatcher(events, errors).onPacket(buffer, 0, length);

        assertEquals(21, delivered);
        assertEquals(0, errors.total(), errors::toString);
        final List<String> expected = new ArrayList<>();
        expected.add("UnitHeader[length=523, count=21, unit=1, sequence=1]");
        expected.addAll(DECODED);
        assertEquals(expected, events.events);
    }

    @Test
    void shouldEncodeExactlyTheHandAssembledBytes() {
        final List<byte[]> encoded = new ArrayList<>();
        new TimeEncoder().wrap(buffer, 0).time(34_200);
        encoded.add(copy(TimeEncoder.LENGTH));
        new UnitClearEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET);
        encoded.add(copy(UnitClearEncoder.LENGTH));
        new AddOrderLongEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).sideIndicator((byte) 'B')
            .quantity(20_000).symbol(ZVZZT).price(1_025_000).addFlags(1);
        encoded.add(copy(AddOrderLongEncoder.LENGTH));
        new AddOrderShortEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID)
            .sideIndicator((byte) 'S').quantity(20_000).symbol(ZVZZT).price(10_250).addFlags(1);
        encoded.add(copy(AddOrderShortEncoder.LENGTH));
        new AddOrderExpandedEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID)
            .sideIndicator((byte) 'B').quantity(20_000).symbol(ZVZZT).price(1_025_000).addFlags(1)
            .participantId(Pitch.packParticipantId("MPID")).customerIndicator((byte) ' ');
        encoded.add(copy(AddOrderExpandedEncoder.LENGTH));
        new OrderExecutedEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).executedQuantity(100)
            .executionId(EXECUTION_ID);
        encoded.add(copy(OrderExecutedEncoder.LENGTH));
        new OrderExecutedAtPriceSizeEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID)
            .executedQuantity(100).remainingQuantity(19_900).executionId(EXECUTION_ID).price(1_025_000);
        encoded.add(copy(OrderExecutedAtPriceSizeEncoder.LENGTH));
        new ReduceSizeLongEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).canceledQuantity(10_000);
        encoded.add(copy(ReduceSizeLongEncoder.LENGTH));
        new ReduceSizeShortEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).canceledQuantity(500);
        encoded.add(copy(ReduceSizeShortEncoder.LENGTH));
        new ModifyOrderLongEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).quantity(15_000)
            .price(1_025_012).modifyFlags(Pitch.MODIFY_FLAG_DISPLAY | Pitch.MODIFY_FLAG_MAINTAIN_PRIORITY);
        encoded.add(copy(ModifyOrderLongEncoder.LENGTH));
        new ModifyOrderShortEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).quantity(15_000)
            .price(10_251).modifyFlags(0);
        encoded.add(copy(ModifyOrderShortEncoder.LENGTH));
        new DeleteOrderEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID);
        encoded.add(copy(DeleteOrderEncoder.LENGTH));
        new TradeLongEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).sideIndicator((byte) 'B')
            .quantity(100_000).symbol(ZVZZT).price(1_025_000).executionId(EXECUTION_ID);
        encoded.add(copy(TradeLongEncoder.LENGTH));
        new TradeShortEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).sideIndicator((byte) 'B')
            .quantity(1_000).symbol(ZVZZT).price(10_250).executionId(EXECUTION_ID);
        encoded.add(copy(TradeShortEncoder.LENGTH));
        new TradeExpandedEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).orderId(ORDER_ID).sideIndicator((byte) 'B')
            .quantity(100_000).symbol(ZVZZT).price(1_025_000).executionId(EXECUTION_ID);
        encoded.add(copy(TradeExpandedEncoder.LENGTH));
        new TradeBreakEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).executionId(EXECUTION_ID);
        encoded.add(copy(TradeBreakEncoder.LENGTH));
        new EndOfSessionEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET);
        encoded.add(copy(EndOfSessionEncoder.LENGTH));
        new TradingStatusEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).symbol(ZVZZT).tradingStatus((byte) 'H')
            .regShoAction((byte) '1');
        encoded.add(copy(TradingStatusEncoder.LENGTH));
        new AuctionUpdateEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).symbol(ZVZZT).auctionType((byte) 'I')
            .referencePrice(1_025_000).buyShares(75_000).sellShares(20_000).indicativePrice(1_025_001)
            .auctionOnlyPrice(1_025_002);
        encoded.add(copy(AuctionUpdateEncoder.LENGTH));
        new AuctionSummaryEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).symbol(ZVZZT).auctionType((byte) 'C')
            .price(1_025_000).shares(100_000);
        encoded.add(copy(AuctionSummaryEncoder.LENGTH));
        new RetailPriceImprovementEncoder().wrap(buffer, 0).timeOffset(TIME_OFFSET).symbol(ZVZZT)
            .retailPriceImprovement((byte) 'A');
        encoded.add(copy(RetailPriceImprovementEncoder.LENGTH));

        assertEquals(VECTORS.length, encoded.size());
        for (int i = 0; i < VECTORS.length; i++) {
            assertArrayEquals(hex(VECTORS[i]), encoded.get(i), VECTORS[i]);
        }
    }

    @Test
    void shouldEncodeTheUnitHeaderOfTheRealMultipleMessagesPacket() {
        new SequencedUnitHeaderEncoder().wrap(buffer, 0).length(66).count(3).unit(31).sequence(35_742);
        assertArrayEquals(hex("42 00 03 1f 9e 8b 00 00"), copy(SequencedUnitHeaderEncoder.LENGTH));
    }

    @Test
    void shouldPackSymbolsAndParticipantIdsLikeTheWire() {
        // "ZVZZT   " read as a little-endian long: 5a 56 5a 5a 54 20 20 20
        assertEquals(0x2020_2054_5A5A_565AL, ZVZZT);
        assertEquals("ZVZZT", Pitch.symbolToString(ZVZZT));
        assertEquals(Pitch.NO_SYMBOL, Pitch.packSymbol(""));
        assertEquals(0x4449_504D, Pitch.packParticipantId("MPID"));
        assertEquals(Pitch.NO_PARTICIPANT_ID, Pitch.packParticipantId(""));
        assertTrue(Pitch.fitsShortSymbol(ZVZZT));
        assertFalse(Pitch.fitsShortSymbol(Pitch.packSymbol("ZVZZTEST")));
        assertEquals(0, Pitch.messageLength(0x7F));
    }

    private byte[] copy(final int length) {
        final byte[] bytes = new byte[length];
        buffer.getBytes(0, bytes);
        return bytes;
    }
}
