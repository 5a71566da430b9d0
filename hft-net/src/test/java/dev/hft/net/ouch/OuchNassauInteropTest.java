package dev.hft.net.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

import com.paritytrading.nassau.Clock;
import com.paritytrading.nassau.MessageListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCP;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServer;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServerStatusListener;
import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Instrument;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link OuchVenueGateway} against an independent SoupBinTCP server, nassau-core 1.0.0's {@code SoupBinTCPServer},
 * carrying our OUCH payloads (the {@link OuchEchoExchange} answers through nassau's {@code send}): login, order round
 * trips, a venue reject, and the session dropped by the server with cancel on disconnect.
 */
@Timeout(60)
class OuchNassauInteropTest {
    private final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    private final Clock nassauClock = () -> clock.nanoTime() / 1_000_000L;
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private final Instrument aapl = instruments.add("AAPL", FixedPoint.parse("0.01"), 1, 2);
    private final Instrument rejected = instruments.add("REJECT", FixedPoint.parse("0.01"), 1, 2);
    private final RecordingOrderEvents events = new RecordingOrderEvents();
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    /** Nassau's server with the echo exchange behind it. */
    private final class NassauOuchVenue implements SoupBinTCPServerStatusListener, MessageListener {
        final ServerSocketChannel acceptor;
        final ByteBuffer outgoing = ByteBuffer.allocate(512);
        final List<String> logins = new ArrayList<>();
        final OuchEchoExchange exchange = new OuchEchoExchange((buffer, offset, length) -> {
            outgoing.clear();
            buffer.getBytes(offset, outgoing, length);
            outgoing.flip();
            try {
                NassauOuchVenue.this.session.send(outgoing);
            } catch (final IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }, 1024);
        final UnsafeBuffer incoming = new UnsafeBuffer(new byte[0]);
        SoupBinTCPServer session;

        NassauOuchVenue() throws IOException {
            acceptor = ServerSocketChannel.open();
            acceptor.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            resources.add(acceptor);
        }

        InetSocketAddress address() throws IOException {
            return (InetSocketAddress) acceptor.getLocalAddress();
        }

        void accept() throws IOException {
            final SocketChannel channel = acceptor.accept();
            channel.configureBlocking(false);
            session = new SoupBinTCPServer(nassauClock, channel, 1024, this, this);
            resources.add(session);
        }

        int poll() {
            try {
                return session.receive();
            } catch (final IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public void message(final ByteBuffer buffer) {
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            incoming.wrap(bytes);
            exchange.onRequest(incoming, 0, bytes.length);
        }

        @Override
        public void loginRequest(final SoupBinTCPServer server, final SoupBinTCP.LoginRequest request)
            throws IOException {
            logins.add(request.getUsername().strip() + "/" + request.getRequestedSequenceNumber());
            final SoupBinTCP.LoginAccepted accepted = new SoupBinTCP.LoginAccepted();
            accepted.setSession("NASSAU");
            accepted.setSequenceNumber(1);
            server.accept(accepted);
        }

        @Override
        public void logoutRequest(final SoupBinTCPServer server) throws IOException {
            server.close();
        }

        @Override
        public void heartbeatTimeout(final SoupBinTCPServer server) {
            throw new AssertionError("nassau server timed out");
        }
    }

    @Test
    void shouldTradeThroughNassauSoupBinTcpServer() throws IOException {
        final NassauOuchVenue venue = new NassauOuchVenue();
        final OuchVenueGateway gateway = new OuchVenueGateway(5, instruments, new OuchVenueGateway.Config(),
            new SoupBinTcpConfig(), clock, clock, events, WireErrorListener.NO_OP);
        resources.add(gateway);
        gateway.login("nassau", "secret");
        assertEquals(Result.OK, gateway.connect(venue.address()));
        venue.accept();
        OuchVenueGatewayTest.pollUntil("login", gateway::isConnected, gateway::poll, venue::poll);
        assertEquals(List.of("nassau/1"), venue.logins);

        final long price = FixedPoint.parse("187.25");
        assertEquals(Result.OK, gateway.newOrder(1, aapl.id(), Side.BUY, 100, price, OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE));
        assertEquals(Result.OK, gateway.newOrder(2, rejected.id(), Side.SELL, 100, price, OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE));
        OuchVenueGatewayTest.pollUntil("answers", () -> events.events.size() == 2, gateway::poll, venue::poll);
        assertEquals(List.of("accepted 1 ref=1000", "rejected 2 UNKNOWN_INSTRUMENT"), events.take());

        venue.exchange.execute(1, 40);
        OuchVenueGatewayTest.pollUntil("fill", () -> events.events.size() == 1, gateway::poll, venue::poll);
        assertEquals(Result.OK, gateway.replaceOrder(1, 3, 80, FixedPoint.parse("187.20")));
        OuchVenueGatewayTest.pollUntil("fill and replace", () -> events.events.size() == 2, gateway::poll,
            venue::poll);
        assertEquals(List.of("fill 1 exec=1 40@" + price + " leaves=60 ADDED",
            "replaced 1->3 40@" + FixedPoint.parse("187.20")), events.take());
        assertEquals(40, venue.exchange.lastReplaceQuantity);   // 80 total - 40 executed

        assertEquals(Result.OK, gateway.newOrder(4, aapl.id(), Side.SELL, 10, price, OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE));
        assertEquals(Result.OK, gateway.cancelOrder(3));
        OuchVenueGatewayTest.pollUntil("cancel", () -> events.events.size() == 2, gateway::poll, venue::poll);
        assertEquals(List.of("accepted 4 ref=1002", "canceled 3 40 NONE"), events.take());
        assertEquals(1, gateway.workingOrders());

        venue.session.close();                       // the server drops the session
        OuchVenueGatewayTest.pollUntil("disconnect", () -> !gateway.isConnected(), gateway::poll);
        assertEquals(List.of("canceled 4 10 VENUE_DISCONNECTED"), events.take());
        assertEquals(0, gateway.workingOrders());
        assertEquals(0, gateway.errors().total(), gateway.errors()::toString);
    }
}
