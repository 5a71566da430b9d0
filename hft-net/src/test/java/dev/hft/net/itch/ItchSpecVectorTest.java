package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Hand-built vectors for the message types that no capture in {@code testdata} holds (R, V, W, K, h, B, O),
 * typed byte by byte from the specification's field tables (section numbers of the 2023 revision), with the expected
 * values worked out by hand next to each field. Also the unsigned widening of every integer width.
 */
class ItchSpecVectorTest {
    /** Section 1.2.1, 39 bytes: an inverse, 3x leveraged ETP. */
    static final String STOCK_DIRECTORY = "52"
        + " 00 01"                     // stock locate 1
        + " 00 00"                     // tracking number 0
        + " 16 eb 55 0c 60 00"         // timestamp 0x16eb550c6000 = 25200000000000 ns = 07:00:00
        + " 53 51 51 51 20 20 20 20"   // stock "SQQQ    "
        + " 47"                        // market category 'G'
        + " 4e"                        // financial status indicator 'N'
        + " 00 00 00 64"               // round lot size 100
        + " 4e"                        // round lots only 'N'
        + " 51"                        // issue classification 'Q'
        + " 49 20"                     // issue sub-type "I " = 0x4920
        + " 50"                        // authenticity 'P'
        + " 4e"                        // short sale threshold indicator 'N'
        + " 4e"                        // IPO flag 'N'
        + " 31"                        // LULD reference price tier '1'
        + " 59"                        // ETP flag 'Y'
        + " 00 00 00 03"               // ETP leverage factor 3
        + " 59";                       // inverse indicator 'Y'

    /** Section 1.2.5.1, 35 bytes: levels 7%, 13% and 20% below 4224.16, Price(8). */
    static final String MWCB_DECLINE_LEVEL = "56"
        + " 00 00"                     // stock locate 0
        + " 00 05"                     // tracking number 5
        + " 16 eb 55 0c 60 00"         // timestamp 25200000000000 ns = 07:00:00
        + " 00 00 00 5b 77 81 81 c0"   // level 1 0x5b778181c0 = 392847000000 = 3928.47000000
        + " 00 00 00 55 90 d3 7f 80"   // level 2 0x5590d37f80 = 367502000000 = 3675.02000000
        + " 00 00 00 4e ae 60 5d 40";  // level 3 0x4eae605d40 = 337933000000 = 3379.33000000

    /** Section 1.2.5.2, 12 bytes. */
    static final String MWCB_STATUS = "57"
        + " 00 00"                     // stock locate 0
        + " 00 06"                     // tracking number 6
        + " 2d d6 aa 18 c0 00"         // timestamp 0x2dd6aa18c000 = 50400000000000 ns = 14:00:00
        + " 31";                       // breached level '1'

    /** Section 1.2.6, 28 bytes. */
    static final String IPO_QUOTING_PERIOD_UPDATE = "4b"
        + " 00 00"                     // stock locate 0
        + " 00 07"                     // tracking number 7
        + " 16 eb 55 0c 60 00"         // timestamp 25200000000000 ns = 07:00:00
        + " 41 52 4d 20 20 20 20 20"   // stock "ARM     "
        + " 00 00 c4 e0"               // IPO quotation release time 0xc4e0 = 50400 s = 14:00:00
        + " 41"                        // IPO quotation release qualifier 'A'
        + " 00 07 c8 30";              // IPO price 0x7c830 = 510000 = $51.0000

    /** Section 1.2.8, 21 bytes. */
    static final String OPERATIONAL_HALT = "68"
        + " 1f 40"                     // stock locate 0x1f40 = 8000
        + " 00 08"                     // tracking number 8
        + " 2d d6 aa 18 c0 00"         // timestamp 50400000000000 ns = 14:00:00
        + " 54 53 4c 41 20 20 20 20"   // stock "TSLA    "
        + " 51"                        // market code 'Q' (Nasdaq)
        + " 48";                       // operational halt action 'H'

    /** Section 1.5.3, 19 bytes. */
    static final String BROKEN_TRADE = "42"
        + " 00 2a"                     // stock locate 42
        + " 00 09"                     // tracking number 9
        + " 34 63 12 e5 cd 15"         // timestamp 0x346312e5cd15 = 57600123456789 ns = 16:00:00.123456789
        + " 00 00 00 00 00 03 e6 3b";  // match number 0x3e63b = 255547

    /** Section 1.8, 48 bytes. */
    static final String DIRECT_LISTING_CAPITAL_RAISE = "4f"
        + " 2e e0"                     // stock locate 0x2ee0 = 12000
        + " 00 0a"                     // tracking number 10
        + " 2d d6 aa 18 c0 00"         // timestamp 50400000000000 ns = 14:00:00
        + " 41 42 43 44 20 20 20 20"   // stock "ABCD    "
        + " 59"                        // open eligibility status 'Y'
        + " 00 01 38 80"               // minimum allowable price 0x13880 = 80000 = $8.0000
        + " 00 02 bf 20"               // maximum allowable price 0x2bf20 = 180000 = $18.0000
        + " 00 01 86 a0"               // near execution price 0x186a0 = 100000 = $10.0000
        + " 00 00 2d d6 6e 7d f6 00"   // near execution time 0x2dd66e7df600 = 50399000000000 ns = 13:59:59
        + " 00 01 5f 90"               // lower price range collar 0x15f90 = 90000 = $9.0000
        + " 00 01 ad b0";              // upper price range collar 0x1adb0 = 110000 = $11.0000

    /** Every vector above. */
    static final List<String> VECTORS = List.of(STOCK_DIRECTORY, MWCB_DECLINE_LEVEL, MWCB_STATUS,
        IPO_QUOTING_PERIOD_UPDATE, OPERATIONAL_HALT, BROKEN_TRADE, DIRECT_LISTING_CAPITAL_RAISE);

    private final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
    private final RecordingItchListener listener = new RecordingItchListener();
    private final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(listener, errors);

    static UnsafeBuffer hex(final String hex) {
        final String digits = hex.replace(" ", "");
        final byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return new UnsafeBuffer(bytes);
    }

    private UnsafeBuffer dispatched(final String hex, final byte type, final int length) {
        final UnsafeBuffer buffer = hex(hex);
        assertEquals(length, buffer.capacity());
        assertEquals(type, dispatcher.onMessage(buffer, 0, buffer.capacity()));
        assertEquals(0, errors.total(), errors::toString);
        return buffer;
    }

    @Test
    void shouldDecodeStockDirectory() {
        final StockDirectoryDecoder m = new StockDirectoryDecoder()
            .wrap(dispatched(STOCK_DIRECTORY, (byte) 'R', StockDirectoryDecoder.LENGTH), 0);
        assertEquals(1, m.stockLocate());
        assertEquals(0, m.trackingNumber());
        assertEquals(25_200_000_000_000L, m.timestamp());
        assertEquals(Itch50.packSymbol("SQQQ"), m.stock());
        assertEquals("SQQQ", Itch50.unpackSymbol(m.stock()));
        assertEquals('G', m.marketCategory());
        assertEquals('N', m.financialStatusIndicator());
        assertEquals(100L, m.roundLotSize());
        assertEquals('N', m.roundLotsOnly());
        assertEquals('Q', m.issueClassification());
        assertEquals(0x4920, m.issueSubType());
        assertEquals("I", Itch50.unpackAlpha(m.issueSubType(), 2));
        assertEquals('P', m.authenticity());
        assertEquals('N', m.shortSaleThresholdIndicator());
        assertEquals('N', m.ipoFlag());
        assertEquals('1', m.luldReferencePriceTier());
        assertEquals('Y', m.etpFlag());
        assertEquals(3L, m.etpLeverageFactor());
        assertEquals('Y', m.inverseIndicator());
        final byte[] issueSubType = new byte[2];
        m.getIssueSubType(issueSubType);
        assertArrayEquals(new byte[] {'I', ' '}, issueSubType);
    }

    @Test
    void shouldDecodeMwcbDeclineLevelAsPrice8() {
        final MwcbDeclineLevelDecoder m = new MwcbDeclineLevelDecoder()
            .wrap(dispatched(MWCB_DECLINE_LEVEL, (byte) 'V', MwcbDeclineLevelDecoder.LENGTH), 0);
        assertEquals(0, m.stockLocate());
        assertEquals(5, m.trackingNumber());
        assertEquals(25_200_000_000_000L, m.timestamp());
        assertEquals(392_847_000_000L, m.level1());
        assertEquals(367_502_000_000L, m.level2());
        assertEquals(337_933_000_000L, m.level3());
        assertEquals(FixedPoint.parse("3928.47"), m.level1());
        assertEquals(FixedPoint.parse("3379.33"), m.level3());
    }

    @Test
    void shouldDecodeMwcbStatus() {
        final MwcbStatusDecoder m = new MwcbStatusDecoder()
            .wrap(dispatched(MWCB_STATUS, (byte) 'W', MwcbStatusDecoder.LENGTH), 0);
        assertEquals(0, m.stockLocate());
        assertEquals(6, m.trackingNumber());
        assertEquals(50_400_000_000_000L, m.timestamp());
        assertEquals('1', m.breachedLevel());
    }

    @Test
    void shouldDecodeIpoQuotingPeriodUpdate() {
        final IpoQuotingPeriodUpdateDecoder m = new IpoQuotingPeriodUpdateDecoder()
            .wrap(dispatched(IPO_QUOTING_PERIOD_UPDATE, (byte) 'K', IpoQuotingPeriodUpdateDecoder.LENGTH), 0);
        assertEquals(0, m.stockLocate());
        assertEquals(7, m.trackingNumber());
        assertEquals(25_200_000_000_000L, m.timestamp());
        assertEquals("ARM", Itch50.unpackSymbol(m.stock()));
        assertEquals(50_400L, m.ipoQuotationReleaseTime());
        assertEquals('A', m.ipoQuotationReleaseQualifier());
        assertEquals(510_000L, m.ipoPrice());
        assertEquals(FixedPoint.parse("51.00"), Itch50.price4ToFixedPoint(m.ipoPrice()));
    }

    @Test
    void shouldDecodeOperationalHalt() {
        final OperationalHaltDecoder m = new OperationalHaltDecoder()
            .wrap(dispatched(OPERATIONAL_HALT, (byte) 'h', OperationalHaltDecoder.LENGTH), 0);
        assertEquals(8000, m.stockLocate());
        assertEquals(8, m.trackingNumber());
        assertEquals(50_400_000_000_000L, m.timestamp());
        assertEquals("TSLA", Itch50.unpackSymbol(m.stock()));
        assertEquals('Q', m.marketCode());
        assertEquals('H', m.operationalHaltAction());
    }

    @Test
    void shouldDecodeBrokenTrade() {
        final BrokenTradeDecoder m = new BrokenTradeDecoder()
            .wrap(dispatched(BROKEN_TRADE, (byte) 'B', BrokenTradeDecoder.LENGTH), 0);
        assertEquals(42, m.stockLocate());
        assertEquals(9, m.trackingNumber());
        assertEquals(57_600_123_456_789L, m.timestamp());
        assertEquals(255_547L, m.matchNumber());
    }

    @Test
    void shouldDecodeDirectListingWithCapitalRaise() {
        final DirectListingCapitalRaiseDecoder m = new DirectListingCapitalRaiseDecoder()
            .wrap(dispatched(DIRECT_LISTING_CAPITAL_RAISE, (byte) 'O', DirectListingCapitalRaiseDecoder.LENGTH), 0);
        assertEquals(12_000, m.stockLocate());
        assertEquals(10, m.trackingNumber());
        assertEquals(50_400_000_000_000L, m.timestamp());
        assertEquals("ABCD", Itch50.unpackSymbol(m.stock()));
        assertEquals('Y', m.openEligibilityStatus());
        assertEquals(80_000L, m.minimumAllowablePrice());
        assertEquals(180_000L, m.maximumAllowablePrice());
        assertEquals(100_000L, m.nearExecutionPrice());
        assertEquals(50_399_000_000_000L, m.nearExecutionTime());
        assertEquals(90_000L, m.lowerPriceRangeCollar());
        assertEquals(110_000L, m.upperPriceRangeCollar());
    }

    @Test
    void shouldPrintEveryVectorThroughItsDecoder() {
        for (final String vector : VECTORS) {
            final UnsafeBuffer buffer = hex(vector);
            dispatcher.onMessage(buffer, 0, buffer.capacity());
        }
        assertEquals(List.of(
            "StockDirectory{stockLocate=1, trackingNumber=0, timestamp=25200000000000, stock='SQQQ    ', "
                + "marketCategory='G', financialStatusIndicator='N', roundLotSize=100, roundLotsOnly='N', "
                + "issueClassification='Q', issueSubType='I ', authenticity='P', shortSaleThresholdIndicator='N', "
                + "ipoFlag='N', luldReferencePriceTier='1', etpFlag='Y', etpLeverageFactor=3, inverseIndicator='Y'}",
            "MwcbDeclineLevel{stockLocate=0, trackingNumber=5, timestamp=25200000000000, level1=392847000000, "
                + "level2=367502000000, level3=337933000000}",
            "MwcbStatus{stockLocate=0, trackingNumber=6, timestamp=50400000000000, breachedLevel='1'}",
            "IpoQuotingPeriodUpdate{stockLocate=0, trackingNumber=7, timestamp=25200000000000, stock='ARM     ', "
                + "ipoQuotationReleaseTime=50400, ipoQuotationReleaseQualifier='A', ipoPrice=510000}",
            "OperationalHalt{stockLocate=8000, trackingNumber=8, timestamp=50400000000000, stock='TSLA    ', "
                + "marketCode='Q', operationalHaltAction='H'}",
            "BrokenTrade{stockLocate=42, trackingNumber=9, timestamp=57600123456789, matchNumber=255547}",
            "DirectListingCapitalRaise{stockLocate=12000, trackingNumber=10, timestamp=50400000000000, "
                + "stock='ABCD    ', openEligibilityStatus='Y', minimumAllowablePrice=80000, "
                + "maximumAllowablePrice=180000, nearExecutionPrice=100000, nearExecutionTime=50399000000000, "
                + "lowerPriceRangeCollar=90000, upperPriceRangeCollar=110000}"
        ), listener.events);
    }

    @Test
    void shouldWidenEveryUnsignedIntegerWidth() {
        final UnsafeBuffer buffer = dispatched("45"
            + " ff ff"                     // stock locate 65535
            + " ff fe"                     // tracking number 65534
            + " ff ff ff ff ff ff"         // timestamp 2^48 - 1
            + " ff ff ff ff ff ff ff fe"   // order reference number 2^64 - 2
            + " ff ff ff ff"               // executed shares 2^32 - 1
            + " 80 00 00 00 00 00 00 00",  // match number 2^63
            (byte) 'E', OrderExecutedDecoder.LENGTH);
        final OrderExecutedDecoder m = new OrderExecutedDecoder().wrap(buffer, 0);
        assertEquals(65_535, m.stockLocate());
        assertEquals(65_534, m.trackingNumber());
        assertEquals(Itch50.MAX_TIMESTAMP, m.timestamp());
        assertEquals("18446744073709551614", Long.toUnsignedString(m.orderReferenceNumber()));
        assertEquals(4_294_967_295L, m.executedShares());
        assertEquals("9223372036854775808", Long.toUnsignedString(m.matchNumber()));
        assertEquals("OrderExecuted{stockLocate=65535, trackingNumber=65534, timestamp=281474976710655, "
            + "orderReferenceNumber=18446744073709551614, executedShares=4294967295, "
            + "matchNumber=9223372036854775808}", m.toString());
    }
}
