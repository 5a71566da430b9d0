package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encode/decode round trip of every message type with arbitrary values over each field's full width (alpha fields
 * as arbitrary bytes, not only ASCII): what an encoder writes, the dispatcher delivers and the decoder reads back
 * unchanged, and the encoder writes nothing outside its {@code LENGTH} bytes.
 */
class ItchRoundTripPropertyTest {
    private static final int TRIES = 300;
    private static final int OFFSET = 5;
    private static final byte FILL = 0x5A;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[OFFSET + Itch50.MAX_MESSAGE_LENGTH + 8]);

    ItchRoundTripPropertyTest() {
        buffer.setMemory(0, buffer.capacity(), FILL);
    }

    private Map<String, Long> decode(final int length) {
        for (int i = 0; i < buffer.capacity(); i++) {
            if (i < OFFSET || i >= OFFSET + length) {
                assertEquals(FILL, buffer.getByte(i), "byte written outside the message at " + i);
            }
        }
        final List<Map<String, Long>> decoded = new ArrayList<>();
        final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(ItchFields.listener(decoded::add), errors);
        assertEquals(buffer.getByte(OFFSET), dispatcher.onMessage(buffer, OFFSET, length));
        assertEquals(0, errors.total(), errors::toString);
        assertEquals(1, decoded.size());
        return decoded.get(0);
    }

    @Property(tries = TRIES)
    void systemEventRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final byte eventCode) {
        new SystemEventEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .eventCode(eventCode);
        final Map<String, Long> expected =
            ItchFields.header(SystemEventDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("eventCode", (long) (eventCode & 0xFF));
        assertEquals(expected, decode(SystemEventEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void stockDirectoryRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll final byte marketCategory, @ForAll final byte financialStatusIndicator,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long roundLotSize, @ForAll final byte roundLotsOnly,
        @ForAll final byte issueClassification, @ForAll @IntRange(min = 0, max = 0xFFFF) final int issueSubType,
        @ForAll final byte authenticity, @ForAll final byte shortSaleThresholdIndicator, @ForAll final byte ipoFlag,
        @ForAll final byte luldReferencePriceTier, @ForAll final byte etpFlag,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long etpLeverageFactor,
        @ForAll final byte inverseIndicator) {
        new StockDirectoryEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .marketCategory(marketCategory)
            .financialStatusIndicator(financialStatusIndicator)
            .roundLotSize(roundLotSize)
            .roundLotsOnly(roundLotsOnly)
            .issueClassification(issueClassification)
            .issueSubType(issueSubType)
            .authenticity(authenticity)
            .shortSaleThresholdIndicator(shortSaleThresholdIndicator)
            .ipoFlag(ipoFlag)
            .luldReferencePriceTier(luldReferencePriceTier)
            .etpFlag(etpFlag)
            .etpLeverageFactor(etpLeverageFactor)
            .inverseIndicator(inverseIndicator);
        final Map<String, Long> expected =
            ItchFields.header(StockDirectoryDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("marketCategory", (long) (marketCategory & 0xFF));
        expected.put("financialStatusIndicator", (long) (financialStatusIndicator & 0xFF));
        expected.put("roundLotSize", roundLotSize);
        expected.put("roundLotsOnly", (long) (roundLotsOnly & 0xFF));
        expected.put("issueClassification", (long) (issueClassification & 0xFF));
        expected.put("issueSubType", (long) issueSubType);
        expected.put("authenticity", (long) (authenticity & 0xFF));
        expected.put("shortSaleThresholdIndicator", (long) (shortSaleThresholdIndicator & 0xFF));
        expected.put("ipoFlag", (long) (ipoFlag & 0xFF));
        expected.put("luldReferencePriceTier", (long) (luldReferencePriceTier & 0xFF));
        expected.put("etpFlag", (long) (etpFlag & 0xFF));
        expected.put("etpLeverageFactor", etpLeverageFactor);
        expected.put("inverseIndicator", (long) (inverseIndicator & 0xFF));
        assertEquals(expected, decode(StockDirectoryEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void stockTradingActionRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll final byte tradingState, @ForAll final byte reserved, @ForAll final int reason) {
        new StockTradingActionEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .tradingState(tradingState)
            .reserved(reserved)
            .reason(reason);
        final Map<String, Long> expected =
            ItchFields.header(StockTradingActionDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("tradingState", (long) (tradingState & 0xFF));
        expected.put("reserved", (long) (reserved & 0xFF));
        expected.put("reason", reason & 0xFFFF_FFFFL);
        assertEquals(expected, decode(StockTradingActionEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void regShoRestrictionRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll final byte regShoAction) {
        new RegShoRestrictionEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .regShoAction(regShoAction);
        final Map<String, Long> expected =
            ItchFields.header(RegShoRestrictionDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("regShoAction", (long) (regShoAction & 0xFF));
        assertEquals(expected, decode(RegShoRestrictionEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void marketParticipantPositionRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final int mpid,
        @ForAll final long stock, @ForAll final byte primaryMarketMaker, @ForAll final byte marketMakerMode,
        @ForAll final byte marketParticipantState) {
        new MarketParticipantPositionEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .mpid(mpid)
            .stock(stock)
            .primaryMarketMaker(primaryMarketMaker)
            .marketMakerMode(marketMakerMode)
            .marketParticipantState(marketParticipantState);
        final Map<String, Long> expected =
            ItchFields.header(MarketParticipantPositionDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("mpid", mpid & 0xFFFF_FFFFL);
        expected.put("stock", stock);
        expected.put("primaryMarketMaker", (long) (primaryMarketMaker & 0xFF));
        expected.put("marketMakerMode", (long) (marketMakerMode & 0xFF));
        expected.put("marketParticipantState", (long) (marketParticipantState & 0xFF));
        assertEquals(expected, decode(MarketParticipantPositionEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void mwcbDeclineLevelRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long level1,
        @ForAll final long level2, @ForAll final long level3) {
        new MwcbDeclineLevelEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .level1(level1)
            .level2(level2)
            .level3(level3);
        final Map<String, Long> expected =
            ItchFields.header(MwcbDeclineLevelDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("level1", level1);
        expected.put("level2", level2);
        expected.put("level3", level3);
        assertEquals(expected, decode(MwcbDeclineLevelEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void mwcbStatusRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final byte breachedLevel) {
        new MwcbStatusEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .breachedLevel(breachedLevel);
        final Map<String, Long> expected =
            ItchFields.header(MwcbStatusDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("breachedLevel", (long) (breachedLevel & 0xFF));
        assertEquals(expected, decode(MwcbStatusEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void ipoQuotingPeriodUpdateRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long ipoQuotationReleaseTime,
        @ForAll final byte ipoQuotationReleaseQualifier,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long ipoPrice) {
        new IpoQuotingPeriodUpdateEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .ipoQuotationReleaseTime(ipoQuotationReleaseTime)
            .ipoQuotationReleaseQualifier(ipoQuotationReleaseQualifier)
            .ipoPrice(ipoPrice);
        final Map<String, Long> expected =
            ItchFields.header(IpoQuotingPeriodUpdateDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("ipoQuotationReleaseTime", ipoQuotationReleaseTime);
        expected.put("ipoQuotationReleaseQualifier", (long) (ipoQuotationReleaseQualifier & 0xFF));
        expected.put("ipoPrice", ipoPrice);
        assertEquals(expected, decode(IpoQuotingPeriodUpdateEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void luldAuctionCollarRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long auctionCollarReferencePrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long upperAuctionCollarPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long lowerAuctionCollarPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long auctionCollarExtension) {
        new LuldAuctionCollarEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .auctionCollarReferencePrice(auctionCollarReferencePrice)
            .upperAuctionCollarPrice(upperAuctionCollarPrice)
            .lowerAuctionCollarPrice(lowerAuctionCollarPrice)
            .auctionCollarExtension(auctionCollarExtension);
        final Map<String, Long> expected =
            ItchFields.header(LuldAuctionCollarDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("auctionCollarReferencePrice", auctionCollarReferencePrice);
        expected.put("upperAuctionCollarPrice", upperAuctionCollarPrice);
        expected.put("lowerAuctionCollarPrice", lowerAuctionCollarPrice);
        expected.put("auctionCollarExtension", auctionCollarExtension);
        assertEquals(expected, decode(LuldAuctionCollarEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void operationalHaltRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll final byte marketCode, @ForAll final byte operationalHaltAction) {
        new OperationalHaltEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .marketCode(marketCode)
            .operationalHaltAction(operationalHaltAction);
        final Map<String, Long> expected =
            ItchFields.header(OperationalHaltDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("marketCode", (long) (marketCode & 0xFF));
        expected.put("operationalHaltAction", (long) (operationalHaltAction & 0xFF));
        assertEquals(expected, decode(OperationalHaltEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void addOrderRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long orderReferenceNumber, @ForAll final byte buySellIndicator,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long shares, @ForAll final long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long price) {
        new AddOrderEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .orderReferenceNumber(orderReferenceNumber)
            .buySellIndicator(buySellIndicator)
            .shares(shares)
            .stock(stock)
            .price(price);
        final Map<String, Long> expected =
            ItchFields.header(AddOrderDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("orderReferenceNumber", orderReferenceNumber);
        expected.put("buySellIndicator", (long) (buySellIndicator & 0xFF));
        expected.put("shares", shares);
        expected.put("stock", stock);
        expected.put("price", price);
        assertEquals(expected, decode(AddOrderEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void addOrderMpidRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long orderReferenceNumber, @ForAll final byte buySellIndicator,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long shares, @ForAll final long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long price, @ForAll final int attribution) {
        new AddOrderMpidEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .orderReferenceNumber(orderReferenceNumber)
            .buySellIndicator(buySellIndicator)
            .shares(shares)
            .stock(stock)
            .price(price)
            .attribution(attribution);
        final Map<String, Long> expected =
            ItchFields.header(AddOrderMpidDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("orderReferenceNumber", orderReferenceNumber);
        expected.put("buySellIndicator", (long) (buySellIndicator & 0xFF));
        expected.put("shares", shares);
        expected.put("stock", stock);
        expected.put("price", price);
        expected.put("attribution", attribution & 0xFFFF_FFFFL);
        assertEquals(expected, decode(AddOrderMpidEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void orderExecutedRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long orderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long executedShares, @ForAll final long matchNumber) {
        new OrderExecutedEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .orderReferenceNumber(orderReferenceNumber)
            .executedShares(executedShares)
            .matchNumber(matchNumber);
        final Map<String, Long> expected =
            ItchFields.header(OrderExecutedDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("orderReferenceNumber", orderReferenceNumber);
        expected.put("executedShares", executedShares);
        expected.put("matchNumber", matchNumber);
        assertEquals(expected, decode(OrderExecutedEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void orderExecutedWithPriceRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long orderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long executedShares, @ForAll final long matchNumber,
        @ForAll final byte printable, @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long executionPrice) {
        new OrderExecutedWithPriceEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .orderReferenceNumber(orderReferenceNumber)
            .executedShares(executedShares)
            .matchNumber(matchNumber)
            .printable(printable)
            .executionPrice(executionPrice);
        final Map<String, Long> expected =
            ItchFields.header(OrderExecutedWithPriceDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("orderReferenceNumber", orderReferenceNumber);
        expected.put("executedShares", executedShares);
        expected.put("matchNumber", matchNumber);
        expected.put("printable", (long) (printable & 0xFF));
        expected.put("executionPrice", executionPrice);
        assertEquals(expected, decode(OrderExecutedWithPriceEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void orderCancelRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long orderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long cancelledShares) {
        new OrderCancelEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .orderReferenceNumber(orderReferenceNumber)
            .cancelledShares(cancelledShares);
        final Map<String, Long> expected =
            ItchFields.header(OrderCancelDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("orderReferenceNumber", orderReferenceNumber);
        expected.put("cancelledShares", cancelledShares);
        assertEquals(expected, decode(OrderCancelEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void orderDeleteRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long orderReferenceNumber) {
        new OrderDeleteEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .orderReferenceNumber(orderReferenceNumber);
        final Map<String, Long> expected =
            ItchFields.header(OrderDeleteDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("orderReferenceNumber", orderReferenceNumber);
        assertEquals(expected, decode(OrderDeleteEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void orderReplaceRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long originalOrderReferenceNumber, @ForAll final long newOrderReferenceNumber,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long shares,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long price) {
        new OrderReplaceEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .originalOrderReferenceNumber(originalOrderReferenceNumber)
            .newOrderReferenceNumber(newOrderReferenceNumber)
            .shares(shares)
            .price(price);
        final Map<String, Long> expected =
            ItchFields.header(OrderReplaceDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("originalOrderReferenceNumber", originalOrderReferenceNumber);
        expected.put("newOrderReferenceNumber", newOrderReferenceNumber);
        expected.put("shares", shares);
        expected.put("price", price);
        assertEquals(expected, decode(OrderReplaceEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void tradeRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp,
        @ForAll final long orderReferenceNumber, @ForAll final byte buySellIndicator,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long shares, @ForAll final long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long price, @ForAll final long matchNumber) {
        new TradeEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .orderReferenceNumber(orderReferenceNumber)
            .buySellIndicator(buySellIndicator)
            .shares(shares)
            .stock(stock)
            .price(price)
            .matchNumber(matchNumber);
        final Map<String, Long> expected = ItchFields.header(TradeDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("orderReferenceNumber", orderReferenceNumber);
        expected.put("buySellIndicator", (long) (buySellIndicator & 0xFF));
        expected.put("shares", shares);
        expected.put("stock", stock);
        expected.put("price", price);
        expected.put("matchNumber", matchNumber);
        assertEquals(expected, decode(TradeEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void crossTradeRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long shares,
        @ForAll final long stock, @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long crossPrice,
        @ForAll final long matchNumber, @ForAll final byte crossType) {
        new CrossTradeEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .shares(shares)
            .stock(stock)
            .crossPrice(crossPrice)
            .matchNumber(matchNumber)
            .crossType(crossType);
        final Map<String, Long> expected =
            ItchFields.header(CrossTradeDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("shares", shares);
        expected.put("stock", stock);
        expected.put("crossPrice", crossPrice);
        expected.put("matchNumber", matchNumber);
        expected.put("crossType", (long) (crossType & 0xFF));
        assertEquals(expected, decode(CrossTradeEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void brokenTradeRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long matchNumber) {
        new BrokenTradeEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .matchNumber(matchNumber);
        final Map<String, Long> expected =
            ItchFields.header(BrokenTradeDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("matchNumber", matchNumber);
        assertEquals(expected, decode(BrokenTradeEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void noiiRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long pairedShares,
        @ForAll final long imbalanceShares, @ForAll final byte imbalanceDirection, @ForAll final long stock,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long farPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long nearPrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long currentReferencePrice,
        @ForAll final byte crossType, @ForAll final byte priceVariationIndicator) {
        new NoiiEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .pairedShares(pairedShares)
            .imbalanceShares(imbalanceShares)
            .imbalanceDirection(imbalanceDirection)
            .stock(stock)
            .farPrice(farPrice)
            .nearPrice(nearPrice)
            .currentReferencePrice(currentReferencePrice)
            .crossType(crossType)
            .priceVariationIndicator(priceVariationIndicator);
        final Map<String, Long> expected = ItchFields.header(NoiiDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("pairedShares", pairedShares);
        expected.put("imbalanceShares", imbalanceShares);
        expected.put("imbalanceDirection", (long) (imbalanceDirection & 0xFF));
        expected.put("stock", stock);
        expected.put("farPrice", farPrice);
        expected.put("nearPrice", nearPrice);
        expected.put("currentReferencePrice", currentReferencePrice);
        expected.put("crossType", (long) (crossType & 0xFF));
        expected.put("priceVariationIndicator", (long) (priceVariationIndicator & 0xFF));
        assertEquals(expected, decode(NoiiEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void rpiiRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll final byte interestFlag) {
        new RpiiEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .interestFlag(interestFlag);
        final Map<String, Long> expected = ItchFields.header(RpiiDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("interestFlag", (long) (interestFlag & 0xFF));
        assertEquals(expected, decode(RpiiEncoder.LENGTH));
    }

    @Property(tries = TRIES)
    void directListingCapitalRaiseRoundTrip(@ForAll @IntRange(min = 0, max = 0xFFFF) final int stockLocate,
        @ForAll @IntRange(min = 0, max = 0xFFFF) final int trackingNumber,
        @ForAll @LongRange(min = 0, max = Itch50.MAX_TIMESTAMP) final long timestamp, @ForAll final long stock,
        @ForAll final byte openEligibilityStatus,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long minimumAllowablePrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long maximumAllowablePrice,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long nearExecutionPrice,
        @ForAll final long nearExecutionTime,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long lowerPriceRangeCollar,
        @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) final long upperPriceRangeCollar) {
        new DirectListingCapitalRaiseEncoder().wrap(buffer, OFFSET)
            .stockLocate(stockLocate)
            .trackingNumber(trackingNumber)
            .timestamp(timestamp)
            .stock(stock)
            .openEligibilityStatus(openEligibilityStatus)
            .minimumAllowablePrice(minimumAllowablePrice)
            .maximumAllowablePrice(maximumAllowablePrice)
            .nearExecutionPrice(nearExecutionPrice)
            .nearExecutionTime(nearExecutionTime)
            .lowerPriceRangeCollar(lowerPriceRangeCollar)
            .upperPriceRangeCollar(upperPriceRangeCollar);
        final Map<String, Long> expected =
            ItchFields.header(DirectListingCapitalRaiseDecoder.TYPE, stockLocate, trackingNumber, timestamp);
        expected.put("stock", stock);
        expected.put("openEligibilityStatus", (long) (openEligibilityStatus & 0xFF));
        expected.put("minimumAllowablePrice", minimumAllowablePrice);
        expected.put("maximumAllowablePrice", maximumAllowablePrice);
        expected.put("nearExecutionPrice", nearExecutionPrice);
        expected.put("nearExecutionTime", nearExecutionTime);
        expected.put("lowerPriceRangeCollar", lowerPriceRangeCollar);
        expected.put("upperPriceRangeCollar", upperPriceRangeCollar);
        assertEquals(expected, decode(DirectListingCapitalRaiseEncoder.LENGTH));
    }
}
