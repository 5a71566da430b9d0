package dev.hft.net.ouch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import dev.hft.api.Result;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpAuthenticator;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.net.soupbintcp.SoupBinTcpDisconnectReason;
import dev.hft.net.soupbintcp.SoupBinTcpMessageStore;
import dev.hft.net.soupbintcp.SoupBinTcpServer;
import dev.hft.net.soupbintcp.SoupBinTcpServerListener;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;

/** The {@link OuchEchoExchange} on our {@link SoupBinTcpServer}: one OUCH session, a loopback port. */
final class OuchEchoVenue implements SoupBinTcpServerListener, AutoCloseable {
    final SoupBinTcpServer server;
    final OuchEchoExchange exchange;
    int connectionId = -1;
    int disconnects;
    private boolean closing;

    OuchEchoVenue(final NanoClock clock, final int maxOrders) throws IOException {
        final SoupBinTcpAuthenticator anyone = (id, request) -> SoupBinTcpAuthenticator.ACCEPT;
        this.server = new SoupBinTcpServer("OUCH", new SoupBinTcpConfig(), 4,
            new SoupBinTcpMessageStore(64 << 20, 2_000_000), clock, anyone, this, WireErrorListener.NO_OP);
        this.exchange = new OuchEchoExchange((buffer, offset, length) -> {
            final int result = server.trySendSequenced(buffer, offset, length);
            if (result != Result.OK) {
                throw new AssertionError("the echo venue could not send: " + result + " type "
                    + (char) buffer.getByte(offset) + " length " + length);
            }
        }, maxOrders);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    InetSocketAddress address() {
        return server.localAddress();
    }

    int poll() {
        return server.poll();
    }

    /** Drops the client's connection at once, as a network failure would. */
    void dropSession() {
        server.disconnect(connectionId);
    }

    @Override
    public void onConnected(final int connectionId) {
        this.connectionId = connectionId;
    }

    @Override
    public void onLoginAccepted(final int connectionId, final long sequenceNumber) {
    }

    @Override
    public void onUnsequencedMessage(final int connectionId, final DirectBuffer buffer, final int offset,
        final int length) {
        exchange.onRequest(buffer, offset, length);
    }

    @Override
    public void onDisconnected(final int connectionId, final SoupBinTcpDisconnectReason reason) {
        disconnects++;
        if (!closing) {
            exchange.onSessionLost();
        }
    }

    @Override
    public void close() {
        closing = true;
        server.close();
    }
}
