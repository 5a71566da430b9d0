package dev.hft.net.ouch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Real Nasdaq OUCH 5.0 packets (testdata/pcap/nasdaq-ouch50, Open Markets Initiative captures) decode to the
 * field values read by hand from the hex dump ({@code xxd}) and the spec's layouts; the expected values are literals
 * derived from the bytes quoted in the comments, never from this decoder's output. Each message is then encoded again
 * from those values with our encoders and must give the captured bytes exactly.
 */
class OuchGoldenVectorTest {
    private final WireErrorCounters errors = new WireErrorCounters("ouch", WireErrorListener.NO_OP);
    private final List<String> seen = new ArrayList<>();
    private final OuchMessageDispatcher venue = new OuchMessageDispatcher(new OuchListener() {
        @Override
        public void onOrderAccepted(final OrderAcceptedDecoder message) {
            seen.add(message.toString());
        }

        @Override
        public void onOrderCanceled(final OrderCanceledDecoder message) {
            seen.add(message.toString());
        }
    }, errors);
    private final OuchRequestDispatcher client = new OuchRequestDispatcher(new OuchRequestListener() {
        @Override
        public void onEnterOrder(final EnterOrderDecoder message) {
            seen.add(message.toString());
        }

        @Override
        public void onCancelOrder(final CancelOrderDecoder message) {
            seen.add(message.toString());
        }
    }, errors);

    private static OuchCaptures.Packet only(final List<OuchCaptures.Packet> packets, final char type) {
        assertEquals(1, packets.size(), packets::toString);
        assertEquals(type, packets.get(0).type());
        return packets.get(0);
    }

    @Test
    void shouldDecodeEnterOrderCapture() throws IOException {
        final OuchCaptures.Packet packet = only(OuchCaptures.read("EnterOrderMessage.pcap"), 'U');
        final UnsafeBuffer buffer = packet.buffer();
        assertEquals(53, packet.payload().length);
        assertEquals('O', client.onMessage(buffer, 0, packet.payload().length));
        final EnterOrderDecoder m = new EnterOrderDecoder().wrap(buffer, 0);
        assertEquals(113L, m.userRefNum());                      // 00 00 00 71
        assertEquals('T', m.side());                              // 54: sell short
        assertEquals(225L, m.quantity());                         // 00 00 00 e1
        assertEquals(Ouch50.packSymbol("CVLT"), m.symbol());      // 43 56 4c 54 20 20 20 20
        assertEquals(630_200L, m.price());                        // 00 00 00 00 00 09 9d b8: $63.0200
        assertEquals('0', m.timeInForce());                       // 30: day
        assertEquals('Y', m.display());                           // 59
        assertEquals('A', m.capacity());                          // 41: agency
        assertEquals('N', m.interMarketSweepEligibility());       // 4e
        assertEquals('N', m.crossType());                         // 4e: continuous
        assertEquals("H8FUB8IV      ", clOrdId(m::getClOrdId));   // 48 38 46 55 42 38 49 56 + 6 spaces
        assertEquals(6, m.appendageLength());                     // 00 06
        final OuchAppendageDecoder options = m.appendage();       // 05 02 4c 49 4d 45: Firm "LIME"
        assertEquals(1, options.count());
        assertEquals(Ouch50.packFirm("LIME"), options.firm());
        assertEquals(OuchAppendage.ABSENT, options.minQty());
        assertEquals(53, m.encodedLength());
        assertEquals(0, errors.total(), errors::toString);
        assertEquals(List.of("EnterOrder{userRefNum=113, side='T', quantity=225, symbol='CVLT    ', price=630200,"
            + " timeInForce='0', display='Y', capacity='A', interMarketSweepEligibility='N', crossType='N',"
            + " clOrdId='H8FUB8IV      ', appendage=[2='LIME']}"), seen);

        final UnsafeBuffer out = new UnsafeBuffer(new byte[128]);
        final EnterOrderEncoder encoder = new EnterOrderEncoder().wrap(out, 0)
            .userRefNum(113).side((byte) 'T').quantity(225).symbol("CVLT").price(630_200)
            .timeInForce(Ouch50.TIF_DAY).display(Ouch50.DISPLAY_VISIBLE).capacity(Ouch50.CAPACITY_AGENCY)
            .interMarketSweepEligibility(Ouch50.NO).crossType(Ouch50.CROSS_TYPE_CONTINUOUS).clOrdId("H8FUB8IV");
        encoder.appendage().firm("LIME");
        assertArrayEquals(packet.payload(), bytes(out, encoder.encodedLength()));
    }

    @Test
    void shouldDecodeOrderAcceptedCapture() throws IOException {
        final OuchCaptures.Packet packet = only(OuchCaptures.read("OrderAcceptedMessage.pcap"), 'S');
        final UnsafeBuffer buffer = packet.buffer();
        assertEquals(73, packet.payload().length);
        assertEquals('A', venue.onMessage(buffer, 0, packet.payload().length));
        final OrderAcceptedDecoder m = new OrderAcceptedDecoder().wrap(buffer, 0);
        assertEquals(44_647_483_486_087L, m.timestamp());         // 00 00 28 9b 4d 64 af 87: 12:24:07.483486087
        assertEquals(7_682_701L, m.userRefNum());                 // 00 75 3a 8d
        assertEquals('B', m.side());                              // 42
        assertEquals(40L, m.quantity());                          // 00 00 00 28
        assertEquals(Ouch50.packSymbol("ADBE"), m.symbol());      // 41 44 42 45 20 20 20 20
        assertEquals(4_777_800L, m.price());                      // 00 00 00 00 00 48 e7 48: $477.7800
        assertEquals('5', m.timeInForce());                       // 35: GTX
        assertEquals('Y', m.display());                           // 59
        assertEquals(257_340_661L, m.orderReferenceNumber());     // 00 00 00 00 0f 56 b4 f5
        assertEquals('A', m.capacity());                          // 41
        assertEquals('N', m.interMarketSweepEligibility());       // 4e
        assertEquals('N', m.crossType());                         // 4e
        assertEquals('L', m.orderState());                        // 4c: live
        assertEquals("7682701       ", clOrdId(m::getClOrdId));   // 37 36 38 32 37 30 31 + 7 spaces
        assertEquals(7_682_701L, m.clOrdIdNumber());
        assertEquals(9, m.appendageLength());                     // 00 09
        final OuchAppendageDecoder options = m.appendage();       // 05 02 4d 4c 52 4f | 02 12 30
        assertEquals(2, options.count());
        assertEquals(Ouch50.packFirm("MLRO"), options.firm());    // tag 2 Firm
        assertEquals('0', options.bboWeightIndicator());          // tag 18 BBO Weight Indicator
        assertEquals(0, options.customerType());
        assertEquals(0, errors.total(), errors::toString);
        assertEquals(1, seen.size());

        final UnsafeBuffer out = new UnsafeBuffer(new byte[128]);
        final OrderAcceptedEncoder encoder = new OrderAcceptedEncoder().wrap(out, 0)
            .timestamp(44_647_483_486_087L).userRefNum(7_682_701L).side(Ouch50.SIDE_BUY).quantity(40)
            .symbol(Ouch50.packSymbol("ADBE")).price(4_777_800L).timeInForce(Ouch50.TIF_GTX)
            .display(Ouch50.DISPLAY_VISIBLE).orderReferenceNumber(257_340_661L).capacity(Ouch50.CAPACITY_AGENCY)
            .interMarketSweepEligibility(Ouch50.NO).crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
            .orderState(Ouch50.ORDER_STATE_LIVE).clOrdIdNumber(7_682_701L);
        encoder.appendage().firm(Ouch50.packFirm("MLRO")).bboWeightIndicator((byte) '0');
        assertArrayEquals(packet.payload(), bytes(out, encoder.encodedLength()));
    }

    @Test
    void shouldDecodeCancelOrderCapture() throws IOException {
        final OuchCaptures.Packet packet = only(OuchCaptures.read("CancelOrderMessage.pcap"), 'U');
        final UnsafeBuffer buffer = packet.buffer();
        assertEquals(9, packet.payload().length);
        assertEquals('X', client.onMessage(buffer, 0, 9));
        final CancelOrderDecoder m = new CancelOrderDecoder().wrap(buffer, 0);
        assertEquals(7_679_601L, m.userRefNum());                 // 00 75 2e 71
        assertEquals(0L, m.quantity());                           // 00 00 00 00: cancel all
        assertEquals(0, errors.total(), errors::toString);
        assertEquals(List.of("CancelOrder{userRefNum=7679601, quantity=0}"), seen);

        final UnsafeBuffer out = new UnsafeBuffer(new byte[16]);
        final CancelOrderEncoder encoder = new CancelOrderEncoder().wrap(out, 0).userRefNum(7_679_601L).quantity(0);
        assertArrayEquals(packet.payload(), bytes(out, encoder.encodedLength()));
    }

    @Test
    void shouldDecodeCanceledCapture() throws IOException {
        final OuchCaptures.Packet packet = only(OuchCaptures.read("CanceledMessage.pcap"), 'S');
        final UnsafeBuffer buffer = packet.buffer();
        assertEquals(18, packet.payload().length);
        assertEquals('C', venue.onMessage(buffer, 0, 18));
        final OrderCanceledDecoder m = new OrderCanceledDecoder().wrap(buffer, 0);
        assertEquals(44_647_483_708_183L, m.timestamp());         // 00 00 28 9b 4d 68 13 17
        assertEquals(7_682_701L, m.userRefNum());                 // 00 75 3a 8d: the order accepted above
        assertEquals(40L, m.quantity());                          // 00 00 00 28
        assertEquals(Ouch50.CANCEL_REASON_USER, m.reason());      // 55 'U'
        assertEquals(0, errors.total(), errors::toString);
        assertEquals(List.of("OrderCanceled{timestamp=44647483708183, userRefNum=7682701, quantity=40,"
            + " reason='U'}"), seen);

        final UnsafeBuffer out = new UnsafeBuffer(new byte[32]);
        final OrderCanceledEncoder encoder = new OrderCanceledEncoder().wrap(out, 0).timestamp(44_647_483_708_183L)
            .userRefNum(7_682_701L).quantity(40).reason(Ouch50.CANCEL_REASON_USER);
        assertArrayEquals(packet.payload(), bytes(out, encoder.encodedLength()));
    }

    @Test
    void shouldReadHeartbeatCapturesAsEmptySoupBinTcpPackets() throws IOException {
        assertEquals(0, only(OuchCaptures.read("ClientHeartbeatPacket.pcap"), 'R').payload().length);
        assertEquals(0, only(OuchCaptures.read("ServerHeartbeatPacket.pcap"), 'H').payload().length);
    }

    /** Reads a ClOrdID through a decoder's {@code getClOrdId(byte[], int)}. */
    private static String clOrdId(final ClOrdIdReader reader) {
        final byte[] bytes = new byte[Ouch50.CL_ORD_ID_LENGTH];
        reader.get(bytes, 0);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(final UnsafeBuffer buffer, final int length) {
        final byte[] bytes = new byte[length];
        buffer.getBytes(0, bytes);
        return bytes;
    }

    /** A decoder's ClOrdID copy method. */
    @FunctionalInterface
    private interface ClOrdIdReader {
        void get(byte[] dst, int dstOffset);
    }
}
