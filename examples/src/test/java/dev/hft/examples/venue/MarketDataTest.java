package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.List;

import dev.hft.api.Side;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.book.OrderBook;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.itch.Itch50;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.net.moldudp64.MoldUdp64Receiver;
import dev.hft.net.moldudp64.MoldUdp64ReceiverConfig;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A venue's ITCH over MoldUDP64, received through a hop that loses one packet: our {@link MoldUdp64Receiver}
 * re-requests the lost messages from the venue's request server, and a {@link BookBuilder} fed by the ITCH adapter
 * ends with exactly the engine's levels. The venue is driven on the test thread with a manual clock.
 */
@Timeout(60)
final class MarketDataTest {
    private static final int MAX_ROUNDS = 200_000;

    private final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);

    @Test
    void shouldRebuildTheEngineBookAndRecoverALostPacket() throws IOException {
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        final VenueSpec spec = new VenueSpec().name("MDTEST").fees("0", "0").flow(5_000, 99)
            .instrument("HFTA", "0.01", 1, "100.00").instrument("HFTB", "0.05", 100, "20.00");
        final VenuesConfig config = new VenuesConfig().openingEvents(300).heartbeatIntervalNs(50_000_000L)
            .venue(spec);
        try (DatagramChannel receiverChannel = MoldUdp64Channels.openUnicast(loopback);
             DroppingForwarder line = new DroppingForwarder(receiverChannel.getLocalAddress(), 5);
             SimulatedVenues venues = new SimulatedVenues(config, List.of(line.address()), clock, clock)) {
            final WireErrorCounters itchErrors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
            final BookBuilder books = new BookBuilder(8, 1 << 14, 1024, 0, BookBuilderListener.NO_OP);
            final BookBuilderItchAdapter adapter = new BookBuilderItchAdapter(books, itchErrors);
            final WireErrorCounters moldErrors = new WireErrorCounters("moldudp64", WireErrorListener.NO_OP);
            final MoldUdp64Receiver receiver = new MoldUdp64Receiver(receiverChannel, adapter::onMessage, clock,
                new MoldUdp64ReceiverConfig().session(venues.marketDataSession(0))
                    .requestServer(venues.requestServerAddress(0)).errors(moldErrors));

            for (int round = 0; round < 2_000; round++) {                 // 2 s of flow at 5,000 requests/s
                clock.advance(1_000_000L);
                venues.doWork();
                line.poll();
                receiver.poll(64);
            }
            final long published = venues.marketDataMessages(0);
            for (int round = 0; round < MAX_ROUNDS && (receiver.nextSequenceNumber() <= published
                || receiver.hasGap()); round++) {
                venues.doWork();                                          // the clock stands still: no new flow
                line.poll();
                receiver.poll(64);
            }
            assertEquals(published, venues.marketDataMessages(0), "no flow while the clock stands still");
            assertEquals(published + 1, receiver.nextSequenceNumber());
            assertFalse(receiver.hasGap());
            assertEquals(1, line.dropped());
            assertEquals(1, moldErrors.count(WireError.SEQUENCE_GAP));
            assertTrue(venues.retransmittedMessages(0) > 0, "the lost packet came back from the request server");
            assertEquals(0, itchErrors.total(), itchErrors::toString);
            assertTrue(venues.backgroundRequests(0) >= 10_000, "flow ran: " + venues.backgroundRequests(0));

            final MatchingEngine engine = venues.engine(0);
            long restingInBooks = 0;
            for (int i = 0; i < spec.instrumentCount(); i++) {
                final OrderBook book = books.book(adapter.instrumentId(i + 1));
                assertEquals(spec.symbol(i), Itch50.unpackSymbol(books.symbol(adapter.instrumentId(i + 1))).trim());
                for (final Side side : new Side[] {Side.BUY, Side.SELL}) {
                    final int levels = engine.levelCount(i, side);
                    assertTrue(levels > 0, "both sides populated");
                    assertEquals(levels, book.levelCount(side));
                    for (int d = 0; d < levels; d++) {
                        assertEquals(engine.levelPrice(i, side, d), Itch50.price4ToFixedPoint(book.levelPrice(side,
                            d)), spec.symbol(i) + " " + side + " level " + d);
                        assertEquals(engine.levelQuantity(i, side, d), book.levelQuantity(side, d));
                        assertEquals(engine.levelOrderCount(i, side, d), book.levelOrderCount(side, d));
                    }
                }
                restingInBooks += book.orderCount();
            }
            assertEquals(engine.orderCount(), restingInBooks);
        }
    }

    @Test
    void shouldSendHeartbeatsWhenIdle() throws IOException {
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        final VenueSpec spec = new VenueSpec().name("HBTEST").flow(0, 1).instrument("HFTA", "0.01", 1, "100.00");
        final VenuesConfig config = new VenuesConfig().openingEvents(10).heartbeatIntervalNs(50_000_000L).venue(spec);
        try (DatagramChannel receiverChannel = MoldUdp64Channels.openUnicast(loopback);
             SimulatedVenues venues = new SimulatedVenues(config, List.of(receiverChannel.getLocalAddress()), clock,
                 clock)) {
            final MoldUdp64Receiver receiver = new MoldUdp64Receiver(receiverChannel, (seq, buffer, offset, length) -> {
            }, clock, new MoldUdp64ReceiverConfig().session("HBTEST").requestServer(venues.requestServerAddress(0)));
            for (int round = 0; round < MAX_ROUNDS && receiver.nextSequenceNumber() <= venues.marketDataMessages(0);
                round++) {
                venues.doWork();
                receiver.poll(64);
            }
            assertEquals(0, receiver.heartbeats());
            clock.advance(60_000_000L);                                   // idle past the heartbeat interval
            venues.doWork();
            for (int round = 0; round < MAX_ROUNDS && receiver.heartbeats() == 0; round++) {
                receiver.poll(64);
            }
            assertEquals(1, receiver.heartbeats());
            assertEquals(venues.marketDataMessages(0) + 1, receiver.highWaterMark());
        }
    }
}
