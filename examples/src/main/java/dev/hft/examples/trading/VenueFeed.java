package dev.hft.examples.trading;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;

import dev.hft.api.Side;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.book.BookError;
import dev.hft.book.ConsolidatedBook;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.itch.ForwardingItchListener;
import dev.hft.net.itch.Itch50;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.ItchMessageDispatcher;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.net.moldudp64.MoldUdp64Receiver;
import dev.hft.net.moldudp64.MoldUdp64ReceiverConfig;
import dev.hft.timing.NanoClock;
import org.agrona.CloseHelper;

/**
 * One venue's market data on the trading thread: a {@link MoldUdp64Receiver} on a unicast socket (gaps re-requested
 * from the venue's request server over a dedicated request socket) -> {@link ItchMessageDispatcher} -> the venue's
 * own {@link BookBuilder} (order by order) -> its level changes into the {@link ConsolidatedBook} of each instrument,
 * prices converted from ITCH {@code Price(4)} to 8-decimal fixed point. Instruments are matched by symbol (the
 * venue's Stock Directory) to the app's instrument ids. Instruments whose book changed during a poll are flagged in
 * a bit mask ({@link #takeChanged()}). Allocation-free after start-up; trading thread only.
 */
final class VenueFeed implements AutoCloseable {
    private static final long PRICE4_TO_FIXED = 10_000L;

    private final int venueId;
    private final ConsolidatedBook[] books;
    private final long[] packedSymbols;
    private final int[] instrumentByBuilderId;
    private final DatagramChannel channel;
    private final DatagramChannel requestChannel;
    private final WireErrorCounters errors;
    private final BookBuilder builder;
    private final ItchMessageDispatcher dispatcher;
    private final NanoClock clock;
    private final TickProbe probe;
    private MoldUdp64Receiver receiver;
    private long changed;
    private long trades;
    private long unknownInstruments;
    private long lastTradePrice;

    /**
     * Binds the receive sockets (loopback, ephemeral ports) and builds the path.
     *
     * @param venueId          the venue's id in the consolidated books.
     * @param books            consolidated book per app instrument id.
     * @param symbols          symbol per app instrument id.
     * @param tickSizeFixed    the instruments' tick size (fixed-point), or 0 if they differ.
     * @param clock            for re-request timeouts.
     * @param errorListener    bad input from the wire.
     * @param probe            tick-to-trade stages, or {@code null}.
     * @throws IOException if a socket cannot be opened.
     */
    VenueFeed(final int venueId, final ConsolidatedBook[] books, final String[] symbols, final long tickSizeFixed,
        final NanoClock clock, final WireErrorListener errorListener, final TickProbe probe) throws IOException {
        this.venueId = venueId;
        this.books = books.clone();
        this.probe = probe;
        this.packedSymbols = new long[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            packedSymbols[i] = Itch50.packSymbol(symbols[i]);
        }
        this.instrumentByBuilderId = new int[Math.max(16, symbols.length * 4)];
        java.util.Arrays.fill(instrumentByBuilderId, -1);
        this.errors = new WireErrorCounters("md-venue-" + venueId, errorListener);
        final long tickPrice4 = tickSizeFixed > 0 && tickSizeFixed % PRICE4_TO_FIXED == 0
            ? tickSizeFixed / PRICE4_TO_FIXED : 0;
        this.builder = new BookBuilder(instrumentByBuilderId.length, 8192, 1024, 0, tickPrice4, new Levels());
        final BookBuilderItchAdapter adapter = new BookBuilderItchAdapter(builder, errors);
        this.dispatcher = new ItchMessageDispatcher(new Marking(adapter), errors);
        this.clock = clock;
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        this.channel = MoldUdp64Channels.openUnicast(loopback);
        this.requestChannel = MoldUdp64Channels.openUnicast(loopback);
    }

    /**
     * Where the venue must send this feed.
     *
     * @return the bound local address of the receive socket.
     * @throws IOException if it cannot be read.
     */
    InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /**
     * Starts receiving (once the venue's request server is known).
     *
     * @param requestServer the venue's MoldUDP64 re-request address, or {@code null} for none.
     */
    void start(final SocketAddress requestServer) {
        final MoldUdp64ReceiverConfig config = new MoldUdp64ReceiverConfig().requestServer(requestServer)
            .requestChannel(requestServer == null ? null : requestChannel).errors(errors);
        receiver = new MoldUdp64Receiver(channel, dispatcher, clock, config);
    }

    /**
     * Polls the feed: every message received is applied to the venue's book and the consolidated books.
     *
     * @param limit most datagrams per channel.
     * @return datagrams read plus requests sent.
     */
    int poll(final int limit) {
        return receiver == null ? 0 : receiver.poll(limit);
    }

    /**
     * The instruments (bit per app instrument id) whose consolidated book this venue changed since the last call.
     *
     * @return the mask.
     */
    long takeChanged() {
        final long mask = changed;
        changed = 0;
        return mask;
    }

    int venueId() {
        return venueId;
    }

    BookBuilder builder() {
        return builder;
    }

    MoldUdp64Receiver receiver() {
        return receiver;
    }

    WireErrorCounters errors() {
        return errors;
    }

    long trades() {
        return trades;
    }

    long lastTradePrice() {
        return lastTradePrice;
    }

    long unknownInstruments() {
        return unknownInstruments;
    }

    long bookErrors() {
        long sum = 0;
        for (final BookError error : BookError.values()) {
            sum += builder.bookErrorCount(error);
        }
        return sum;
    }

    @Override
    public void close() {
        CloseHelper.quietCloseAll(channel, requestChannel);
    }

    /** The venue book's events into the consolidated books. */
    private final class Levels implements BookBuilderListener {
        @Override
        public void onInstrument(final int instrumentId, final long symbol) {
            if (instrumentId < 0 || instrumentId >= instrumentByBuilderId.length) {
                unknownInstruments++;
                return;
            }
            for (int i = 0; i < packedSymbols.length; i++) {
                if (packedSymbols[i] == symbol) {
                    instrumentByBuilderId[instrumentId] = i;
                    return;
                }
            }
            unknownInstruments++;
        }

        @Override
        public void onLevelChange(final int instrumentId, final Side side, final long price, final long quantity,
            final int orderCount) {
            final int id = instrumentId >= 0 && instrumentId < instrumentByBuilderId.length
                ? instrumentByBuilderId[instrumentId] : -1;
            if (id < 0) {
                return;
            }
            books[id].onLevel(venueId, side, price * PRICE4_TO_FIXED, quantity);
            changed |= 1L << id;
        }

        @Override
        public void onTrade(final int instrumentId, final Side restingSide, final long price, final long quantity,
            final long orderReference) {
            trades++;
            lastTradePrice = price * PRICE4_TO_FIXED;
        }
    }

    /** Marks the first message of a poll decoded, then hands it to the book. */
    private final class Marking extends ForwardingItchListener {
        Marking(final ItchListener book) {
            super(book);
        }

        @Override
        protected void beforeMessage() {
            if (probe != null) {
                probe.mark(TickProbe.DECODE);
            }
        }
    }
}
