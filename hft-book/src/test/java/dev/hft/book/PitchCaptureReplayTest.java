package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import dev.hft.api.FixedPoint;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.PcapReader;
import dev.hft.net.pitch.Pitch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Cboe BYX PITCH 2.41 captures in {@code testdata/pcap/cboe-pitch} (Ethernet / IPv4 / UDP / sequenced
 * unit) through {@link PcapReader} and {@link BookBuilderPitchAdapter}: the books hold the orders the packets add (the
 * field values are the ones hft-net's golden-vector test read by hand from the bytes), a Modify Order for an order
 * added before the capture started is a counted unknown id, nothing is malformed and no book is crossed.
 */
class PitchCaptureReplayTest {
    private final WireErrorCounters readerErrors = new WireErrorCounters("pcap", WireErrorListener.NO_OP);
    private final WireErrorCounters pitchErrors = new WireErrorCounters("pitch", WireErrorListener.NO_OP);
    private final BookBuilderRecordingListener events = new BookBuilderRecordingListener();
    private BookBuilder builder;
    private BookBuilderPitchAdapter adapter;

    @BeforeEach
    void setUp() {
        builder = new BookBuilder(16, 64, 16, 256, events);
        adapter = new BookBuilderPitchAdapter(builder, pitchErrors);
    }

    private void replay(final String name) throws IOException {
        new PcapReader(readerErrors).read(TestDataLocator.resolve("pcap/cboe-pitch/" + name),
            (timestampNs, protocol, sourcePort, destinationPort, buffer, offset, length) ->
                adapter.onPacket(buffer, offset, length));
        assertEquals(0, readerErrors.total(), readerErrors::toString);
        assertEquals(0, pitchErrors.total(), pitchErrors::toString);
        for (int id = 0; id < builder.instrumentCount(); id++) {
            assertEquals(BookValidator.OK, BookValidator.check(builder.book(id)), "instrument " + id);
        }
    }

    private OrderBook book(final String symbol) {
        return builder.book(builder.instrumentId(Pitch.packSymbol(symbol)));
    }

    @Test
    void shouldBuildTheBooksOfTheAddOrderCapture() throws IOException {
        replay("AddOrderShortMessage.pcap");

        assertEquals(6, builder.instrumentCount());
        assertEquals(7, builder.orderCount());
        assertEquals(0, builder.unknownOrderCount());
        assertEquals(FixedPoint.parse("20.66"), book("MAT").bestBidPrice());
        assertEquals(400, book("MAT").bestBidQuantity());
        assertEquals(400, book("MAT").orderShares(0x1F7219266A4F77F0L));
        final OrderBook iwo = book("IWO");
        assertEquals(FixedPoint.parse("234.14"), iwo.bestBidPrice());
        assertEquals(100, iwo.bestBidQuantity());
        assertEquals(FixedPoint.parse("235.26"), iwo.bestAskPrice());
        assertEquals(100, iwo.bestAskQuantity());
        assertEquals(FixedPoint.parse("7.56"), book("JDST").bestBidPrice());
        assertEquals(21_700, book("JDST").bestBidQuantity());
        assertEquals(FixedPoint.parse("11.33"), book("YANG").bestBidPrice());
        assertEquals(8_200, book("YANG").bestBidQuantity());
        assertEquals(FixedPoint.NULL_PRICE, book("YANG").bestAskPrice());
    }

    @Test
    void shouldCountAModifyOfAnOrderFromBeforeTheCapture() throws IOException {
        replay("ModifyOrderShortMessage.pcap");

        assertEquals(0, builder.orderCount());
        assertEquals(1, builder.unknownOrderCount());
        assertEquals(java.util.List.of("-1 error UNKNOWN_ORDER #" + 0x147C69B244CCED97L), events.take());
    }

    @Test
    void shouldApplyEveryMessageOfAMultiMessageUnit() throws IOException {
        replay("MultipleMessages.pcap");

        assertEquals(2, builder.instrumentCount());
        assertEquals(2, builder.orderCount());
        assertEquals(FixedPoint.parse("46.67"), book("XSVN").bestBidPrice());
        assertEquals(100, book("XSVN").bestBidQuantity());
    }
}
