package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Golden vectors: every message of every NASDAQ, BX and PSX TotalView-ITCH 5.0 capture in
 * {@code testdata/pcap/nasdaq-itch50}, read through the pcap reader and the MoldUDP64 packet decoder,
 * dispatched, and compared field by field (through each decoder's {@code toString}, which prints every getter) with
 * the values below. Each line starts with the message's MoldUDP64 sequence number. 227 messages in 49 files, by type:
 * A 53, C 15, D 18, E 16, F 17, H 16, I 6, J 5, L 6, N 5, P 15, Q 5, S 3, U 17, X 15, Y 15.
 *
 * <p>The expected values were derived from the capture bytes and the specification's field tables, not from this
 * package: by an independent decoder (Python {@code struct} formats typed from the spec tables, e.g. Add Order with
 * MPID {@code >cHH6sQcI8sI4s}), spot-checked by hand against {@code xxd}. The first BX Add Order with MPID, by hand:
 * <pre>
 * 46 | 02 9e | 00 00 | 1f 1a cf 0b c0 28 | 00 00 00 00 00 17 ae 5d | 53 | 00 00 00 64 | 41 52 47 54 20 20 20 20
 * F    670     0       0x1f1acf0bc028       0x17ae5d = 1551965         S    100 shares    ARGT + 4 spaces
 *                      = 34200003264552 ns (09:30:00.003264552)
 *    | 00 07 4f 7c                | 56 49 52 54
 *      0x74f7c = 479100 = $47.91    VIRT
 * </pre>
 * Message types without a capture (R, V, W, K, h, B, O) have hand-built vectors in {@link ItchSpecVectorTest}.
 */
class ItchGoldenVectorTest {
    /** Every capture file this test covers, relative to {@code pcap/nasdaq-itch50}. */
    static final List<String> CAPTURES = List.of(
        "Bx-itch50.20230822/AddOrderMpidAttributionMessage.pcap",
        "Bx-itch50.20230822/AddOrderNoMpidAttributionMessage.pcap",
        "Bx-itch50.20230822/NonCrossTradeMessage.pcap",
        "Bx-itch50.20230822/OrderCancelMessage.pcap",
        "Bx-itch50.20230822/OrderDeleteMessage.pcap",
        "Bx-itch50.20230822/OrderExecutedMessage.pcap",
        "Bx-itch50.20230822/OrderExecutedWithPriceMessage.pcap",
        "Bx-itch50.20230822/OrderReplaceMessage.pcap",
        "Bx-itch50.20230822/RegShoShortSalePriceTestRestrictedIndicatorMessage.pcap",
        "Bx-itch50.20230822/RetailInterestMessage.pcap",
        "Bx-itch50.20230822/StockTradingActionMessage.pcap",
        "Bx-itch50.20230822/SystemEventMessage.pcap",
        "Bx-itch50/AddOrderNoMpidAttributionMessage.pcap",
        "Bx-itch50/OrderDeleteMessage.pcap",
        "Bx-itch50/OrderReplaceMessage.pcap",
        "Nasdaq-itch50.20230822/AddOrderNoMPID.pcap",
        "Nasdaq-itch50.20230822/AddOrderWithMPID.pcap",
        "Nasdaq-itch50.20230822/CrossTrade.pcap",
        "Nasdaq-itch50.20230822/LULDAuctionCollar.pcap",
        "Nasdaq-itch50.20230822/MarketParticipantPosition.pcap",
        "Nasdaq-itch50.20230822/NetOrderImbalanceIndicator.pcap",
        "Nasdaq-itch50.20230822/NonCrossTrade.pcap",
        "Nasdaq-itch50.20230822/OrderCancel.pcap",
        "Nasdaq-itch50.20230822/OrderDelete.pcap",
        "Nasdaq-itch50.20230822/OrderExecuted.pcap",
        "Nasdaq-itch50.20230822/OrderExecutedWithPrice.pcap",
        "Nasdaq-itch50.20230822/OrderReplace.pcap",
        "Nasdaq-itch50.20230822/RegSHORestriction.pcap",
        "Nasdaq-itch50.20230822/StockTradingAction.pcap",
        "Nasdaq-itch50.20230822/SystemEvent.pcap",
        "Nasdaq-itch50/AddOrderNoMpidAttributionMessage.pcap",
        "Nasdaq-itch50/MarketParticipantPositionMessage.pcap",
        "Nasdaq-itch50/Multiple.Packets.pcap",
        "Nasdaq-itch50/NetOrderImbalanceIndicatorMessage.pcap",
        "Nasdaq-itch50/OrderDeleteMessage.pcap",
        "Nasdaq-itch50/OrderExecutedMessage.pcap",
        "Nasdaq-itch50/OrderReplaceMessage.pcap",
        "Nasdaq-itch50/StockTradingActionMessage.pcap",
        "Psx-itch50.20230822/AddOrderNoMpidAttributionMessage.pcap",
        "Psx-itch50.20230822/AddOrderWithMpidAttributionMessage.pcap",
        "Psx-itch50.20230822/OrderCancelMessage.pcap",
        "Psx-itch50.20230822/OrderDeleteMessage.pcap",
        "Psx-itch50.20230822/OrderExecutedMessage.pcap",
        "Psx-itch50.20230822/OrderExecutedWithPriceMessage.pcap",
        "Psx-itch50.20230822/OrderReplaceMessage.pcap",
        "Psx-itch50.20230822/RegShoShortSalePriceTestRestrictedIndicatorMessage.pcap",
        "Psx-itch50.20230822/StockTradingActionMessage.pcap",
        "Psx-itch50.20230822/SystemEventMessage.pcap",
        "Psx-itch50.20230822/TradeMessageNon-cross.pcap"
    );

    @Test
    void shouldCoverEveryCaptureInTheSharedFolder() throws IOException {
        final Path root = ItchCaptures.root();
        final List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".pcap"))
                .forEach(p -> found.add(root.relativize(p).toString().replace('\\', '/')));
        }
        found.sort(null);
        assertEquals(CAPTURES, found);
    }

    @Test
    void shouldDecodeBx20230822AddOrderMpidAttributionMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.003264552 add sell 100 ARGT @ $47.9100, order 1551965, MPID VIRT
            "0 AddOrderMpid{stockLocate=670, trackingNumber=0, timestamp=34200003264552, "
                + "orderReferenceNumber=1551965, buySellIndicator='S', shares=100, stock='ARGT    ', price=479100, "
                + "attribution='VIRT'}",
            // 09:30:00.011220019 add buy 100 GXC @ $67.9300, order 3546586, MPID VIRT
            "0 AddOrderMpid{stockLocate=4651, trackingNumber=0, timestamp=34200011220019, "
                + "orderReferenceNumber=3546586, buySellIndicator='B', shares=100, stock='GXC     ', price=679300, "
                + "attribution='VIRT'}",
            // 09:30:00.013015823 add buy 100 SKF @ $17.3500, order 5168072, MPID VIRT
            "0 AddOrderMpid{stockLocate=9219, trackingNumber=0, timestamp=34200013015823, "
                + "orderReferenceNumber=5168072, buySellIndicator='B', shares=100, stock='SKF     ', price=173500, "
                + "attribution='VIRT'}",
            // 09:30:00.015871707 add sell 100 CTSH @ $72.7900, order 3547774, MPID VIRT
            "0 AddOrderMpid{stockLocate=2438, trackingNumber=0, timestamp=34200015871707, "
                + "orderReferenceNumber=3547774, buySellIndicator='S', shares=100, stock='CTSH    ', price=727900, "
                + "attribution='VIRT'}",
            // 09:30:00.016768690 add sell 100 GLPI @ $48.2200, order 3548022, MPID VIRT
            "0 AddOrderMpid{stockLocate=4416, trackingNumber=0, timestamp=34200016768690, "
                + "orderReferenceNumber=3548022, buySellIndicator='S', shares=100, stock='GLPI    ', price=482200, "
                + "attribution='VIRT'}"
        ), decode("Bx-itch50.20230822/AddOrderMpidAttributionMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822AddOrderNoMpidAttributionMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999357223 add buy 300 AMZU @ $24.2700, order 1551269
            "0 AddOrder{stockLocate=524, trackingNumber=0, timestamp=34199999357223, orderReferenceNumber=1551269, "
                + "buySellIndicator='B', shares=300, stock='AMZU    ', price=242700}",
            // 09:29:59.999384211 add buy 2000 FXC @ $72.2800, order 3541202
            "0 AddOrder{stockLocate=4135, trackingNumber=0, timestamp=34199999384211, "
                + "orderReferenceNumber=3541202, buySellIndicator='B', shares=2000, stock='FXC     ', price=722800}",
            // 09:29:59.999412341 add buy 500 EWZ @ $30.7300, order 3541206
            "0 AddOrder{stockLocate=3516, trackingNumber=0, timestamp=34199999412341, "
                + "orderReferenceNumber=3541206, buySellIndicator='B', shares=500, stock='EWZ     ', price=307300}",
            // 09:29:59.999591654 add sell 2000 FXY @ $63.7300, order 3541238
            "0 AddOrder{stockLocate=4154, trackingNumber=0, timestamp=34199999591654, "
                + "orderReferenceNumber=3541238, buySellIndicator='S', shares=2000, stock='FXY     ', price=637300}",
            // 09:30:00.000144559 add buy 800 AAXJ @ $63.8300, order 1551293
            "0 AddOrder{stockLocate=36, trackingNumber=0, timestamp=34200000144559, orderReferenceNumber=1551293, "
                + "buySellIndicator='B', shares=800, stock='AAXJ    ', price=638300}"
        ), decode("Bx-itch50.20230822/AddOrderNoMpidAttributionMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822NonCrossTradeMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.035335771 trade buy 1 AMZN @ $135.1400, match 27640
            "0 Trade{stockLocate=523, trackingNumber=2, timestamp=34200035335771, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=1, stock='AMZN    ', price=1351400, matchNumber=27640}",
            // 09:30:00.035335771 trade buy 10 AMZN @ $135.1700, match 27642
            "0 Trade{stockLocate=523, trackingNumber=6, timestamp=34200035335771, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=10, stock='AMZN    ', price=1351700, matchNumber=27642}",
            // 09:30:00.035335771 trade buy 25 AMZN @ $135.1700, match 27643
            "0 Trade{stockLocate=523, trackingNumber=8, timestamp=34200035335771, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=25, stock='AMZN    ', price=1351700, matchNumber=27643}",
            // 09:30:00.046228777 trade buy 1 AMZN @ $135.1500, match 27645
            "0 Trade{stockLocate=523, trackingNumber=2, timestamp=34200046228777, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=1, stock='AMZN    ', price=1351500, matchNumber=27645}",
            // 09:30:00.104551520 trade buy 100 SPXS @ $14.4610, match 27654
            "0 Trade{stockLocate=9504, trackingNumber=2, timestamp=34200104551520, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=100, stock='SPXS    ', price=144610, matchNumber=27654}"
        ), decode("Bx-itch50.20230822/NonCrossTradeMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822OrderCancelMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.007418195 order 1464801 cancelled 1000
            "0 OrderCancel{stockLocate=1251, trackingNumber=0, timestamp=34200007418195, "
                + "orderReferenceNumber=1464801, cancelledShares=1000}",
            // 09:30:00.009165969 order 5159780 cancelled 400
            "0 OrderCancel{stockLocate=10221, trackingNumber=0, timestamp=34200009165969, "
                + "orderReferenceNumber=5159780, cancelledShares=400}",
            // 09:30:00.053880204 order 5102484 cancelled 1000
            "0 OrderCancel{stockLocate=10287, trackingNumber=0, timestamp=34200053880204, "
                + "orderReferenceNumber=5102484, cancelledShares=1000}",
            // 09:30:00.089223373 order 3039619 cancelled 100
            "0 OrderCancel{stockLocate=6003, trackingNumber=0, timestamp=34200089223373, "
                + "orderReferenceNumber=3039619, cancelledShares=100}",
            // 09:30:00.093566127 order 5065536 cancelled 200
            "0 OrderCancel{stockLocate=8935, trackingNumber=0, timestamp=34200093566127, "
                + "orderReferenceNumber=5065536, cancelledShares=200}"
        ), decode("Bx-itch50.20230822/OrderCancelMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822OrderDeleteMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999524563 order 2902330 deleted
            "0 OrderDelete{stockLocate=4135, trackingNumber=0, timestamp=34199999524563, "
                + "orderReferenceNumber=2902330}",
            // 09:30:00.000454198 order 3541302 deleted
            "0 OrderDelete{stockLocate=2954, trackingNumber=0, timestamp=34200000454198, "
                + "orderReferenceNumber=3541302}",
            // 09:30:00.000610316 order 5162452 deleted
            "0 OrderDelete{stockLocate=9649, trackingNumber=0, timestamp=34200000610316, "
                + "orderReferenceNumber=5162452}",
            // 09:30:00.000767725 order 5163836 deleted
            "0 OrderDelete{stockLocate=9509, trackingNumber=0, timestamp=34200000767725, "
                + "orderReferenceNumber=5163836}",
            // 09:30:00.000791243 order 5159620 deleted
            "0 OrderDelete{stockLocate=9553, trackingNumber=0, timestamp=34200000791243, "
                + "orderReferenceNumber=5159620}"
        ), decode("Bx-itch50.20230822/OrderDeleteMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822OrderExecutedMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.001152563 order 3017419 executed 10, match 27628
            "0 OrderExecuted{stockLocate=7765, trackingNumber=2, timestamp=34200001152563, "
                + "orderReferenceNumber=3017419, executedShares=10, matchNumber=27628}",
            // 09:30:00.001381184 order 5072896 executed 200, match 27629
            "0 OrderExecuted{stockLocate=9415, trackingNumber=2, timestamp=34200001381184, "
                + "orderReferenceNumber=5072896, executedShares=200, matchNumber=27629}",
            // 09:30:00.001381184 order 5105024 executed 200, match 27630
            "0 OrderExecuted{stockLocate=9415, trackingNumber=4, timestamp=34200001381184, "
                + "orderReferenceNumber=5105024, executedShares=200, matchNumber=27630}",
            // 09:30:00.001381184 order 5125296 executed 200, match 27631
            "0 OrderExecuted{stockLocate=9415, trackingNumber=6, timestamp=34200001381184, "
                + "orderReferenceNumber=5125296, executedShares=200, matchNumber=27631}",
            // 09:30:00.001381184 order 5147776 executed 100, match 27632
            "0 OrderExecuted{stockLocate=9415, trackingNumber=8, timestamp=34200001381184, "
                + "orderReferenceNumber=5147776, executedShares=100, matchNumber=27632}"
        ), decode("Bx-itch50.20230822/OrderExecutedMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822OrderExecutedWithPriceMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:01.228649818 order 3208515 executed 5 @ $117.6700 (printable Y), match 27987
            "0 OrderExecutedWithPrice{stockLocate=7561, trackingNumber=2, timestamp=34201228649818, "
                + "orderReferenceNumber=3208515, executedShares=5, matchNumber=27987, printable='Y', "
                + "executionPrice=1176700}",
            // 09:30:01.663667246 order 3788050 executed 100 @ $129.3900 (printable Y), match 28095
            "0 OrderExecutedWithPrice{stockLocate=4498, trackingNumber=2, timestamp=34201663667246, "
                + "orderReferenceNumber=3788050, executedShares=100, matchNumber=28095, printable='Y', "
                + "executionPrice=1293900}",
            // 09:30:01.663925696 order 3788062 executed 74 @ $129.3900 (printable Y), match 28097
            "0 OrderExecutedWithPrice{stockLocate=4498, trackingNumber=2, timestamp=34201663925696, "
                + "orderReferenceNumber=3788062, executedShares=74, matchNumber=28097, printable='Y', "
                + "executionPrice=1293900}",
            // 09:30:01.663976655 order 3788062 executed 26 @ $129.3900 (printable Y), match 28098
            "0 OrderExecutedWithPrice{stockLocate=4498, trackingNumber=2, timestamp=34201663976655, "
                + "orderReferenceNumber=3788062, executedShares=26, matchNumber=28098, printable='Y', "
                + "executionPrice=1293900}",
            // 09:30:02.238097023 order 5421088 executed 1 @ $14.4000 (printable Y), match 28225
            "0 OrderExecutedWithPrice{stockLocate=10378, trackingNumber=2, timestamp=34202238097023, "
                + "orderReferenceNumber=5421088, executedShares=1, matchNumber=28225, printable='Y', "
                + "executionPrice=144000}"
        ), decode("Bx-itch50.20230822/OrderExecutedWithPriceMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822OrderReplaceMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999298981 order 2415366 replaced by 3541190: 100 @ $89.8000
            "0 OrderReplace{stockLocate=4146, trackingNumber=0, timestamp=34199999298981, "
                + "originalOrderReferenceNumber=2415366, newOrderReferenceNumber=3541190, shares=100, price=898000}",
            // 09:29:59.999300327 order 2424882 replaced by 3541194: 100 @ $28.2100
            "0 OrderReplace{stockLocate=5170, trackingNumber=0, timestamp=34199999300327, "
                + "originalOrderReferenceNumber=2424882, newOrderReferenceNumber=3541194, shares=100, price=282100}",
            // 09:29:59.999665635 order 2589422 replaced by 3541246: 100 @ $54.8800
            "0 OrderReplace{stockLocate=2908, trackingNumber=0, timestamp=34199999665635, "
                + "originalOrderReferenceNumber=2589422, newOrderReferenceNumber=3541246, shares=100, price=548800}",
            // 09:29:59.999680923 order 4078664 replaced by 5163676: 100 @ $8.6700
            "0 OrderReplace{stockLocate=9100, trackingNumber=0, timestamp=34199999680923, "
                + "originalOrderReferenceNumber=4078664, newOrderReferenceNumber=5163676, shares=100, price=86700}",
            // 09:30:00.000618897 order 4062520 replaced by 5163848: 100 @ $17.5800
            "0 OrderReplace{stockLocate=10866, trackingNumber=0, timestamp=34200000618897, "
                + "originalOrderReferenceNumber=4062520, newOrderReferenceNumber=5163848, shares=100, price=175800}"
        ), decode("Bx-itch50.20230822/OrderReplaceMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822RegShoShortSalePriceTestRestrictedIndicatorMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.116747479 Reg SHO SOPA: action '1'
            "0 RegShoRestriction{stockLocate=9405, trackingNumber=0, timestamp=34200116747479, stock='SOPA    ', "
                + "regShoAction='1'}",
            // 09:30:00.150820268 Reg SHO CPHI: action '1'
            "0 RegShoRestriction{stockLocate=2282, trackingNumber=0, timestamp=34200150820268, stock='CPHI    ', "
                + "regShoAction='1'}",
            // 09:30:00.156421273 Reg SHO CUENW: action '1'
            "0 RegShoRestriction{stockLocate=2453, trackingNumber=0, timestamp=34200156421273, stock='CUENW   ', "
                + "regShoAction='1'}",
            // 09:30:00.156659304 Reg SHO MSGM: action '1'
            "0 RegShoRestriction{stockLocate=6806, trackingNumber=0, timestamp=34200156659304, stock='MSGM    ', "
                + "regShoAction='1'}",
            // 09:30:00.161636819 Reg SHO YCBD-A: action '1'
            "0 RegShoRestriction{stockLocate=11203, trackingNumber=0, timestamp=34200161636819, stock='YCBD-A  ', "
                + "regShoAction='1'}"
        ), decode("Bx-itch50.20230822/RegShoShortSalePriceTestRestrictedIndicatorMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822RetailInterestMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999282991 RPII BIZD: interest 'N'
            "0 Rpii{stockLocate=1258, trackingNumber=0, timestamp=34199999282991, stock='BIZD    ', "
                + "interestFlag='N'}",
            // 09:29:59.999283261 RPII ISCG: interest 'N'
            "0 Rpii{stockLocate=5456, trackingNumber=0, timestamp=34199999283261, stock='ISCG    ', "
                + "interestFlag='N'}",
            // 09:29:59.999283437 RPII DIG: interest 'N'
            "0 Rpii{stockLocate=2742, trackingNumber=0, timestamp=34199999283437, stock='DIG     ', "
                + "interestFlag='N'}",
            // 09:29:59.999284380 RPII XBI: interest 'S'
            "0 Rpii{stockLocate=11051, trackingNumber=0, timestamp=34199999284380, stock='XBI     ', "
                + "interestFlag='S'}",
            // 09:29:59.999284564 RPII XSLV: interest 'N'
            "0 Rpii{stockLocate=11168, trackingNumber=0, timestamp=34199999284564, stock='XSLV    ', "
                + "interestFlag='N'}"
        ), decode("Bx-itch50.20230822/RetailInterestMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822StockTradingActionMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:15.592434152 trading action ZXZZT: state 'H', reason ''
            "0 StockTradingAction{stockLocate=11325, trackingNumber=0, timestamp=34215592434152, stock='ZXZZT   ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:30:16.302242573 trading action ZVZZT: state 'H', reason ''
            "0 StockTradingAction{stockLocate=11320, trackingNumber=0, timestamp=34216302242573, stock='ZVZZT   ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:30:20.598975485 trading action CAML: state 'H', reason ''
            "0 StockTradingAction{stockLocate=1707, trackingNumber=0, timestamp=34220598975485, stock='CAML    ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:30:41.583264138 trading action LTRY: state 'H', reason ''
            "0 StockTradingAction{stockLocate=6285, trackingNumber=0, timestamp=34241583264138, stock='LTRY    ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:31:00.849892739 trading action CSMD: state 'H', reason ''
            "0 StockTradingAction{stockLocate=2378, trackingNumber=0, timestamp=34260849892739, stock='CSMD    ', "
                + "tradingState='H', reserved=' ', reason='    '}"
        ), decode("Bx-itch50.20230822/StockTradingActionMessage.pcap"));
    }

    @Test
    void shouldDecodeBx20230822SystemEventMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000085226 system event 'Q'
            "0 SystemEvent{stockLocate=0, trackingNumber=0, timestamp=34200000085226, eventCode='Q'}"
        ), decode("Bx-itch50.20230822/SystemEventMessage.pcap"));
    }

    @Test
    void shouldDecodeBxAddOrderNoMpidAttributionMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999357223 add buy 300 AMZU @ $24.2700, order 1551269
            "1621717 AddOrder{stockLocate=524, trackingNumber=0, timestamp=34199999357223, "
                + "orderReferenceNumber=1551269, buySellIndicator='B', shares=300, stock='AMZU    ', price=242700}"
        ), decode("Bx-itch50/AddOrderNoMpidAttributionMessage.pcap"));
    }

    @Test
    void shouldDecodeBxOrderDeleteMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999524563 order 2902330 deleted
            "1621741 OrderDelete{stockLocate=4135, trackingNumber=0, timestamp=34199999524563, "
                + "orderReferenceNumber=2902330}"
        ), decode("Bx-itch50/OrderDeleteMessage.pcap"));
    }

    @Test
    void shouldDecodeBxOrderReplaceMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999665635 order 2589422 replaced by 3541246: 100 @ $54.8800
            "1621746 OrderReplace{stockLocate=2908, trackingNumber=0, timestamp=34199999665635, "
                + "originalOrderReferenceNumber=2589422, newOrderReferenceNumber=3541246, shares=100, price=548800}"
        ), decode("Bx-itch50/OrderReplaceMessage.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822AddOrderNoMPID() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999894278 add buy 1600 IVOO @ $87.3900, order 23508286
            "0 AddOrder{stockLocate=5528, trackingNumber=0, timestamp=34199999894278, "
                + "orderReferenceNumber=23508286, buySellIndicator='B', shares=1600, stock='IVOO    ', price=873900}",
            // 09:29:59.999914224 add sell 100 RETL @ $7.1700, order 21361419
            "0 AddOrder{stockLocate=8554, trackingNumber=0, timestamp=34199999914224, "
                + "orderReferenceNumber=21361419, buySellIndicator='S', shares=100, stock='RETL    ', price=71700}",
            // 09:29:59.999968613 add sell 100 XLF @ $33.9500, order 34103800
            "0 AddOrder{stockLocate=11112, trackingNumber=0, timestamp=34199999968613, "
                + "orderReferenceNumber=34103800, buySellIndicator='S', shares=100, stock='XLF     ', price=339500}",
            // 09:29:59.999982857 add sell 4000 XLF @ $33.9500, order 34103812
            "0 AddOrder{stockLocate=11112, trackingNumber=0, timestamp=34199999982857, "
                + "orderReferenceNumber=34103812, buySellIndicator='S', shares=4000, stock='XLF     ', price=339500}",
            // 09:30:00.000084959 add sell 200 T @ $14.1300, order 34103828
            "0 AddOrder{stockLocate=9751, trackingNumber=0, timestamp=34200000084959, "
                + "orderReferenceNumber=34103828, buySellIndicator='S', shares=200, stock='T       ', price=141300}"
        ), decode("Nasdaq-itch50.20230822/AddOrderNoMPID.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822AddOrderWithMPID() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999977782 add sell 100 CASY @ $255.5200, order 18923125, MPID FLTU
            "0 AddOrderMpid{stockLocate=1738, trackingNumber=0, timestamp=34199999977782, "
                + "orderReferenceNumber=18923125, buySellIndicator='S', shares=100, stock='CASY    ', price=2555200, "
                + "attribution='FLTU'}",
            // 09:30:00.000089678 add sell 100 TSVT @ $6.6100, order 34103852, MPID FLTU
            "0 AddOrderMpid{stockLocate=10177, trackingNumber=0, timestamp=34200000089678, "
                + "orderReferenceNumber=34103852, buySellIndicator='S', shares=100, stock='TSVT    ', price=66100, "
                + "attribution='FLTU'}",
            // 09:30:00.000098325 add sell 800 EIDO @ $23.8200, order 23508474, MPID GSCO
            "0 AddOrderMpid{stockLocate=3163, trackingNumber=0, timestamp=34200000098325, "
                + "orderReferenceNumber=23508474, buySellIndicator='S', shares=800, stock='EIDO    ', price=238200, "
                + "attribution='GSCO'}",
            // 09:30:00.000151606 add sell 100 QLYS @ $160.5800, order 21361463, MPID FLTU
            "0 AddOrderMpid{stockLocate=8362, trackingNumber=0, timestamp=34200000151606, "
                + "orderReferenceNumber=21361463, buySellIndicator='S', shares=100, stock='QLYS    ', price=1605800, "
                + "attribution='FLTU'}",
            // 09:30:00.000192403 add sell 100 VCYT @ $29.6400, order 34103964, MPID FLTU
            "0 AddOrderMpid{stockLocate=10536, trackingNumber=0, timestamp=34200000192403, "
                + "orderReferenceNumber=34103964, buySellIndicator='S', shares=100, stock='VCYT    ', price=296400, "
                + "attribution='FLTU'}"
        ), decode("Nasdaq-itch50.20230822/AddOrderWithMPID.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822CrossTrade() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000483331 cross 'O' BAC-Q: 0 @ $0.0000, match 255550
            "0 CrossTrade{stockLocate=983, trackingNumber=1, timestamp=34200000483331, shares=0, stock='BAC-Q   ', "
                + "crossPrice=0, matchNumber=255550, crossType='O'}",
            // 09:30:00.000652059 cross 'O' GCV: 0 @ $0.0000, match 255553
            "0 CrossTrade{stockLocate=4234, trackingNumber=1, timestamp=34200000652059, shares=0, "
                + "stock='GCV     ', crossPrice=0, matchNumber=255553, crossType='O'}",
            // 09:30:00.000781447 cross 'O' PTGX: 5577 @ $19.5600, match 255561
            "0 CrossTrade{stockLocate=8231, trackingNumber=2, timestamp=34200000781447, shares=5577, "
                + "stock='PTGX    ', crossPrice=195600, matchNumber=255561, crossType='O'}",
            // 09:30:00.000795685 cross 'O' BNED: 0 @ $0.0000, match 255562
            "0 CrossTrade{stockLocate=1382, trackingNumber=1, timestamp=34200000795685, shares=0, "
                + "stock='BNED    ', crossPrice=0, matchNumber=255562, crossType='O'}",
            // 09:30:00.001163323 cross 'O' IBTG: 5379 @ $22.4800, match 255582
            "0 CrossTrade{stockLocate=5092, trackingNumber=2, timestamp=34200001163323, shares=5379, "
                + "stock='IBTG    ', crossPrice=224800, matchNumber=255582, crossType='O'}"
        ), decode("Nasdaq-itch50.20230822/CrossTrade.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822LULDAuctionCollar() throws IOException {
        assertEquals(List.of(
            // 09:30:15.592415125 LULD collar ZXZZT: reference $13.3400, $10.9200 to $14.0100, extensions 0
            "0 LuldAuctionCollar{stockLocate=11325, trackingNumber=0, timestamp=34215592415125, stock='ZXZZT   ', "
                + "auctionCollarReferencePrice=133400, upperAuctionCollarPrice=140100, lowerAuctionCollarPrice=109200, "
                + "auctionCollarExtension=0}",
            // 09:30:16.302268913 LULD collar ZVZZT: reference $27.0200, $25.6700 to $33.0200, extensions 0
            "0 LuldAuctionCollar{stockLocate=11320, trackingNumber=0, timestamp=34216302268913, stock='ZVZZT   ', "
                + "auctionCollarReferencePrice=270200, upperAuctionCollarPrice=330200, lowerAuctionCollarPrice=256700, "
                + "auctionCollarExtension=0}",
            // 09:30:41.583309197 LULD collar LTRY: reference $3.8200, $3.1200 to $4.0100, extensions 0
            "0 LuldAuctionCollar{stockLocate=6285, trackingNumber=0, timestamp=34241583309197, stock='LTRY    ', "
                + "auctionCollarReferencePrice=38200, upperAuctionCollarPrice=40100, lowerAuctionCollarPrice=31200, "
                + "auctionCollarExtension=0}",
            // 09:31:45.956275196 LULD collar SHLT: reference $7.8800, $6.4400 to $8.2700, extensions 0
            "0 LuldAuctionCollar{stockLocate=9146, trackingNumber=0, timestamp=34305956275196, stock='SHLT    ', "
                + "auctionCollarReferencePrice=78800, upperAuctionCollarPrice=82700, lowerAuctionCollarPrice=64400, "
                + "auctionCollarExtension=0}",
            // 09:35:16.303768822 LULD collar ZVZZT: reference $27.0200, $24.3200 to $33.0200, extensions 1
            "0 LuldAuctionCollar{stockLocate=11320, trackingNumber=0, timestamp=34516303768822, stock='ZVZZT   ', "
                + "auctionCollarReferencePrice=270200, upperAuctionCollarPrice=330200, lowerAuctionCollarPrice=243200, "
                + "auctionCollarExtension=1}"
        ), decode("Nasdaq-itch50.20230822/LULDAuctionCollar.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822MarketParticipantPosition() throws IOException {
        assertEquals(List.of(
            // 09:30:24.468064326 MAXM in FDLS: primary 'Y', mode 'N', state 'A'
            "0 MarketParticipantPosition{stockLocate=3648, trackingNumber=0, timestamp=34224468064326, "
                + "mpid='MAXM', stock='FDLS    ', primaryMarketMaker='Y', marketMakerMode='N', "
                + "marketParticipantState='A'}",
            // 09:30:24.494802989 MAXM in FGMC: primary 'Y', mode 'N', state 'A'
            "0 MarketParticipantPosition{stockLocate=3731, trackingNumber=0, timestamp=34224494802989, "
                + "mpid='MAXM', stock='FGMC    ', primaryMarketMaker='Y', marketMakerMode='N', "
                + "marketParticipantState='A'}",
            // 09:32:00.828893814 RILY in FBIO: primary 'Y', mode 'N', state 'E'
            "0 MarketParticipantPosition{stockLocate=3586, trackingNumber=0, timestamp=34320828893814, "
                + "mpid='RILY', stock='FBIO    ', primaryMarketMaker='Y', marketMakerMode='N', "
                + "marketParticipantState='E'}",
            // 09:33:57.787611659 NITE in TAN: primary 'Y', mode 'N', state 'E'
            "0 MarketParticipantPosition{stockLocate=9768, trackingNumber=0, timestamp=34437787611659, "
                + "mpid='NITE', stock='TAN     ', primaryMarketMaker='Y', marketMakerMode='N', "
                + "marketParticipantState='E'}",
            // 09:34:03.930332539 VIRT in TAN: primary 'Y', mode 'N', state 'E'
            "0 MarketParticipantPosition{stockLocate=9768, trackingNumber=0, timestamp=34443930332539, "
                + "mpid='VIRT', stock='TAN     ', primaryMarketMaker='Y', marketMakerMode='N', "
                + "marketParticipantState='E'}"
        ), decode("Nasdaq-itch50.20230822/MarketParticipantPosition.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822NetOrderImbalanceIndicator() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000087025 NOII PFTAW: paired 0, imbalance 0 'O', far $0.0000 near $0.0000 reference $0.0000,
            // cross 'O', variation ' '
            "0 Noii{stockLocate=7853, trackingNumber=0, timestamp=34200000087025, pairedShares=0, "
                + "imbalanceShares=0, imbalanceDirection='O', stock='PFTAW   ', farPrice=0, nearPrice=0, "
                + "currentReferencePrice=0, crossType='O', priceVariationIndicator=' '}",
            // 09:30:00.000088833 NOII GFOR=: paired 0, imbalance 0 'O', far $0.0000 near $0.0000 reference $0.0000,
            // cross 'O', variation ' '
            "0 Noii{stockLocate=4316, trackingNumber=0, timestamp=34200000088833, pairedShares=0, "
                + "imbalanceShares=0, imbalanceDirection='O', stock='GFOR=   ', farPrice=0, nearPrice=0, "
                + "currentReferencePrice=0, crossType='O', priceVariationIndicator=' '}",
            // 09:30:00.000092117 NOII MMM: paired 0, imbalance 0 'O', far $0.0000 near $0.0000 reference $0.0000, cross
            // 'O', variation ' '
            "0 Noii{stockLocate=6659, trackingNumber=0, timestamp=34200000092117, pairedShares=0, "
                + "imbalanceShares=0, imbalanceDirection='O', stock='MMM     ', farPrice=0, nearPrice=0, "
                + "currentReferencePrice=0, crossType='O', priceVariationIndicator=' '}",
            // 09:30:00.000268978 NOII MDC: paired 1, imbalance 0 'N', far $46.4400 near $46.4400 reference $46.4400,
            // cross 'O', variation 'L'
            "0 Noii{stockLocate=6462, trackingNumber=0, timestamp=34200000268978, pairedShares=1, "
                + "imbalanceShares=0, imbalanceDirection='N', stock='MDC     ', farPrice=464400, nearPrice=464400, "
                + "currentReferencePrice=464400, crossType='O', priceVariationIndicator='L'}",
            // 09:30:00.000399147 NOII SKOR: paired 1, imbalance 0 'N', far $46.2700 near $46.2700 reference $46.2700,
            // cross 'O', variation 'L'
            "0 Noii{stockLocate=9228, trackingNumber=0, timestamp=34200000399147, pairedShares=1, "
                + "imbalanceShares=0, imbalanceDirection='N', stock='SKOR    ', farPrice=462700, nearPrice=462700, "
                + "currentReferencePrice=462700, crossType='O', priceVariationIndicator='L'}"
        ), decode("Nasdaq-itch50.20230822/NetOrderImbalanceIndicator.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822NonCrossTrade() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000684713 trade buy 100 GOOGL @ $128.4600, match 255554
            "0 Trade{stockLocate=4499, trackingNumber=2, timestamp=34200000684713, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=100, stock='GOOGL   ', price=1284600, matchNumber=255554}",
            // 09:30:00.000971740 trade buy 14 MU @ $64.4100, match 255569
            "0 Trade{stockLocate=6856, trackingNumber=2, timestamp=34200000971740, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=14, stock='MU      ', price=644100, matchNumber=255569}",
            // 09:30:00.000991243 trade buy 27 QCOM @ $111.5300, match 255571
            "0 Trade{stockLocate=8327, trackingNumber=2, timestamp=34200000991243, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=27, stock='QCOM    ', price=1115300, matchNumber=255571}",
            // 09:30:00.000997052 trade buy 2 ASML @ $679.5200, match 255573
            "0 Trade{stockLocate=749, trackingNumber=2, timestamp=34200000997052, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=2, stock='ASML    ', price=6795200, matchNumber=255573}",
            // 09:30:00.000997052 trade buy 4 ASML @ $679.5200, match 255574
            "0 Trade{stockLocate=749, trackingNumber=4, timestamp=34200000997052, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=4, stock='ASML    ', price=6795200, matchNumber=255574}"
        ), decode("Nasdaq-itch50.20230822/NonCrossTrade.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822OrderCancel() throws IOException {
        assertEquals(List.of(
            // 09:30:00.002394205 order 33823232 cancelled 100
            "0 OrderCancel{stockLocate=9413, trackingNumber=0, timestamp=34200002394205, "
                + "orderReferenceNumber=33823232, cancelledShares=100}",
            // 09:30:00.002464667 order 23503754 cancelled 100
            "0 OrderCancel{stockLocate=4499, trackingNumber=0, timestamp=34200002464667, "
                + "orderReferenceNumber=23503754, cancelledShares=100}",
            // 09:30:00.003211026 order 34083228 cancelled 200
            "0 OrderCancel{stockLocate=10636, trackingNumber=0, timestamp=34200003211026, "
                + "orderReferenceNumber=34083228, cancelledShares=200}",
            // 09:30:00.006901693 order 21259975 cancelled 2000
            "0 OrderCancel{stockLocate=6485, trackingNumber=0, timestamp=34200006901693, "
                + "orderReferenceNumber=21259975, cancelledShares=2000}",
            // 09:30:00.007174153 order 18901405 cancelled 200
            "0 OrderCancel{stockLocate=973, trackingNumber=0, timestamp=34200007174153, "
                + "orderReferenceNumber=18901405, cancelledShares=200}"
        ), decode("Nasdaq-itch50.20230822/OrderCancel.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822OrderDelete() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999889645 order 23442714 deleted
            "0 OrderDelete{stockLocate=3353, trackingNumber=0, timestamp=34199999889645, "
                + "orderReferenceNumber=23442714}",
            // 09:29:59.999889850 order 23440170 deleted
            "0 OrderDelete{stockLocate=3353, trackingNumber=0, timestamp=34199999889850, "
                + "orderReferenceNumber=23440170}",
            // 09:29:59.999896280 order 23497686 deleted
            "0 OrderDelete{stockLocate=3517, trackingNumber=0, timestamp=34199999896280, "
                + "orderReferenceNumber=23497686}",
            // 09:29:59.999912765 order 18906389 deleted
            "0 OrderDelete{stockLocate=1109, trackingNumber=0, timestamp=34199999912765, "
                + "orderReferenceNumber=18906389}",
            // 09:29:59.999920371 order 21358375 deleted
            "0 OrderDelete{stockLocate=7499, trackingNumber=0, timestamp=34199999920371, "
                + "orderReferenceNumber=21358375}"
        ), decode("Nasdaq-itch50.20230822/OrderDelete.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822OrderExecuted() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999934561 order 23499418 executed 25, match 255547
            "0 OrderExecuted{stockLocate=2345, trackingNumber=2, timestamp=34199999934561, "
                + "orderReferenceNumber=23499418, executedShares=25, matchNumber=255547}",
            // 09:30:00.000403290 order 34057696 executed 2000, match 255548
            "0 OrderExecuted{stockLocate=9509, trackingNumber=2, timestamp=34200000403290, "
                + "orderReferenceNumber=34057696, executedShares=2000, matchNumber=255548}",
            // 09:30:00.000403290 order 34066156 executed 200, match 255549
            "0 OrderExecuted{stockLocate=9509, trackingNumber=4, timestamp=34200000403290, "
                + "orderReferenceNumber=34066156, executedShares=200, matchNumber=255549}",
            // 09:30:00.000496208 order 18920949 executed 1, match 255551
            "0 OrderExecuted{stockLocate=608, trackingNumber=2, timestamp=34200000496208, "
                + "orderReferenceNumber=18920949, executedShares=1, matchNumber=255551}",
            // 09:30:00.000566216 order 26890664 executed 699, match 255552
            "0 OrderExecuted{stockLocate=11214, trackingNumber=2, timestamp=34200000566216, "
                + "orderReferenceNumber=26890664, executedShares=699, matchNumber=255552}"
        ), decode("Nasdaq-itch50.20230822/OrderExecuted.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822OrderExecutedWithPrice() throws IOException {
        assertEquals(List.of(
            // 09:30:00.001163323 order 19993566 executed 4926 @ $22.4800 (printable N), match 255581
            "0 OrderExecutedWithPrice{stockLocate=5092, trackingNumber=1, timestamp=34200001163323, "
                + "orderReferenceNumber=19993566, executedShares=4926, matchNumber=255581, printable='N', "
                + "executionPrice=224800}",
            // 09:30:00.001652818 order 10138168 executed 4 @ $0.8500 (printable N), match 255626
            "0 OrderExecutedWithPrice{stockLocate=11233, trackingNumber=1, timestamp=34200001652818, "
                + "orderReferenceNumber=10138168, executedShares=4, matchNumber=255626, printable='N', "
                + "executionPrice=8500}",
            // 09:30:00.007615761 order 34105576 executed 100 @ $441.1700 (printable Y), match 256056
            "0 OrderExecutedWithPrice{stockLocate=9509, trackingNumber=2, timestamp=34200007615761, "
                + "orderReferenceNumber=34105576, executedShares=100, matchNumber=256056, printable='Y', "
                + "executionPrice=4411700}",
            // 09:30:00.007615761 order 34106808 executed 100 @ $441.1700 (printable Y), match 256057
            "0 OrderExecutedWithPrice{stockLocate=9509, trackingNumber=4, timestamp=34200007615761, "
                + "orderReferenceNumber=34106808, executedShares=100, matchNumber=256057, printable='Y', "
                + "executionPrice=4411700}",
            // 09:30:00.008266604 order 21364519 executed 72 @ $4.8500 (printable Y), match 256074
            "0 OrderExecutedWithPrice{stockLocate=6003, trackingNumber=2, timestamp=34200008266604, "
                + "orderReferenceNumber=21364519, executedShares=72, matchNumber=256074, printable='Y', "
                + "executionPrice=48500}"
        ), decode("Nasdaq-itch50.20230822/OrderExecutedWithPrice.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822OrderReplace() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999836649 order 15108479 replaced by 21361351: 100 @ $106.2600
            "0 OrderReplace{stockLocate=7603, trackingNumber=0, timestamp=34199999836649, "
                + "originalOrderReferenceNumber=15108479, newOrderReferenceNumber=21361351, shares=100, price=1062600}",
            // 09:29:59.999839204 order 15108487 replaced by 21361355: 100 @ $106.2600
            "0 OrderReplace{stockLocate=7603, trackingNumber=0, timestamp=34199999839204, "
                + "originalOrderReferenceNumber=15108487, newOrderReferenceNumber=21361355, shares=100, price=1062600}",
            // 09:29:59.999839753 order 15108483 replaced by 21361359: 100 @ $106.2600
            "0 OrderReplace{stockLocate=7603, trackingNumber=0, timestamp=34199999839753, "
                + "originalOrderReferenceNumber=15108483, newOrderReferenceNumber=21361359, shares=100, price=1062600}",
            // 09:29:59.999842535 order 22987054 replaced by 23508278: 100 @ $161.4000
            "0 OrderReplace{stockLocate=3709, trackingNumber=0, timestamp=34199999842535, "
                + "originalOrderReferenceNumber=22987054, newOrderReferenceNumber=23508278, shares=100, price=1614000}",
            // 09:29:59.999852428 order 18188209 replaced by 18923109: 100 @ $21.7300
            "0 OrderReplace{stockLocate=310, trackingNumber=0, timestamp=34199999852428, "
                + "originalOrderReferenceNumber=18188209, newOrderReferenceNumber=18923109, shares=100, price=217300}"
        ), decode("Nasdaq-itch50.20230822/OrderReplace.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822RegSHORestriction() throws IOException {
        assertEquals(List.of(
            // 09:30:00.116533431 Reg SHO SOPA: action '1'
            "0 RegShoRestriction{stockLocate=9405, trackingNumber=0, timestamp=34200116533431, stock='SOPA    ', "
                + "regShoAction='1'}",
            // 09:30:00.150870585 Reg SHO CPHI: action '1'
            "0 RegShoRestriction{stockLocate=2282, trackingNumber=0, timestamp=34200150870585, stock='CPHI    ', "
                + "regShoAction='1'}",
            // 09:30:00.156306992 Reg SHO CUENW: action '1'
            "0 RegShoRestriction{stockLocate=2453, trackingNumber=0, timestamp=34200156306992, stock='CUENW   ', "
                + "regShoAction='1'}",
            // 09:30:00.156507124 Reg SHO MSGM: action '1'
            "0 RegShoRestriction{stockLocate=6806, trackingNumber=0, timestamp=34200156507124, stock='MSGM    ', "
                + "regShoAction='1'}",
            // 09:30:00.161634344 Reg SHO YCBD-A: action '1'
            "0 RegShoRestriction{stockLocate=11203, trackingNumber=0, timestamp=34200161634344, stock='YCBD-A  ', "
                + "regShoAction='1'}"
        ), decode("Nasdaq-itch50.20230822/RegSHORestriction.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822StockTradingAction() throws IOException {
        assertEquals(List.of(
            // 09:30:15.592125541 trading action ZXZZT: state 'P', reason 'LUDP'
            "0 StockTradingAction{stockLocate=11325, trackingNumber=0, timestamp=34215592125541, stock='ZXZZT   ', "
                + "tradingState='P', reserved=' ', reason='LUDP'}",
            // 09:30:16.302093801 trading action ZVZZT: state 'P', reason 'LUDP'
            "0 StockTradingAction{stockLocate=11320, trackingNumber=0, timestamp=34216302093801, stock='ZVZZT   ', "
                + "tradingState='P', reserved=' ', reason='LUDP'}",
            // 09:30:20.599106486 trading action CAML: state 'H', reason ''
            "0 StockTradingAction{stockLocate=1707, trackingNumber=0, timestamp=34220599106486, stock='CAML    ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:30:41.583109014 trading action LTRY: state 'P', reason 'LUDP'
            "0 StockTradingAction{stockLocate=6285, trackingNumber=0, timestamp=34241583109014, stock='LTRY    ', "
                + "tradingState='P', reserved=' ', reason='LUDP'}",
            // 09:31:00.849901211 trading action CSMD: state 'H', reason ''
            "0 StockTradingAction{stockLocate=2378, trackingNumber=0, timestamp=34260849901211, stock='CSMD    ', "
                + "tradingState='H', reserved=' ', reason='    '}"
        ), decode("Nasdaq-itch50.20230822/StockTradingAction.pcap"));
    }

    @Test
    void shouldDecodeNasdaq20230822SystemEvent() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000070384 system event 'Q'
            "0 SystemEvent{stockLocate=0, trackingNumber=0, timestamp=34200000070384, eventCode='Q'}"
        ), decode("Nasdaq-itch50.20230822/SystemEvent.pcap"));
    }

    @Test
    void shouldDecodeNasdaqAddOrderNoMpidAttributionMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999894278 add buy 1600 IVOO @ $87.3900, order 23508286
            "14757721 AddOrder{stockLocate=5528, trackingNumber=0, timestamp=34199999894278, "
                + "orderReferenceNumber=23508286, buySellIndicator='B', shares=1600, stock='IVOO    ', price=873900}"
        ), decode("Nasdaq-itch50/AddOrderNoMpidAttributionMessage.pcap"));
    }

    @Test
    void shouldDecodeNasdaqMarketParticipantPositionMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:24.494802989 MAXM in FGMC: primary 'Y', mode 'N', state 'A'
            "17861990 MarketParticipantPosition{stockLocate=3731, trackingNumber=0, timestamp=34224494802989, "
                + "mpid='MAXM', stock='FGMC    ', primaryMarketMaker='Y', marketMakerMode='N', "
                + "marketParticipantState='A'}"
        ), decode("Nasdaq-itch50/MarketParticipantPositionMessage.pcap"));
    }

    @Test
    void shouldDecodeNasdaqMultiplePackets() throws IOException {
        assertEquals(List.of(
            // 09:30:00.007495351 order 23485802 deleted
            "14764496 OrderDelete{stockLocate=2737, trackingNumber=0, timestamp=34200007495351, "
                + "orderReferenceNumber=23485802}",
            // 09:30:38.952381153 add buy 1 META @ $80.5200, order 7942047
            "19009117 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=7942047, buySellIndicator='B', shares=1, stock='META    ', price=805200}",
            // 09:30:38.952381153 add sell 100 META @ $357.3300, order 7028607
            "19009118 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=7028607, buySellIndicator='S', shares=100, stock='META    ', price=3573300}",
            // 09:30:38.952381153 add buy 2 META @ $80.5000, order 70575
            "19009119 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=70575, buySellIndicator='B', shares=2, stock='META    ', price=805000}",
            // 09:30:38.952381153 add sell 1 META @ $357.3700, order 4005963
            "19009120 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4005963, buySellIndicator='S', shares=1, stock='META    ', price=3573700}",
            // 09:30:38.952381153 add buy 28 META @ $80.2900, order 4027047
            "19009121 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4027047, buySellIndicator='B', shares=28, stock='META    ', price=802900}",
            // 09:30:38.952381153 add sell 1 META @ $357.4200, order 5897695
            "19009122 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=5897695, buySellIndicator='S', shares=1, stock='META    ', price=3574200}",
            // 09:30:38.952381153 add buy 1 META @ $80.2600, order 7939467
            "19009123 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=7939467, buySellIndicator='B', shares=1, stock='META    ', price=802600}",
            // 09:30:38.952381153 add sell 14 META @ $357.5000, order 7159039
            "19009124 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=7159039, buySellIndicator='S', shares=14, stock='META    ', price=3575000}",
            // 09:30:38.952381153 add buy 5 META @ $80.1100, order 9752743, MPID UBSS
            "19009125 AddOrderMpid{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=9752743, buySellIndicator='B', shares=5, stock='META    ', price=801100, "
                + "attribution='UBSS'}",
            // 09:30:38.952381153 add sell 25 META @ $357.5500, order 7158931
            "19009126 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=7158931, buySellIndicator='S', shares=25, stock='META    ', price=3575500}",
            // 09:30:38.952381153 add buy 2 META @ $80.0700, order 8473975
            "19009127 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=8473975, buySellIndicator='B', shares=2, stock='META    ', price=800700}",
            // 09:30:38.952381153 add sell 2 META @ $357.7200, order 7147571
            "19009128 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=7147571, buySellIndicator='S', shares=2, stock='META    ', price=3577200}",
            // 09:30:38.952381153 add buy 1 META @ $80.0500, order 3796399
            "19009129 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3796399, buySellIndicator='B', shares=1, stock='META    ', price=800500}",
            // 09:30:38.952381153 add sell 112 META @ $357.8900, order 10250271, MPID UBSS
            "19009130 AddOrderMpid{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=10250271, buySellIndicator='S', shares=112, stock='META    ', price=3578900, "
                + "attribution='UBSS'}",
            // 09:30:38.952381153 add buy 8 META @ $80.0000, order 111827
            "19009131 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=111827, buySellIndicator='B', shares=8, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 5 META @ $357.9900, order 4847171
            "19009132 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4847171, buySellIndicator='S', shares=5, stock='META    ', price=3579900}",
            // 09:30:38.952381153 add buy 10 META @ $80.0000, order 3868291
            "19009133 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3868291, buySellIndicator='B', shares=10, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 1 META @ $358.0000, order 8323
            "19009134 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=8323, buySellIndicator='S', shares=1, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 2 META @ $80.0000, order 3869091
            "19009135 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3869091, buySellIndicator='B', shares=2, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 30 META @ $358.0000, order 128123
            "19009136 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=128123, buySellIndicator='S', shares=30, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 350 META @ $80.0000, order 3896727
            "19009137 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3896727, buySellIndicator='B', shares=350, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 1 META @ $358.0000, order 143603
            "19009138 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=143603, buySellIndicator='S', shares=1, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 30 META @ $80.0000, order 3905767
            "19009139 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3905767, buySellIndicator='B', shares=30, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 5 META @ $358.0000, order 3942295
            "19009140 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3942295, buySellIndicator='S', shares=5, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 38 META @ $80.0000, order 3916495
            "19009141 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3916495, buySellIndicator='B', shares=38, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 139 META @ $358.0000, order 3997991
            "19009142 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3997991, buySellIndicator='S', shares=139, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 1 META @ $80.0000, order 3958143
            "19009143 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=3958143, buySellIndicator='B', shares=1, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 25 META @ $358.0000, order 4041119
            "19009144 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4041119, buySellIndicator='S', shares=25, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 62 META @ $80.0000, order 4022619
            "19009145 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4022619, buySellIndicator='B', shares=62, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 4 META @ $358.0000, order 4152427
            "19009146 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4152427, buySellIndicator='S', shares=4, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 5 META @ $80.0000, order 4029023
            "19009147 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4029023, buySellIndicator='B', shares=5, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 3 META @ $358.0000, order 4355847
            "19009148 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4355847, buySellIndicator='S', shares=3, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 10 META @ $80.0000, order 4037463
            "19009149 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4037463, buySellIndicator='B', shares=10, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 5 META @ $358.0000, order 4830355
            "19009150 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4830355, buySellIndicator='S', shares=5, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 1 META @ $80.0000, order 4040631
            "19009151 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4040631, buySellIndicator='B', shares=1, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 25 META @ $358.0000, order 5325315
            "19009152 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=5325315, buySellIndicator='S', shares=25, stock='META    ', price=3580000}",
            // 09:30:38.952381153 add buy 5 META @ $80.0000, order 4093267
            "19009153 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=4093267, buySellIndicator='B', shares=5, stock='META    ', price=800000}",
            // 09:30:38.952381153 add sell 1 META @ $358.0000, order 5325319
            "19009154 AddOrder{stockLocate=6514, trackingNumber=0, timestamp=34238952381153, "
                + "orderReferenceNumber=5325319, buySellIndicator='S', shares=1, stock='META    ', price=3580000}"
        ), decode("Nasdaq-itch50/Multiple.Packets.pcap"));
    }

    @Test
    void shouldDecodeNasdaqNetOrderImbalanceIndicatorMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000268978 NOII MDC: paired 1, imbalance 0 'N', far $46.4400 near $46.4400 reference $46.4400,
            // cross 'O', variation 'L'
            "14757919 Noii{stockLocate=6462, trackingNumber=0, timestamp=34200000268978, pairedShares=1, "
                + "imbalanceShares=0, imbalanceDirection='N', stock='MDC     ', farPrice=464400, nearPrice=464400, "
                + "currentReferencePrice=464400, crossType='O', priceVariationIndicator='L'}"
        ), decode("Nasdaq-itch50/NetOrderImbalanceIndicatorMessage.pcap"));
    }

    @Test
    void shouldDecodeNasdaqOrderDeleteMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999896280 order 23497686 deleted
            "14757722 OrderDelete{stockLocate=3517, trackingNumber=0, timestamp=34199999896280, "
                + "orderReferenceNumber=23497686}"
        ), decode("Nasdaq-itch50/OrderDeleteMessage.pcap"));
    }

    @Test
    void shouldDecodeNasdaqOrderExecutedMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999934561 order 23499418 executed 25, match 255547
            "14757745 OrderExecuted{stockLocate=2345, trackingNumber=2, timestamp=34199999934561, "
                + "orderReferenceNumber=23499418, executedShares=25, matchNumber=255547}"
        ), decode("Nasdaq-itch50/OrderExecutedMessage.pcap"));
    }

    @Test
    void shouldDecodeNasdaqOrderReplaceMessage() throws IOException {
        assertEquals(List.of(
            // 09:29:59.999836649 order 15108479 replaced by 21361351: 100 @ $106.2600
            "14757701 OrderReplace{stockLocate=7603, trackingNumber=0, timestamp=34199999836649, "
                + "originalOrderReferenceNumber=15108479, newOrderReferenceNumber=21361351, shares=100, price=1062600}"
        ), decode("Nasdaq-itch50/OrderReplaceMessage.pcap"));
    }

    @Test
    void shouldDecodeNasdaqStockTradingActionMessage() throws IOException {
        assertEquals(List.of(
            // 09:39:23.322465824 trading action AMC: state 'T', reason ''
            "34147961 StockTradingAction{stockLocate=464, trackingNumber=0, timestamp=34763322465824, "
                + "stock='AMC     ', tradingState='T', reserved=' ', reason='    '}"
        ), decode("Nasdaq-itch50/StockTradingActionMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822AddOrderNoMpidAttributionMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000141332 add sell 1000 FXY @ $63.7400, order 919456
            "0 AddOrder{stockLocate=4154, trackingNumber=0, timestamp=34200000141332, orderReferenceNumber=919456, "
                + "buySellIndicator='S', shares=1000, stock='FXY     ', price=637400}",
            // 09:30:00.000142438 add buy 100 UBT @ $20.1500, order 919457
            "0 AddOrder{stockLocate=10270, trackingNumber=0, timestamp=34200000142438, "
                + "orderReferenceNumber=919457, buySellIndicator='B', shares=100, stock='UBT     ', price=201500}",
            // 09:30:00.000143342 add buy 3400 EWC @ $33.7700, order 919458
            "0 AddOrder{stockLocate=3489, trackingNumber=0, timestamp=34200000143342, orderReferenceNumber=919458, "
                + "buySellIndicator='B', shares=3400, stock='EWC     ', price=337700}",
            // 09:30:00.000144097 add sell 700 ACWI @ $94.6700, order 919459
            "0 AddOrder{stockLocate=138, trackingNumber=0, timestamp=34200000144097, orderReferenceNumber=919459, "
                + "buySellIndicator='S', shares=700, stock='ACWI    ', price=946700}",
            // 09:30:00.000145321 add buy 100 SCHO @ $47.8800, order 919460
            "0 AddOrder{stockLocate=8972, trackingNumber=0, timestamp=34200000145321, orderReferenceNumber=919460, "
                + "buySellIndicator='B', shares=100, stock='SCHO    ', price=478800}"
        ), decode("Psx-itch50.20230822/AddOrderNoMpidAttributionMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822AddOrderWithMpidAttributionMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.001652575 add buy 100 MMM @ $79.5800, order 919808, MPID PUND
            "0 AddOrderMpid{stockLocate=6659, trackingNumber=0, timestamp=34200001652575, "
                + "orderReferenceNumber=919808, buySellIndicator='B', shares=100, stock='MMM     ', price=795800, "
                + "attribution='PUND'}",
            // 09:30:00.001663698 add buy 100 MMM @ $79.5800, order 919809, MPID PUND
            "0 AddOrderMpid{stockLocate=6659, trackingNumber=0, timestamp=34200001663698, "
                + "orderReferenceNumber=919809, buySellIndicator='B', shares=100, stock='MMM     ', price=795800, "
                + "attribution='PUND'}",
            // 09:30:00.001919491 add buy 100 QQQ @ $293.2300, order 919875, MPID PUND
            "0 AddOrderMpid{stockLocate=8379, trackingNumber=0, timestamp=34200001919491, "
                + "orderReferenceNumber=919875, buySellIndicator='B', shares=100, stock='QQQ     ', price=2932300, "
                + "attribution='PUND'}",
            // 09:30:00.002207441 add sell 100 TDW @ $78.8300, order 919922, MPID PUND
            "0 AddOrderMpid{stockLocate=9852, trackingNumber=0, timestamp=34200002207441, "
                + "orderReferenceNumber=919922, buySellIndicator='S', shares=100, stock='TDW     ', price=788300, "
                + "attribution='PUND'}",
            // 09:30:00.002268985 add buy 100 MSCI @ $418.4200, order 919938, MPID PUND
            "0 AddOrderMpid{stockLocate=6799, trackingNumber=0, timestamp=34200002268985, "
                + "orderReferenceNumber=919938, buySellIndicator='B', shares=100, stock='MSCI    ', price=4184200, "
                + "attribution='PUND'}"
        ), decode("Psx-itch50.20230822/AddOrderWithMpidAttributionMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822OrderCancelMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.011309544 order 912070 cancelled 100
            "0 OrderCancel{stockLocate=1570, trackingNumber=0, timestamp=34200011309544, "
                + "orderReferenceNumber=912070, cancelledShares=100}",
            // 09:30:00.011350183 order 912078 cancelled 1500
            "0 OrderCancel{stockLocate=1252, trackingNumber=0, timestamp=34200011350183, "
                + "orderReferenceNumber=912078, cancelledShares=1500}",
            // 09:30:00.011728587 order 912078 cancelled 600
            "0 OrderCancel{stockLocate=1252, trackingNumber=0, timestamp=34200011728587, "
                + "orderReferenceNumber=912078, cancelledShares=600}",
            // 09:30:00.135653335 order 906422 cancelled 3000
            "0 OrderCancel{stockLocate=1040, trackingNumber=0, timestamp=34200135653335, "
                + "orderReferenceNumber=906422, cancelledShares=3000}",
            // 09:30:00.296079423 order 981149 cancelled 100
            "0 OrderCancel{stockLocate=4145, trackingNumber=0, timestamp=34200296079423, "
                + "orderReferenceNumber=981149, cancelledShares=100}"
        ), decode("Psx-itch50.20230822/OrderCancelMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822OrderDeleteMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000403586 order 919462 deleted
            "0 OrderDelete{stockLocate=2954, trackingNumber=0, timestamp=34200000403586, "
                + "orderReferenceNumber=919462}",
            // 09:30:00.000689412 order 918336 deleted
            "0 OrderDelete{stockLocate=9509, trackingNumber=0, timestamp=34200000689412, "
                + "orderReferenceNumber=918336}",
            // 09:30:00.000722098 order 918659 deleted
            "0 OrderDelete{stockLocate=5553, trackingNumber=0, timestamp=34200000722098, "
                + "orderReferenceNumber=918659}",
            // 09:30:00.000767676 order 919563 deleted
            "0 OrderDelete{stockLocate=9509, trackingNumber=0, timestamp=34200000767676, "
                + "orderReferenceNumber=919563}",
            // 09:30:00.000778984 order 919568 deleted
            "0 OrderDelete{stockLocate=9509, trackingNumber=0, timestamp=34200000778984, "
                + "orderReferenceNumber=919568}"
        ), decode("Psx-itch50.20230822/OrderDeleteMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822OrderExecutedMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.001336190 order 919398 executed 100, match 26693
            "0 OrderExecuted{stockLocate=9413, trackingNumber=2, timestamp=34200001336190, "
                + "orderReferenceNumber=919398, executedShares=100, matchNumber=26693}",
            // 09:30:00.005862476 order 921353 executed 1500, match 26694
            "0 OrderExecuted{stockLocate=3107, trackingNumber=2, timestamp=34200005862476, "
                + "orderReferenceNumber=921353, executedShares=1500, matchNumber=26694}",
            // 09:30:00.006385375 order 919878 executed 100, match 26695
            "0 OrderExecuted{stockLocate=9413, trackingNumber=2, timestamp=34200006385375, "
                + "orderReferenceNumber=919878, executedShares=100, matchNumber=26695}",
            // 09:30:00.013505130 order 922713 executed 200, match 26696
            "0 OrderExecuted{stockLocate=9413, trackingNumber=2, timestamp=34200013505130, "
                + "orderReferenceNumber=922713, executedShares=200, matchNumber=26696}",
            // 09:30:00.017379067 order 919533 executed 100, match 26697
            "0 OrderExecuted{stockLocate=8379, trackingNumber=2, timestamp=34200017379067, "
                + "orderReferenceNumber=919533, executedShares=100, matchNumber=26697}"
        ), decode("Psx-itch50.20230822/OrderExecutedMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822OrderExecutedWithPriceMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.522071899 order 942591 executed 100 @ $5.2900 (printable Y), match 26765
            "0 OrderExecutedWithPrice{stockLocate=4105, trackingNumber=2, timestamp=34200522071899, "
                + "orderReferenceNumber=942591, executedShares=100, matchNumber=26765, printable='Y', "
                + "executionPrice=52900}",
            // 09:30:01.205006262 order 1053598 executed 3 @ $7.0800 (printable Y), match 26865
            "0 OrderExecutedWithPrice{stockLocate=1981, trackingNumber=2, timestamp=34201205006262, "
                + "orderReferenceNumber=1053598, executedShares=3, matchNumber=26865, printable='Y', "
                + "executionPrice=70800}",
            // 09:30:01.339517625 order 1052436 executed 34 @ $38.9700 (printable Y), match 26897
            "0 OrderExecutedWithPrice{stockLocate=10085, trackingNumber=2, timestamp=34201339517625, "
                + "orderReferenceNumber=1052436, executedShares=34, matchNumber=26897, printable='Y', "
                + "executionPrice=389700}",
            // 09:30:03.705917438 order 1107676 executed 1 @ $30.7700 (printable Y), match 27091
            "0 OrderExecutedWithPrice{stockLocate=3516, trackingNumber=2, timestamp=34203705917438, "
                + "orderReferenceNumber=1107676, executedShares=1, matchNumber=27091, printable='Y', "
                + "executionPrice=307700}",
            // 09:30:04.155078485 order 1113922 executed 90 @ $2.1200 (printable Y), match 27129
            "0 OrderExecutedWithPrice{stockLocate=8601, trackingNumber=2, timestamp=34204155078485, "
                + "orderReferenceNumber=1113922, executedShares=90, matchNumber=27129, printable='Y', "
                + "executionPrice=21200}"
        ), decode("Psx-itch50.20230822/OrderExecutedWithPriceMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822OrderReplaceMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000686773 order 563159 replaced by 919597: 100 @ $13.7700
            "0 OrderReplace{stockLocate=6631, trackingNumber=0, timestamp=34200000686773, "
                + "originalOrderReferenceNumber=563159, newOrderReferenceNumber=919597, shares=100, price=137700}",
            // 09:30:00.001086051 order 898232 replaced by 919686: 100 @ $26.9500
            "0 OrderReplace{stockLocate=10727, trackingNumber=0, timestamp=34200001086051, "
                + "originalOrderReferenceNumber=898232, newOrderReferenceNumber=919686, shares=100, price=269500}",
            // 09:30:00.001203025 order 565966 replaced by 919715: 100 @ $22.5400
            "0 OrderReplace{stockLocate=7827, trackingNumber=0, timestamp=34200001203025, "
                + "originalOrderReferenceNumber=565966, newOrderReferenceNumber=919715, shares=100, price=225400}",
            // 09:30:00.001411788 order 548453 replaced by 919765: 100 @ $60.7500
            "0 OrderReplace{stockLocate=4911, trackingNumber=0, timestamp=34200001411788, "
                + "originalOrderReferenceNumber=548453, newOrderReferenceNumber=919765, shares=100, price=607500}",
            // 09:30:00.002236448 order 547394 replaced by 919931: 100 @ $0.3147
            "0 OrderReplace{stockLocate=10973, trackingNumber=0, timestamp=34200002236448, "
                + "originalOrderReferenceNumber=547394, newOrderReferenceNumber=919931, shares=100, price=3147}"
        ), decode("Psx-itch50.20230822/OrderReplaceMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822RegShoShortSalePriceTestRestrictedIndicatorMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.116736165 Reg SHO SOPA: action '1'
            "0 RegShoRestriction{stockLocate=9405, trackingNumber=0, timestamp=34200116736165, stock='SOPA    ', "
                + "regShoAction='1'}",
            // 09:30:00.150803623 Reg SHO CPHI: action '1'
            "0 RegShoRestriction{stockLocate=2282, trackingNumber=0, timestamp=34200150803623, stock='CPHI    ', "
                + "regShoAction='1'}",
            // 09:30:00.156411505 Reg SHO CUENW: action '1'
            "0 RegShoRestriction{stockLocate=2453, trackingNumber=0, timestamp=34200156411505, stock='CUENW   ', "
                + "regShoAction='1'}",
            // 09:30:00.156641038 Reg SHO MSGM: action '1'
            "0 RegShoRestriction{stockLocate=6806, trackingNumber=0, timestamp=34200156641038, stock='MSGM    ', "
                + "regShoAction='1'}",
            // 09:30:00.161628090 Reg SHO YCBD-A: action '1'
            "0 RegShoRestriction{stockLocate=11203, trackingNumber=0, timestamp=34200161628090, stock='YCBD-A  ', "
                + "regShoAction='1'}"
        ), decode("Psx-itch50.20230822/RegShoShortSalePriceTestRestrictedIndicatorMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822StockTradingActionMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:15.592373969 trading action ZXZZT: state 'H', reason ''
            "0 StockTradingAction{stockLocate=11325, trackingNumber=0, timestamp=34215592373969, stock='ZXZZT   ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:30:16.302228746 trading action ZVZZT: state 'H', reason ''
            "0 StockTradingAction{stockLocate=11320, trackingNumber=0, timestamp=34216302228746, stock='ZVZZT   ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:30:20.599022960 trading action CAML: state 'H', reason ''
            "0 StockTradingAction{stockLocate=1707, trackingNumber=0, timestamp=34220599022960, stock='CAML    ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:30:41.583270717 trading action LTRY: state 'H', reason ''
            "0 StockTradingAction{stockLocate=6285, trackingNumber=0, timestamp=34241583270717, stock='LTRY    ', "
                + "tradingState='H', reserved=' ', reason='    '}",
            // 09:31:00.849925690 trading action CSMD: state 'H', reason ''
            "0 StockTradingAction{stockLocate=2378, trackingNumber=0, timestamp=34260849925690, stock='CSMD    ', "
                + "tradingState='H', reserved=' ', reason='    '}"
        ), decode("Psx-itch50.20230822/StockTradingActionMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822SystemEventMessage() throws IOException {
        assertEquals(List.of(
            // 09:30:00.000103932 system event 'Q'
            "0 SystemEvent{stockLocate=0, trackingNumber=0, timestamp=34200000103932, eventCode='Q'}"
        ), decode("Psx-itch50.20230822/SystemEventMessage.pcap"));
    }

    @Test
    void shouldDecodePsx20230822TradeMessageNonCross() throws IOException {
        assertEquals(List.of(
            // 09:30:00.029940207 trade buy 1 AMAT @ $150.9400, match 26701
            "0 Trade{stockLocate=455, trackingNumber=2, timestamp=34200029940207, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=1, stock='AMAT    ', price=1509400, matchNumber=26701}",
            // 09:30:00.291290495 trade buy 100 MOAT @ $78.1100, match 26723
            "0 Trade{stockLocate=6694, trackingNumber=2, timestamp=34200291290495, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=100, stock='MOAT    ', price=781100, matchNumber=26723}",
            // 09:30:00.416939940 trade buy 1 AMAT @ $150.9400, match 26754
            "0 Trade{stockLocate=455, trackingNumber=2, timestamp=34200416939940, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=1, stock='AMAT    ', price=1509400, matchNumber=26754}",
            // 09:30:00.428943786 trade buy 24 ZM @ $67.2200, match 26759
            "0 Trade{stockLocate=11297, trackingNumber=2, timestamp=34200428943786, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=24, stock='ZM      ', price=672200, matchNumber=26759}",
            // 09:30:00.442593584 trade buy 60 TSLA @ $240.3300, match 26760
            "0 Trade{stockLocate=10161, trackingNumber=2, timestamp=34200442593584, orderReferenceNumber=0, "
                + "buySellIndicator='B', shares=60, stock='TSLA    ', price=2403300, matchNumber=26760}"
        ), decode("Psx-itch50.20230822/TradeMessageNon-cross.pcap"));
    }

    private static List<String> decode(final String capture) throws IOException {
        return ItchCaptures.decodeToStrings(capture);
    }
}
