package dev.hft.engine.feed;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import dev.hft.api.Instrument;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.engine.MarketDataSink;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.itch.Itch50;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.ItchMessageDispatcher;
import dev.hft.net.moldudp64.MoldUdp64MessageHandler;
import org.agrona.DirectBuffer;

/**
 * ITCH 5.0 messages into an engine's {@link MarketDataSink}: each message is decoded, rebuilt order by order in a
 * {@link BookBuilder}, and the builder's level changes, trades and trading actions go to the sink in the engine's
 * instrument ids (matched by symbol, from the Stock Directory) and fixed-point prices, as {@link ItchFeed} does for
 * its sockets. For a host that reads the packets itself (a capture replay, a benchmark, a receiver with settings of
 * its own) inside its own {@link dev.hft.engine.MarketDataFeed}: hand it each MoldUDP64 message
 * ({@link #onMessage(long, DirectBuffer, int, int)}, a {@link MoldUdp64MessageHandler}) or bare ITCH message
 * ({@link #onMessage(DirectBuffer, int, int)}), with the venue's sink set first ({@link #sink}). Exchange timestamps
 * are not carried by the book builder's events; the sink receives 0. When every instrument has the same tick the
 * books use a tick-indexed price ladder. Allocation-free after construction; one thread (the trading thread).
 */
public final class ItchDecoder implements MoldUdp64MessageHandler {
    /** Resting orders each instrument's order book holds at once, unless the constructor is told otherwise. */
    public static final int MAX_ORDERS_PER_BOOK = 1 << 16;
    /** Price levels each side of each order book holds at once. */
    public static final int MAX_LEVELS_PER_SIDE = 1024;

    private static final int NONE = -1;
    private static final long PRICE4_PER_FIXED = 10_000L;

    private final InstrumentRegistry instruments;
    private final long[] packedSymbols;
    private final int[] instrumentByBuilderId;
    private final BookBuilder builder;
    private final ItchMessageDispatcher dispatcher;
    private MarketDataSink sink;

    /**
     * Creates a decoder with order books of {@link #MAX_ORDERS_PER_BOOK} orders.
     *
     * @param instruments the engine's instruments.
     * @param errors      bad input counters.
     */
    public ItchDecoder(final InstrumentRegistry instruments, final WireErrorCounters errors) {
        this(instruments, errors, MAX_ORDERS_PER_BOOK, UnaryOperator.identity());
    }

    /**
     * Creates a decoder whose order books are sized for the feed, with an optional listener between the ITCH
     * dispatcher and the order books.
     *
     * @param instruments      the engine's instruments.
     * @param errors           bad input counters.
     * @param maxOrdersPerBook resting orders each instrument's order book holds at once: each book's order table is
     *                         sized to it, so a feed with a few hundred resting orders per instrument keeps its
     *                         tables in cache with a small value, where {@link #MAX_ORDERS_PER_BOOK} suits a full
     *                         exchange feed (an add beyond is counted and dropped by the book).
     * @param interpose        given the order books' ITCH listener, returns the listener the dispatcher calls: a
     *                         {@link dev.hft.net.itch.ForwardingItchListener} for a stage mark ("decoded"), a counter
     *                         or a filter, or {@link UnaryOperator#identity()} for none; called once, here.
     */
    public ItchDecoder(final InstrumentRegistry instruments, final WireErrorCounters errors,
        final int maxOrdersPerBook, final UnaryOperator<ItchListener> interpose) {
        this.instruments = instruments;
        final int count = instruments.size();
        this.packedSymbols = new long[count];
        for (int i = 0; i < count; i++) {
            packedSymbols[i] = Itch50.packSymbol(instruments.byId(i).symbol());
        }
        this.instrumentByBuilderId = new int[Math.max(16, count * 4)];
        Arrays.fill(instrumentByBuilderId, NONE);
        this.builder = new BookBuilder(instrumentByBuilderId.length, maxOrdersPerBook, MAX_LEVELS_PER_SIDE, 0,
            ladderTick(instruments), new Levels());
        this.dispatcher = new ItchMessageDispatcher(interpose.apply(new BookBuilderItchAdapter(builder, errors)),
            errors);
    }

    /** The instruments' common tick in ITCH {@code Price(4)} units, or 0 (no ladder) if they differ. */
    private static long ladderTick(final InstrumentRegistry instruments) {
        long tick = 0;
        for (int i = 0; i < instruments.size(); i++) {
            final long fixed = instruments.byId(i).tickSizeFixed();
            if (fixed <= 0 || fixed % PRICE4_PER_FIXED != 0 || (tick != 0 && tick != fixed / PRICE4_PER_FIXED)) {
                return 0;
            }
            tick = fixed / PRICE4_PER_FIXED;
        }
        return tick;
    }

    /**
     * Sets where the decoded events go (the venue's sink, {@link dev.hft.engine.Engine#marketData} or the one a
     * {@link dev.hft.engine.MarketDataFeed#poll} receives).
     *
     * @param value the sink.
     * @return this.
     */
    public ItchDecoder sink(final MarketDataSink value) {
        this.sink = value;
        return this;
    }

    /**
     * Decodes one MoldUDP64 message carrying an ITCH 5.0 message.
     *
     * @param sequenceNumber the message's sequence number (errors are reported with it).
     * @param buffer         the packet.
     * @param offset         the ITCH message's first byte.
     * @param length         its length.
     */
    @Override
    public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        dispatcher.dispatch(sequenceNumber, buffer, offset, length);
    }

    /**
     * Decodes one ITCH 5.0 message.
     *
     * @param buffer the bytes.
     * @param offset the message's first byte (its type).
     * @param length its length.
     * @return the dispatcher's result (see {@link ItchMessageDispatcher#onMessage(DirectBuffer, int, int)}).
     */
    public int onMessage(final DirectBuffer buffer, final int offset, final int length) {
        return dispatcher.onMessage(buffer, offset, length);
    }

    /**
     * The order books rebuilt from the feed (in the builder's ids: the Stock Directory's stock locates).
     *
     * @return the builder; read it on the decoding thread.
     */
    public BookBuilder books() {
        return builder;
    }

    private int instrument(final int builderId) {
        return builderId >= 0 && builderId < instrumentByBuilderId.length ? instrumentByBuilderId[builderId] : NONE;
    }

    /** The venue book's events into the sink. */
    private final class Levels implements BookBuilderListener {
        @Override
        public void onInstrument(final int builderId, final long symbol) {
            if (builderId < 0 || builderId >= instrumentByBuilderId.length) {
                return;
            }
            for (int i = 0; i < packedSymbols.length; i++) {
                if (packedSymbols[i] == symbol) {
                    instrumentByBuilderId[builderId] = i;
                    return;
                }
            }
        }

        @Override
        public void onLevelChange(final int builderId, final Side side, final long price, final long quantity,
            final int orderCount) {
            final int id = instrument(builderId);
            if (id != NONE) {
                final Instrument instrument = instruments.byId(id);
                sink.onLevel(id, side, instrument.toFixedPrice(price), quantity, 0);
            }
        }

        @Override
        public void onTrade(final int builderId, final Side restingSide, final long price, final long quantity,
            final long orderReference) {
            final int id = instrument(builderId);
            if (id != NONE) {
                final Side aggressor = restingSide == Side.BUY ? Side.SELL
                    : restingSide == Side.SELL ? Side.BUY : Side.UNKNOWN;
                sink.onTrade(id, instruments.byId(id).toFixedPrice(price), quantity, aggressor, 0);
            }
        }

        @Override
        public void onTradingStatus(final int builderId, final TradingStatus status, final long timestampNs) {
            final int id = instrument(builderId);
            if (id != NONE) {
                sink.onTradingStatus(id, status, timestampNs);
            }
        }
    }
}
