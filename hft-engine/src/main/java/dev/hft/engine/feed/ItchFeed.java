package dev.hft.engine.feed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;

import dev.hft.api.InstrumentRegistry;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookError;
import dev.hft.engine.MarketDataFeed;
import dev.hft.engine.MarketDataSink;
import dev.hft.engine.config.FeedConfig;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.moldudp64.LineArbitrator;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.net.moldudp64.MoldUdp64Receiver;
import dev.hft.net.moldudp64.MoldUdp64ReceiverConfig;
import dev.hft.timing.NanoClock;
import org.agrona.CloseHelper;

/**
 * A venue's ITCH 5.0 feed over MoldUDP64: line A (and B, arbitrated by a {@link LineArbitrator}), gaps re-requested
 * from the configured server, messages decoded by an {@link ItchDecoder} (order books rebuilt order by order; level
 * changes, trades and trading actions into the engine's sink in its instrument ids and fixed-point prices). Exchange
 * timestamps are not carried by the book builder's events; the sink receives 0 and the engine stamps nothing else.
 * Allocation-free after construction; trading thread only.
 */
public final class ItchFeed implements MarketDataFeed {
    private static final BookError[] BOOK_ERRORS = BookError.values();

    private final DatagramChannel lineA;
    private final DatagramChannel lineB;
    private final DatagramChannel requests;
    private final MoldUdp64Receiver receiver;
    private final LineArbitrator arbitrator;
    private final ItchDecoder decoder;
    private final WireErrorCounters errors;

    /**
     * Opens the feed's sockets.
     *
     * @param config      the feed's lines and re-request server.
     * @param instruments the engine's instruments.
     * @param clock       for re-request and line timeouts.
     * @param errors      bad input counters.
     * @throws IOException if a socket cannot be opened.
     */
    public ItchFeed(final FeedConfig config, final InstrumentRegistry instruments, final NanoClock clock,
        final WireErrorCounters errors) throws IOException {
        this.errors = errors;
        this.decoder = new ItchDecoder(instruments, errors);
        this.lineA = open(config.lineA(), config.interfaceName());
        final InetSocketAddress b = config.lineB();
        this.lineB = b == null ? null : open(b, config.interfaceName());
        final InetSocketAddress requestServer = config.requestServer();
        this.requests = requestServer == null ? null
            : MoldUdp64Channels.openUnicast(new InetSocketAddress(0));
        final MoldUdp64ReceiverConfig receiverConfig = new MoldUdp64ReceiverConfig().requestServer(requestServer)
            .requestChannel(requests).errors(errors);
        if (lineB == null) {
            this.receiver = new MoldUdp64Receiver(lineA, decoder, clock, receiverConfig);
            this.arbitrator = null;
        } else {
            this.receiver = null;
            this.arbitrator = new LineArbitrator(lineA, lineB, decoder, clock, receiverConfig);
        }
    }

    private static DatagramChannel open(final InetSocketAddress address, final String interfaceName)
        throws IOException {
        if (address.getAddress() != null && address.getAddress().isMulticastAddress()) {
            return MoldUdp64Channels.openMulticast(address.getAddress(), address.getPort(), interfaceName);
        }
        return MoldUdp64Channels.openUnicast(address);
    }

    /**
     * Where line A is bound (a unicast feed on an ephemeral port tells the venue here).
     *
     * @return the local address.
     * @throws IOException if it cannot be read.
     */
    public InetSocketAddress lineAAddress() throws IOException {
        return (InetSocketAddress) lineA.getLocalAddress();
    }

    /**
     * Messages delivered in sequence to the book (each once, over both lines).
     *
     * @return the count.
     */
    public long messagesDelivered() {
        return receiver != null ? receiver.messagesDelivered() : arbitrator.messagesDelivered();
    }

    /**
     * Gaps in the sequence detected (on both lines at once, when arbitrated).
     *
     * @return the count.
     */
    public long gapsDetected() {
        return receiver != null ? receiver.gapsDetected() : arbitrator.gapsDetected();
    }

    /**
     * Re-requests sent to the request server.
     *
     * @return the count.
     */
    public long requestsSent() {
        return receiver != null ? receiver.requestsSent() : arbitrator.requestsSent();
    }

    /**
     * Errors of the feed's order book (unknown order references, crossed updates...), all kinds.
     *
     * @return the count.
     */
    public long bookErrors() {
        final BookBuilder books = decoder.books();
        long sum = 0;
        for (final BookError error : BOOK_ERRORS) {
            sum += books.bookErrorCount(error);
        }
        return sum;
    }

    /**
     * The wire errors of the feed (malformed packets and messages).
     *
     * @return the counters.
     */
    public WireErrorCounters errors() {
        return errors;
    }

    @Override
    public int poll(final MarketDataSink sink, final int limit) {
        decoder.sink(sink);
        return receiver != null ? receiver.poll(limit) : arbitrator.poll(limit);
    }

    @Override
    public void close() {
        CloseHelper.quietCloseAll(lineA, lineB, requests);
    }
}
