package dev.hft.net.pitch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import dev.hft.api.FixedPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Every encoder writes what its decoder reads back, field by field, at an unaligned offset, without touching a byte
 * outside the message; the unit header likewise. Prices convert to FixedPoint exactly (checked against BigInteger).
 */
class PitchCodecPropertyTest {
    private static final int TRIES = 300;
    private static final int OFFSET = 3;
    private static final byte SENTINEL = 0x5A;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    PitchCodecPropertyTest() {
        buffer.setMemory(0, buffer.capacity(), SENTINEL);
    }

    @Provide
    Arbitrary<Long> symbols6() {
        return Arbitraries.longs().map(value -> value & 0xFFFF_FFFF_FFFFL | 0x2020_0000_0000_0000L);
    }

    /** The oracle for the price conversions: raw * 10^(8 - decimals) if it fits, else NULL_PRICE. */
    private static long expectedFixed(final long raw, final int decimals) {
        final BigInteger unsigned = new BigInteger(Long.toUnsignedString(raw));
        final BigInteger fixed = unsigned.multiply(BigInteger.TEN.pow(FixedPoint.DECIMALS - decimals));
        return fixed.bitLength() < 64 ? fixed.longValue() : FixedPoint.NULL_PRICE;
    }

    /** The little-endian bytes of a packed alpha field: what getXxx(byte[]) must copy. */
    private static byte[] ascii(final long packed, final int length) {
        final byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (packed >>> (8 * i));
        }
        return bytes;
    }

    private void assertUntouchedAround(final int length) {
        for (int i = 0; i < OFFSET; i++) {
            assertEquals(SENTINEL, buffer.getByte(i), "byte before the message");
        }
        for (int i = OFFSET + length; i < buffer.capacity(); i++) {
            assertEquals(SENTINEL, buffer.getByte(i), "byte after the message");
        }
    }

    @Property(tries = TRIES)
    void shouldRoundTripSequencedUnitHeader(
        @ForAll @IntRange(max = 0xFFFF) final int length,
        @ForAll @IntRange(max = 0xFF) final int count,
        @ForAll @IntRange(max = 0xFF) final int unit,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long sequence) {
        new SequencedUnitHeaderEncoder().wrap(buffer, OFFSET).length(length).count(count).unit(unit).sequence(sequence);
        assertUntouchedAround(SequencedUnitHeaderDecoder.LENGTH);
        final SequencedUnitHeaderDecoder decoder = new SequencedUnitHeaderDecoder().wrap(buffer, OFFSET);
        assertEquals(length, decoder.length());
        assertEquals(count, decoder.count());
        assertEquals(unit, decoder.unit());
        assertEquals(sequence, decoder.sequence());
    }

    @Property(tries = TRIES)
    void shouldRoundTripTime(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long time) {
        new TimeEncoder().wrap(buffer, OFFSET)
            .time(time);
        assertUntouchedAround(TimeDecoder.LENGTH);
        final TimeDecoder decoder = new TimeDecoder().wrap(buffer, OFFSET);
        assertEquals(TimeDecoder.LENGTH, decoder.length());
        assertEquals(TimeDecoder.TYPE, decoder.messageType());
        assertEquals(TimeDecoder.LENGTH, Pitch.messageLength(TimeDecoder.TYPE));
        assertEquals(time, decoder.time());
    }

    @Property(tries = TRIES)
    void shouldRoundTripUnitClear(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset) {
        new UnitClearEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset);
        assertUntouchedAround(UnitClearDecoder.LENGTH);
        final UnitClearDecoder decoder = new UnitClearDecoder().wrap(buffer, OFFSET);
        assertEquals(UnitClearDecoder.LENGTH, decoder.length());
        assertEquals(UnitClearDecoder.TYPE, decoder.messageType());
        assertEquals(UnitClearDecoder.LENGTH, Pitch.messageLength(UnitClearDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
    }

    @Property(tries = TRIES)
    void shouldRoundTripAddOrderLong(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll final byte sideIndicator,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long quantity,
        @ForAll("symbols6") final long symbol,
        @ForAll final long price,
        @ForAll @IntRange(max = 0xFF) final int addFlags) {
        new AddOrderLongEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .sideIndicator(sideIndicator)
            .quantity(quantity)
            .symbol(symbol)
            .price(price)
            .addFlags(addFlags);
        assertUntouchedAround(AddOrderLongDecoder.LENGTH);
        final AddOrderLongDecoder decoder = new AddOrderLongDecoder().wrap(buffer, OFFSET);
        assertEquals(AddOrderLongDecoder.LENGTH, decoder.length());
        assertEquals(AddOrderLongDecoder.TYPE, decoder.messageType());
        assertEquals(AddOrderLongDecoder.LENGTH, Pitch.messageLength(AddOrderLongDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(sideIndicator, decoder.sideIndicator());
        assertEquals(Pitch.side(sideIndicator), decoder.side());
        assertEquals(quantity, decoder.quantity());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[6];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 6), symbolBytes);
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 4), decoder.priceFixed());
        assertEquals(addFlags, decoder.addFlags());
    }

    @Property(tries = TRIES)
    void shouldRoundTripAddOrderShort(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll final byte sideIndicator,
        @ForAll @IntRange(max = 0xFFFF) final int quantity,
        @ForAll("symbols6") final long symbol,
        @ForAll @IntRange(max = 0xFFFF) final int price,
        @ForAll @IntRange(max = 0xFF) final int addFlags) {
        new AddOrderShortEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .sideIndicator(sideIndicator)
            .quantity(quantity)
            .symbol(symbol)
            .price(price)
            .addFlags(addFlags);
        assertUntouchedAround(AddOrderShortDecoder.LENGTH);
        final AddOrderShortDecoder decoder = new AddOrderShortDecoder().wrap(buffer, OFFSET);
        assertEquals(AddOrderShortDecoder.LENGTH, decoder.length());
        assertEquals(AddOrderShortDecoder.TYPE, decoder.messageType());
        assertEquals(AddOrderShortDecoder.LENGTH, Pitch.messageLength(AddOrderShortDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(sideIndicator, decoder.sideIndicator());
        assertEquals(Pitch.side(sideIndicator), decoder.side());
        assertEquals(quantity, decoder.quantity());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[6];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 6), symbolBytes);
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 2), decoder.priceFixed());
        assertEquals(addFlags, decoder.addFlags());
    }

    @Property(tries = TRIES)
    void shouldRoundTripAddOrderExpanded(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll final byte sideIndicator,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long quantity,
        @ForAll final long symbol,
        @ForAll final long price,
        @ForAll @IntRange(max = 0xFF) final int addFlags,
        @ForAll final int participantId,
        @ForAll final byte customerIndicator) {
        new AddOrderExpandedEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .sideIndicator(sideIndicator)
            .quantity(quantity)
            .symbol(symbol)
            .price(price)
            .addFlags(addFlags)
            .participantId(participantId)
            .customerIndicator(customerIndicator);
        assertUntouchedAround(AddOrderExpandedDecoder.LENGTH);
        final AddOrderExpandedDecoder decoder = new AddOrderExpandedDecoder().wrap(buffer, OFFSET);
        assertEquals(AddOrderExpandedDecoder.LENGTH, decoder.length());
        assertEquals(AddOrderExpandedDecoder.TYPE, decoder.messageType());
        assertEquals(AddOrderExpandedDecoder.LENGTH, Pitch.messageLength(AddOrderExpandedDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(sideIndicator, decoder.sideIndicator());
        assertEquals(Pitch.side(sideIndicator), decoder.side());
        assertEquals(quantity, decoder.quantity());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[8];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 8), symbolBytes);
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 4), decoder.priceFixed());
        assertEquals(addFlags, decoder.addFlags());
        assertEquals(participantId, decoder.participantId());
        final byte[] participantIdBytes = new byte[4];
        decoder.getParticipantId(participantIdBytes);
        assertArrayEquals(ascii(participantId, 4), participantIdBytes);
        assertEquals(customerIndicator, decoder.customerIndicator());
    }

    @Property(tries = TRIES)
    void shouldRoundTripOrderExecuted(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long executedQuantity,
        @ForAll final long executionId) {
        new OrderExecutedEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .executedQuantity(executedQuantity)
            .executionId(executionId);
        assertUntouchedAround(OrderExecutedDecoder.LENGTH);
        final OrderExecutedDecoder decoder = new OrderExecutedDecoder().wrap(buffer, OFFSET);
        assertEquals(OrderExecutedDecoder.LENGTH, decoder.length());
        assertEquals(OrderExecutedDecoder.TYPE, decoder.messageType());
        assertEquals(OrderExecutedDecoder.LENGTH, Pitch.messageLength(OrderExecutedDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(executedQuantity, decoder.executedQuantity());
        assertEquals(executionId, decoder.executionId());
    }

    @Property(tries = TRIES)
    void shouldRoundTripOrderExecutedAtPriceSize(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long executedQuantity,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long remainingQuantity,
        @ForAll final long executionId,
        @ForAll final long price) {
        new OrderExecutedAtPriceSizeEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .executedQuantity(executedQuantity)
            .remainingQuantity(remainingQuantity)
            .executionId(executionId)
            .price(price);
        assertUntouchedAround(OrderExecutedAtPriceSizeDecoder.LENGTH);
        final OrderExecutedAtPriceSizeDecoder decoder = new OrderExecutedAtPriceSizeDecoder().wrap(buffer, OFFSET);
        assertEquals(OrderExecutedAtPriceSizeDecoder.LENGTH, decoder.length());
        assertEquals(OrderExecutedAtPriceSizeDecoder.TYPE, decoder.messageType());
        assertEquals(OrderExecutedAtPriceSizeDecoder.LENGTH, Pitch.messageLength(OrderExecutedAtPriceSizeDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(executedQuantity, decoder.executedQuantity());
        assertEquals(remainingQuantity, decoder.remainingQuantity());
        assertEquals(executionId, decoder.executionId());
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 4), decoder.priceFixed());
    }

    @Property(tries = TRIES)
    void shouldRoundTripReduceSizeLong(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long canceledQuantity) {
        new ReduceSizeLongEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .canceledQuantity(canceledQuantity);
        assertUntouchedAround(ReduceSizeLongDecoder.LENGTH);
        final ReduceSizeLongDecoder decoder = new ReduceSizeLongDecoder().wrap(buffer, OFFSET);
        assertEquals(ReduceSizeLongDecoder.LENGTH, decoder.length());
        assertEquals(ReduceSizeLongDecoder.TYPE, decoder.messageType());
        assertEquals(ReduceSizeLongDecoder.LENGTH, Pitch.messageLength(ReduceSizeLongDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(canceledQuantity, decoder.canceledQuantity());
    }

    @Property(tries = TRIES)
    void shouldRoundTripReduceSizeShort(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll @IntRange(max = 0xFFFF) final int canceledQuantity) {
        new ReduceSizeShortEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .canceledQuantity(canceledQuantity);
        assertUntouchedAround(ReduceSizeShortDecoder.LENGTH);
        final ReduceSizeShortDecoder decoder = new ReduceSizeShortDecoder().wrap(buffer, OFFSET);
        assertEquals(ReduceSizeShortDecoder.LENGTH, decoder.length());
        assertEquals(ReduceSizeShortDecoder.TYPE, decoder.messageType());
        assertEquals(ReduceSizeShortDecoder.LENGTH, Pitch.messageLength(ReduceSizeShortDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(canceledQuantity, decoder.canceledQuantity());
    }

    @Property(tries = TRIES)
    void shouldRoundTripModifyOrderLong(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long quantity,
        @ForAll final long price,
        @ForAll @IntRange(max = 0xFF) final int modifyFlags) {
        new ModifyOrderLongEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .quantity(quantity)
            .price(price)
            .modifyFlags(modifyFlags);
        assertUntouchedAround(ModifyOrderLongDecoder.LENGTH);
        final ModifyOrderLongDecoder decoder = new ModifyOrderLongDecoder().wrap(buffer, OFFSET);
        assertEquals(ModifyOrderLongDecoder.LENGTH, decoder.length());
        assertEquals(ModifyOrderLongDecoder.TYPE, decoder.messageType());
        assertEquals(ModifyOrderLongDecoder.LENGTH, Pitch.messageLength(ModifyOrderLongDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(quantity, decoder.quantity());
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 4), decoder.priceFixed());
        assertEquals(modifyFlags, decoder.modifyFlags());
    }

    @Property(tries = TRIES)
    void shouldRoundTripModifyOrderShort(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll @IntRange(max = 0xFFFF) final int quantity,
        @ForAll @IntRange(max = 0xFFFF) final int price,
        @ForAll @IntRange(max = 0xFF) final int modifyFlags) {
        new ModifyOrderShortEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .quantity(quantity)
            .price(price)
            .modifyFlags(modifyFlags);
        assertUntouchedAround(ModifyOrderShortDecoder.LENGTH);
        final ModifyOrderShortDecoder decoder = new ModifyOrderShortDecoder().wrap(buffer, OFFSET);
        assertEquals(ModifyOrderShortDecoder.LENGTH, decoder.length());
        assertEquals(ModifyOrderShortDecoder.TYPE, decoder.messageType());
        assertEquals(ModifyOrderShortDecoder.LENGTH, Pitch.messageLength(ModifyOrderShortDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(quantity, decoder.quantity());
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 2), decoder.priceFixed());
        assertEquals(modifyFlags, decoder.modifyFlags());
    }

    @Property(tries = TRIES)
    void shouldRoundTripDeleteOrder(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId) {
        new DeleteOrderEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId);
        assertUntouchedAround(DeleteOrderDecoder.LENGTH);
        final DeleteOrderDecoder decoder = new DeleteOrderDecoder().wrap(buffer, OFFSET);
        assertEquals(DeleteOrderDecoder.LENGTH, decoder.length());
        assertEquals(DeleteOrderDecoder.TYPE, decoder.messageType());
        assertEquals(DeleteOrderDecoder.LENGTH, Pitch.messageLength(DeleteOrderDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
    }

    @Property(tries = TRIES)
    void shouldRoundTripTradeLong(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll final byte sideIndicator,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long quantity,
        @ForAll("symbols6") final long symbol,
        @ForAll final long price,
        @ForAll final long executionId) {
        new TradeLongEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .sideIndicator(sideIndicator)
            .quantity(quantity)
            .symbol(symbol)
            .price(price)
            .executionId(executionId);
        assertUntouchedAround(TradeLongDecoder.LENGTH);
        final TradeLongDecoder decoder = new TradeLongDecoder().wrap(buffer, OFFSET);
        assertEquals(TradeLongDecoder.LENGTH, decoder.length());
        assertEquals(TradeLongDecoder.TYPE, decoder.messageType());
        assertEquals(TradeLongDecoder.LENGTH, Pitch.messageLength(TradeLongDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(sideIndicator, decoder.sideIndicator());
        assertEquals(Pitch.side(sideIndicator), decoder.side());
        assertEquals(quantity, decoder.quantity());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[6];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 6), symbolBytes);
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 4), decoder.priceFixed());
        assertEquals(executionId, decoder.executionId());
    }

    @Property(tries = TRIES)
    void shouldRoundTripTradeShort(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll final byte sideIndicator,
        @ForAll @IntRange(max = 0xFFFF) final int quantity,
        @ForAll("symbols6") final long symbol,
        @ForAll @IntRange(max = 0xFFFF) final int price,
        @ForAll final long executionId) {
        new TradeShortEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .sideIndicator(sideIndicator)
            .quantity(quantity)
            .symbol(symbol)
            .price(price)
            .executionId(executionId);
        assertUntouchedAround(TradeShortDecoder.LENGTH);
        final TradeShortDecoder decoder = new TradeShortDecoder().wrap(buffer, OFFSET);
        assertEquals(TradeShortDecoder.LENGTH, decoder.length());
        assertEquals(TradeShortDecoder.TYPE, decoder.messageType());
        assertEquals(TradeShortDecoder.LENGTH, Pitch.messageLength(TradeShortDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(sideIndicator, decoder.sideIndicator());
        assertEquals(Pitch.side(sideIndicator), decoder.side());
        assertEquals(quantity, decoder.quantity());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[6];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 6), symbolBytes);
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 2), decoder.priceFixed());
        assertEquals(executionId, decoder.executionId());
    }

    @Property(tries = TRIES)
    void shouldRoundTripTradeExpanded(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long orderId,
        @ForAll final byte sideIndicator,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long quantity,
        @ForAll final long symbol,
        @ForAll final long price,
        @ForAll final long executionId) {
        new TradeExpandedEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .orderId(orderId)
            .sideIndicator(sideIndicator)
            .quantity(quantity)
            .symbol(symbol)
            .price(price)
            .executionId(executionId);
        assertUntouchedAround(TradeExpandedDecoder.LENGTH);
        final TradeExpandedDecoder decoder = new TradeExpandedDecoder().wrap(buffer, OFFSET);
        assertEquals(TradeExpandedDecoder.LENGTH, decoder.length());
        assertEquals(TradeExpandedDecoder.TYPE, decoder.messageType());
        assertEquals(TradeExpandedDecoder.LENGTH, Pitch.messageLength(TradeExpandedDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(orderId, decoder.orderId());
        assertEquals(sideIndicator, decoder.sideIndicator());
        assertEquals(Pitch.side(sideIndicator), decoder.side());
        assertEquals(quantity, decoder.quantity());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[8];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 8), symbolBytes);
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 4), decoder.priceFixed());
        assertEquals(executionId, decoder.executionId());
    }

    @Property(tries = TRIES)
    void shouldRoundTripTradeBreak(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long executionId) {
        new TradeBreakEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .executionId(executionId);
        assertUntouchedAround(TradeBreakDecoder.LENGTH);
        final TradeBreakDecoder decoder = new TradeBreakDecoder().wrap(buffer, OFFSET);
        assertEquals(TradeBreakDecoder.LENGTH, decoder.length());
        assertEquals(TradeBreakDecoder.TYPE, decoder.messageType());
        assertEquals(TradeBreakDecoder.LENGTH, Pitch.messageLength(TradeBreakDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(executionId, decoder.executionId());
    }

    @Property(tries = TRIES)
    void shouldRoundTripEndOfSession(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset) {
        new EndOfSessionEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset);
        assertUntouchedAround(EndOfSessionDecoder.LENGTH);
        final EndOfSessionDecoder decoder = new EndOfSessionDecoder().wrap(buffer, OFFSET);
        assertEquals(EndOfSessionDecoder.LENGTH, decoder.length());
        assertEquals(EndOfSessionDecoder.TYPE, decoder.messageType());
        assertEquals(EndOfSessionDecoder.LENGTH, Pitch.messageLength(EndOfSessionDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
    }

    @Property(tries = TRIES)
    void shouldRoundTripTradingStatus(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long symbol,
        @ForAll final byte tradingStatus,
        @ForAll final byte regShoAction) {
        new TradingStatusEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .symbol(symbol)
            .tradingStatus(tradingStatus)
            .regShoAction(regShoAction);
        assertUntouchedAround(TradingStatusDecoder.LENGTH);
        final TradingStatusDecoder decoder = new TradingStatusDecoder().wrap(buffer, OFFSET);
        assertEquals(TradingStatusDecoder.LENGTH, decoder.length());
        assertEquals(TradingStatusDecoder.TYPE, decoder.messageType());
        assertEquals(TradingStatusDecoder.LENGTH, Pitch.messageLength(TradingStatusDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[8];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 8), symbolBytes);
        assertEquals(tradingStatus, decoder.tradingStatus());
        assertEquals(regShoAction, decoder.regShoAction());
        assertEquals(0, buffer.getShort(OFFSET + TradingStatusDecoder.RESERVED_OFFSET));
    }

    @Property(tries = TRIES)
    void shouldRoundTripAuctionUpdate(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long symbol,
        @ForAll final byte auctionType,
        @ForAll final long referencePrice,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long buyShares,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long sellShares,
        @ForAll final long indicativePrice,
        @ForAll final long auctionOnlyPrice) {
        new AuctionUpdateEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .symbol(symbol)
            .auctionType(auctionType)
            .referencePrice(referencePrice)
            .buyShares(buyShares)
            .sellShares(sellShares)
            .indicativePrice(indicativePrice)
            .auctionOnlyPrice(auctionOnlyPrice);
        assertUntouchedAround(AuctionUpdateDecoder.LENGTH);
        final AuctionUpdateDecoder decoder = new AuctionUpdateDecoder().wrap(buffer, OFFSET);
        assertEquals(AuctionUpdateDecoder.LENGTH, decoder.length());
        assertEquals(AuctionUpdateDecoder.TYPE, decoder.messageType());
        assertEquals(AuctionUpdateDecoder.LENGTH, Pitch.messageLength(AuctionUpdateDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[8];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 8), symbolBytes);
        assertEquals(auctionType, decoder.auctionType());
        assertEquals(referencePrice, decoder.referencePrice());
        assertEquals(expectedFixed(referencePrice, 4), decoder.referencePriceFixed());
        assertEquals(buyShares, decoder.buyShares());
        assertEquals(sellShares, decoder.sellShares());
        assertEquals(indicativePrice, decoder.indicativePrice());
        assertEquals(expectedFixed(indicativePrice, 4), decoder.indicativePriceFixed());
        assertEquals(auctionOnlyPrice, decoder.auctionOnlyPrice());
        assertEquals(expectedFixed(auctionOnlyPrice, 4), decoder.auctionOnlyPriceFixed());
    }

    @Property(tries = TRIES)
    void shouldRoundTripAuctionSummary(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long symbol,
        @ForAll final byte auctionType,
        @ForAll final long price,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long shares) {
        new AuctionSummaryEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .symbol(symbol)
            .auctionType(auctionType)
            .price(price)
            .shares(shares);
        assertUntouchedAround(AuctionSummaryDecoder.LENGTH);
        final AuctionSummaryDecoder decoder = new AuctionSummaryDecoder().wrap(buffer, OFFSET);
        assertEquals(AuctionSummaryDecoder.LENGTH, decoder.length());
        assertEquals(AuctionSummaryDecoder.TYPE, decoder.messageType());
        assertEquals(AuctionSummaryDecoder.LENGTH, Pitch.messageLength(AuctionSummaryDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[8];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 8), symbolBytes);
        assertEquals(auctionType, decoder.auctionType());
        assertEquals(price, decoder.price());
        assertEquals(expectedFixed(price, 4), decoder.priceFixed());
        assertEquals(shares, decoder.shares());
    }

    @Property(tries = TRIES)
    void shouldRoundTripRetailPriceImprovement(
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long timeOffset,
        @ForAll final long symbol,
        @ForAll final byte retailPriceImprovement) {
        new RetailPriceImprovementEncoder().wrap(buffer, OFFSET)
            .timeOffset(timeOffset)
            .symbol(symbol)
            .retailPriceImprovement(retailPriceImprovement);
        assertUntouchedAround(RetailPriceImprovementDecoder.LENGTH);
        final RetailPriceImprovementDecoder decoder = new RetailPriceImprovementDecoder().wrap(buffer, OFFSET);
        assertEquals(RetailPriceImprovementDecoder.LENGTH, decoder.length());
        assertEquals(RetailPriceImprovementDecoder.TYPE, decoder.messageType());
        assertEquals(RetailPriceImprovementDecoder.LENGTH, Pitch.messageLength(RetailPriceImprovementDecoder.TYPE));
        assertEquals(timeOffset, decoder.timeOffset());
        assertEquals(symbol, decoder.symbol());
        final byte[] symbolBytes = new byte[8];
        decoder.getSymbol(symbolBytes);
        assertArrayEquals(ascii(symbol, 8), symbolBytes);
        assertEquals(retailPriceImprovement, decoder.retailPriceImprovement());
    }
}
