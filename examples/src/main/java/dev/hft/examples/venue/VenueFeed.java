package dev.hft.examples.venue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;

import dev.hft.backtest.matching.ItchBookPublisher;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.moldudp64.MoldUdp64;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.net.moldudp64.MoldUdp64MessageStore;
import dev.hft.net.moldudp64.MoldUdp64RequestServer;
import dev.hft.net.moldudp64.MoldUdp64Sender;
import dev.hft.timing.NanoClock;
import org.agrona.CloseHelper;

/**
 * A venue's market data: the engine's book as ITCH 5.0 ({@link ItchBookPublisher}) framed by a
 * {@link MoldUdp64Sender} (session = the venue's name) and sent by unicast UDP to one destination, with heartbeats,
 * and a {@link MoldUdp64RequestServer} on its own loopback port answering re-requests from the sender's
 * {@link MoldUdp64MessageStore}. Single-threaded: the venue's thread.
 */
final class VenueFeed implements AutoCloseable {
    private final DatagramChannel senderChannel;
    private final DatagramChannel requestChannel;
    private final MoldUdp64Sender sender;
    private final MoldUdp64RequestServer requestServer;
    private final ItchBookPublisher publisher;
    private final InetSocketAddress requestAddress;

    VenueFeed(final String session, final MatchingEngineConfig engineConfig, final SocketAddress destination,
        final NanoClock clock, final long heartbeatIntervalNs) throws IOException {
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        this.senderChannel = MoldUdp64Channels.openUnicast(loopback);
        DatagramChannel requests = null;
        try {
            requests = MoldUdp64Channels.openUnicast(loopback);
            this.requestAddress = (InetSocketAddress) requests.getLocalAddress();
        } catch (final IOException | RuntimeException ex) {
            CloseHelper.quietClose(requests);
            senderChannel.close();
            throw ex;
        }
        this.requestChannel = requests;
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore(16 << 20, 1 << 20);
        this.sender = new MoldUdp64Sender(senderChannel, new SocketAddress[] {destination}, session, store, clock,
            heartbeatIntervalNs, MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
        this.requestServer = new MoldUdp64RequestServer(requestChannel, session, store,
            new WireErrorCounters("moldudp64 request server " + session, WireErrorListener.NO_OP),
            MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
        this.publisher = new ItchBookPublisher(engineConfig, (buffer, offset, length) ->
            sender.offer(buffer, offset, length));
    }

    ItchBookPublisher publisher() {
        return publisher;
    }

    /** Sends the pending packet or a heartbeat and answers waiting re-requests. */
    int doWork() {
        return sender.doWork() + requestServer.poll(16);
    }

    InetSocketAddress requestAddress() {
        return requestAddress;
    }

    MoldUdp64Sender sender() {
        return sender;
    }

    MoldUdp64RequestServer requestServer() {
        return requestServer;
    }

    /** Sends what is pending and the end of session. */
    void endOfSession() {
        sender.endOfSession();
    }

    @Override
    public void close() {
        CloseHelper.quietCloseAll(senderChannel, requestChannel);
    }
}
