package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.hft.api.FixedPoint;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.book.OrderBook;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.net.moldudp64.MoldUdp64Receiver;
import dev.hft.net.moldudp64.MoldUdp64ReceiverConfig;
import dev.hft.timing.SystemClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The three venues of {@code venues.yaml} on the venue thread: every venue publishes its books to its own receiver,
 * the books move, every venue has its own order-entry and re-request addresses, and {@link SimulatedVenues#close()}
 * releases every port.
 */
@Timeout(120)
final class SimulatedVenuesTest {
    private static final long WAIT_NS = 60_000_000_000L;

    private final SystemClock clock = SystemClock.INSTANCE;

    @Test
    void shouldRunTheConfiguredVenuesAndReleaseEveryPortOnClose() throws IOException {
        final VenuesConfig config = VenuesConfig.defaults();
        final int count = config.venues().size();
        final List<DatagramChannel> channels = new ArrayList<>();
        final List<SocketAddress> destinations = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            channels.add(MoldUdp64Channels.openUnicast(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
            destinations.add(channels.get(v).getLocalAddress());
        }
        final List<InetSocketAddress> tcpPorts = new ArrayList<>();
        final List<InetSocketAddress> udpPorts = new ArrayList<>();
        try (SimulatedVenues venues = SimulatedVenues.start(config, destinations)) {
            assertEquals(count, venues.venueCount());
            assertEquals(List.of("OUCHA", "OUCHB", "FIXC"), List.of(venues.spec(0).name(), venues.spec(1).name(),
                venues.spec(2).name()));
            final Set<InetSocketAddress> addresses = new HashSet<>();
            final BookBuilder[] books = new BookBuilder[count];
            final BookBuilderItchAdapter[] adapters = new BookBuilderItchAdapter[count];
            final MoldUdp64Receiver[] receivers = new MoldUdp64Receiver[count];
            for (int v = 0; v < count; v++) {
                addresses.add(venues.orderEntryAddress(v, 0));
                addresses.add(venues.requestServerAddress(v));
                tcpPorts.add(venues.orderEntryAddress(v, 0));
                udpPorts.add(venues.requestServerAddress(v));
                books[v] = new BookBuilder(4, 1 << 14, 1024, 0, BookBuilderListener.NO_OP);
                adapters[v] = new BookBuilderItchAdapter(books[v], new WireErrorCounters("itch",
                    WireErrorListener.NO_OP));
                receivers[v] = new MoldUdp64Receiver(channels.get(v), adapters[v]::onMessage, clock,
                    new MoldUdp64ReceiverConfig().session(venues.marketDataSession(v))
                        .requestServer(venues.requestServerAddress(v)));
            }
            assertEquals(2 * count, addresses.size(), "every venue has its own ports");

            final long[] firstBid = new long[count];
            final boolean[] moved = new boolean[count];
            final long deadline = clock.nanoTime() + WAIT_NS;
            int done = 0;
            while (done < count && clock.nanoTime() < deadline) {
                done = 0;
                for (int v = 0; v < count; v++) {
                    receivers[v].poll(64);
                    if (books[v].instrumentCount() < 2) {
                        continue;
                    }
                    final OrderBook book = books[v].book(adapters[v].instrumentId(1));
                    final long bid = book.bestBidPrice();
                    if (firstBid[v] == 0 && bid != FixedPoint.NULL_PRICE) {
                        firstBid[v] = bid;
                    }
                    moved[v] |= firstBid[v] != 0 && bid != FixedPoint.NULL_PRICE && bid != firstBid[v];
                    if (moved[v] && book.bestAskPrice() != FixedPoint.NULL_PRICE
                        && receivers[v].messagesDelivered() > 1_000) {
                        done++;
                    }
                }
                Thread.onSpinWait();
            }
            for (int v = 0; v < count; v++) {
                assertTrue(moved[v], venues.spec(v).name() + ": the best bid moved");
                assertTrue(venues.backgroundRequests(v) > config.openingEvents());
                assertEquals(0, venues.record(v, 0).fills());
                assertNotEquals(0, receivers[v].messagesDelivered());
            }
            assertEquals(count, venues.records().size());
            assertNull(venues.failure());
        } finally {
            for (final DatagramChannel channel : channels) {
                channel.close();
            }
        }
        for (final InetSocketAddress address : tcpPorts) {                // closed: the ports are free again
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(address);
            }
        }
        for (final InetSocketAddress address : udpPorts) {
            try (DatagramChannel channel = DatagramChannel.open()) {
                channel.bind(address);
            }
        }
    }
}
