package dev.hft.bench;

import static java.nio.ByteOrder.BIG_ENDIAN;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import com.paritytrading.juncture.nasdaq.itch50.ITCH50;
import com.paritytrading.juncture.nasdaq.itch50.ITCH50Listener;
import com.paritytrading.juncture.nasdaq.itch50.ITCH50Parser;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.itch.Itch50;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.ItchMessageDispatcher;
import dev.hft.net.itch.SummingItchListener;
import dev.hft.net.itch.AddOrderDecoder;
import dev.hft.net.itch.AddOrderEncoder;
import dev.hft.net.itch.AddOrderMpidDecoder;
import dev.hft.net.itch.AddOrderMpidEncoder;
import dev.hft.net.itch.BrokenTradeEncoder;
import dev.hft.net.itch.CrossTradeEncoder;
import dev.hft.net.itch.IpoQuotingPeriodUpdateEncoder;
import dev.hft.net.itch.LuldAuctionCollarEncoder;
import dev.hft.net.itch.MarketParticipantPositionEncoder;
import dev.hft.net.itch.MwcbDeclineLevelEncoder;
import dev.hft.net.itch.MwcbStatusEncoder;
import dev.hft.net.itch.NoiiEncoder;
import dev.hft.net.itch.OperationalHaltEncoder;
import dev.hft.net.itch.OrderCancelDecoder;
import dev.hft.net.itch.OrderCancelEncoder;
import dev.hft.net.itch.OrderDeleteDecoder;
import dev.hft.net.itch.OrderDeleteEncoder;
import dev.hft.net.itch.OrderExecutedDecoder;
import dev.hft.net.itch.OrderExecutedEncoder;
import dev.hft.net.itch.OrderExecutedWithPriceDecoder;
import dev.hft.net.itch.OrderExecutedWithPriceEncoder;
import dev.hft.net.itch.OrderReplaceDecoder;
import dev.hft.net.itch.OrderReplaceEncoder;
import dev.hft.net.itch.RegShoRestrictionEncoder;
import dev.hft.net.itch.RpiiEncoder;
import dev.hft.net.itch.StockDirectoryEncoder;
import dev.hft.net.itch.StockTradingActionEncoder;
import dev.hft.net.itch.SystemEventEncoder;
import dev.hft.net.itch.TradeEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of decoding one NASDAQ TotalView-ITCH 5.0 message and reading every one of its fields: hft's
 * {@link ItchMessageDispatcher} (flyweight decoders, length checks, error counting) against juncture's
 * {@code ITCH50Parser} (which copies every field into a message object), over the same buffer of {@value #MESSAGES}
 * length-prefixed messages built with hft's encoders from seeded random fields. The mix is mostly order flow (add,
 * delete, replace, execute, cancel, trade) with some of every other type juncture knows; Direct Listing with Capital
 * Raise ('O') is left out because juncture 1.0.0 rejects it. One operation is one message.
 *
 * <p>{@code hft} and {@code juncture} sum every field of every message. {@code hftBookFields} and
 * {@code junctureBookFields} read only what an order book builder needs (locate, order reference, side, shares,
 * price of the book-changing messages): juncture still decodes every field, the flyweight reads only those.
 *
 * <p>Agrona checks the bounds of every buffer access unless {@code -Dagrona.disable.bounds.checks=true}, the usual
 * production setting for Agrona users; the dispatcher checks each message against the buffer before decoding it, so
 * its reads stay in bounds either way. Run both: {@code bench/run.sh ItchDecode} and
 * {@code bench/run.sh ItchDecode -jvmArgsAppend -Dagrona.disable.bounds.checks=true}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ItchDecodeBenchmark {
    /** Messages in the buffer: one benchmark invocation decodes them all. */
    public static final int MESSAGES = 4096;

    private static final int LENGTH_PREFIX = 2;
    private static final byte BUY = 'B';
    private static final byte SELL = 'S';
    private static final int ISSUE_SUB_TYPE = 0x5A20;
    private static final int[][] MIX = {
        {'A', 1416},
        {'F', 150},
        {'D', 900},
        {'X', 300},
        {'E', 400},
        {'C', 60},
        {'U', 500},
        {'P', 150},
        {'S', 4},
        {'R', 40},
        {'H', 20},
        {'Y', 20},
        {'L', 20},
        {'V', 2},
        {'W', 2},
        {'K', 4},
        {'J', 10},
        {'h', 4},
        {'Q', 10},
        {'B', 4},
        {'I', 60},
        {'N', 20},
    };
    private static final String[] SYMBOL_NAMES = {"AAPL", "MSFT", "NVDA", "AMZN", "META", "GOOGL", "TSLA", "AVGO",
        "COST", "PEP", "ADBE", "NFLX", "AMD", "INTC", "CSCO", "QQQ", "SQQQ", "TQQQ", "SPY", "IWM", "BRK.B", "BAC-Q",
        "ZVZZT", "ZXZZT", "MU", "T", "XLF", "GLPI", "CTSH", "ARGT", "IVOO", "RETL"};
    private static final String[] MPID_NAMES = {"NSDQ", "VIRT", "GSCO", "MSCO", "UBSS", "FLTU", "PUND", "MAXM"};
    private static final long[] SYMBOLS = new long[SYMBOL_NAMES.length];
    private static final int[] MPIDS = new int[MPID_NAMES.length];

    static {
        for (int i = 0; i < SYMBOLS.length; i++) {
            SYMBOLS[i] = Itch50.packSymbol(SYMBOL_NAMES[i]);
        }
        for (int i = 0; i < MPIDS.length; i++) {
            MPIDS[i] = Itch50.packMpid(MPID_NAMES[i]);
        }
    }

    private final SystemEventEncoder systemEvent = new SystemEventEncoder();
    private final StockDirectoryEncoder stockDirectory = new StockDirectoryEncoder();
    private final StockTradingActionEncoder stockTradingAction = new StockTradingActionEncoder();
    private final RegShoRestrictionEncoder regShoRestriction = new RegShoRestrictionEncoder();
    private final MarketParticipantPositionEncoder marketParticipantPosition = new MarketParticipantPositionEncoder();
    private final MwcbDeclineLevelEncoder mwcbDeclineLevel = new MwcbDeclineLevelEncoder();
    private final MwcbStatusEncoder mwcbStatus = new MwcbStatusEncoder();
    private final IpoQuotingPeriodUpdateEncoder ipoQuotingPeriodUpdate = new IpoQuotingPeriodUpdateEncoder();
    private final LuldAuctionCollarEncoder luldAuctionCollar = new LuldAuctionCollarEncoder();
    private final OperationalHaltEncoder operationalHalt = new OperationalHaltEncoder();
    private final AddOrderEncoder addOrder = new AddOrderEncoder();
    private final AddOrderMpidEncoder addOrderMpid = new AddOrderMpidEncoder();
    private final OrderExecutedEncoder orderExecuted = new OrderExecutedEncoder();
    private final OrderExecutedWithPriceEncoder orderExecutedWithPrice = new OrderExecutedWithPriceEncoder();
    private final OrderCancelEncoder orderCancel = new OrderCancelEncoder();
    private final OrderDeleteEncoder orderDelete = new OrderDeleteEncoder();
    private final OrderReplaceEncoder orderReplace = new OrderReplaceEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final CrossTradeEncoder crossTrade = new CrossTradeEncoder();
    private final BrokenTradeEncoder brokenTrade = new BrokenTradeEncoder();
    private final NoiiEncoder noii = new NoiiEncoder();
    private final RpiiEncoder rpii = new RpiiEncoder();

    private UnsafeBuffer buffer;
    private ByteBuffer byteBuffer;
    private int end;
    private long nextOrder = 1_000_000L;
    private long nextMatch = 10_000L;
    private SummingItchListener hftListener;
    private ItchMessageDispatcher dispatcher;
    private JunctureListener junctureListener;
    private ITCH50Parser parser;
    private HftBookListener hftBookListener;
    private ItchMessageDispatcher bookDispatcher;
    private JunctureBookListener junctureBookListener;
    private ITCH50Parser bookParser;

    @Setup
    public void setUp() {
        final SplittableRandom r = new SplittableRandom(42);
        final byte[] types = new byte[MESSAGES];
        int count = 0;
        for (final int[] entry : MIX) {
            for (int i = 0; i < entry[1]; i++) {
                types[count++] = (byte) entry[0];
            }
        }
        if (count != MESSAGES) {
            throw new IllegalStateException("the mix has " + count + " messages, not " + MESSAGES);
        }
        for (int i = types.length - 1; i > 0; i--) {
            final int j = r.nextInt(i + 1);
            final byte swap = types[i];
            types[i] = types[j];
            types[j] = swap;
        }
        final byte[] bytes = new byte[MESSAGES * (LENGTH_PREFIX + Itch50.MAX_MESSAGE_LENGTH)];
        buffer = new UnsafeBuffer(bytes);
        long timestamp = 34_200_000_000_000L;
        int position = 0;
        for (final byte type : types) {
            timestamp += r.nextInt(100_000);
            final int length = encode(type, position + LENGTH_PREFIX, timestamp, r);
            buffer.putShort(position, (short) length, BIG_ENDIAN);
            position += LENGTH_PREFIX + length;
        }
        end = position;
        byteBuffer = ByteBuffer.wrap(bytes);
        hftListener = new SummingItchListener();
        dispatcher = new ItchMessageDispatcher(hftListener, new WireErrorCounters("itch", WireErrorListener.NO_OP));
        junctureListener = new JunctureListener();
        parser = new ITCH50Parser(junctureListener);
        hftBookListener = new HftBookListener();
        bookDispatcher = new ItchMessageDispatcher(hftBookListener,
            new WireErrorCounters("itch", WireErrorListener.NO_OP));
        junctureBookListener = new JunctureBookListener();
        bookParser = new ITCH50Parser(junctureBookListener);
        try {
            if (hft() == 0 || juncture() == 0 || hftBookFields() != junctureBookFields()
                || dispatcher.errors().total() != 0) {
                throw new IllegalStateException("bad benchmark input: " + dispatcher.errors());
            }
        } catch (final IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte letter(final SplittableRandom r) {
        return (byte) ('A' + r.nextInt(26));
    }

    private int encode(final byte type, final int offset, final long timestamp, final SplittableRandom r) {
        switch (type) {
            case SystemEventEncoder.TYPE:
                systemEvent.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .eventCode(letter(r));
                return SystemEventEncoder.LENGTH;
            case StockDirectoryEncoder.TYPE:
                stockDirectory.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .marketCategory(letter(r))
                    .financialStatusIndicator(letter(r))
                    .roundLotSize(r.nextInt(1, 5_001))
                    .roundLotsOnly(letter(r))
                    .issueClassification(letter(r))
                    .issueSubType(ISSUE_SUB_TYPE)
                    .authenticity(letter(r))
                    .shortSaleThresholdIndicator(letter(r))
                    .ipoFlag(letter(r))
                    .luldReferencePriceTier(letter(r))
                    .etpFlag(letter(r))
                    .etpLeverageFactor(r.nextInt(1, 5_001))
                    .inverseIndicator(letter(r));
                return StockDirectoryEncoder.LENGTH;
            case StockTradingActionEncoder.TYPE:
                stockTradingAction.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .tradingState(letter(r))
                    .reserved(letter(r))
                    .reason(MPIDS[r.nextInt(MPIDS.length)]);
                return StockTradingActionEncoder.LENGTH;
            case RegShoRestrictionEncoder.TYPE:
                regShoRestriction.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .regShoAction(letter(r));
                return RegShoRestrictionEncoder.LENGTH;
            case MarketParticipantPositionEncoder.TYPE:
                marketParticipantPosition.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .mpid(MPIDS[r.nextInt(MPIDS.length)])
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .primaryMarketMaker(letter(r))
                    .marketMakerMode(letter(r))
                    .marketParticipantState(letter(r));
                return MarketParticipantPositionEncoder.LENGTH;
            case MwcbDeclineLevelEncoder.TYPE:
                mwcbDeclineLevel.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .level1(r.nextLong(1L, 500_000_000_000L))
                    .level2(r.nextLong(1L, 500_000_000_000L))
                    .level3(r.nextLong(1L, 500_000_000_000L));
                return MwcbDeclineLevelEncoder.LENGTH;
            case MwcbStatusEncoder.TYPE:
                mwcbStatus.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .breachedLevel(letter(r));
                return MwcbStatusEncoder.LENGTH;
            case IpoQuotingPeriodUpdateEncoder.TYPE:
                ipoQuotingPeriodUpdate.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .ipoQuotationReleaseTime(r.nextInt(1, 5_001))
                    .ipoQuotationReleaseQualifier(letter(r))
                    .ipoPrice(r.nextInt(1, 5_000_001));
                return IpoQuotingPeriodUpdateEncoder.LENGTH;
            case LuldAuctionCollarEncoder.TYPE:
                luldAuctionCollar.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .auctionCollarReferencePrice(r.nextInt(1, 5_000_001))
                    .upperAuctionCollarPrice(r.nextInt(1, 5_000_001))
                    .lowerAuctionCollarPrice(r.nextInt(1, 5_000_001))
                    .auctionCollarExtension(r.nextInt(1, 5_001));
                return LuldAuctionCollarEncoder.LENGTH;
            case OperationalHaltEncoder.TYPE:
                operationalHalt.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .marketCode(letter(r))
                    .operationalHaltAction(letter(r));
                return OperationalHaltEncoder.LENGTH;
            case AddOrderEncoder.TYPE:
                addOrder.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .orderReferenceNumber(nextOrder++)
                    .buySellIndicator(r.nextBoolean() ? BUY : SELL)
                    .shares(r.nextInt(1, 5_001))
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .price(r.nextInt(1, 5_000_001));
                return AddOrderEncoder.LENGTH;
            case AddOrderMpidEncoder.TYPE:
                addOrderMpid.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .orderReferenceNumber(nextOrder++)
                    .buySellIndicator(r.nextBoolean() ? BUY : SELL)
                    .shares(r.nextInt(1, 5_001))
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .price(r.nextInt(1, 5_000_001))
                    .attribution(MPIDS[r.nextInt(MPIDS.length)]);
                return AddOrderMpidEncoder.LENGTH;
            case OrderExecutedEncoder.TYPE:
                orderExecuted.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .orderReferenceNumber(nextOrder++)
                    .executedShares(r.nextInt(1, 5_001))
                    .matchNumber(nextMatch++);
                return OrderExecutedEncoder.LENGTH;
            case OrderExecutedWithPriceEncoder.TYPE:
                orderExecutedWithPrice.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .orderReferenceNumber(nextOrder++)
                    .executedShares(r.nextInt(1, 5_001))
                    .matchNumber(nextMatch++)
                    .printable(letter(r))
                    .executionPrice(r.nextInt(1, 5_000_001));
                return OrderExecutedWithPriceEncoder.LENGTH;
            case OrderCancelEncoder.TYPE:
                orderCancel.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .orderReferenceNumber(nextOrder++)
                    .cancelledShares(r.nextInt(1, 5_001));
                return OrderCancelEncoder.LENGTH;
            case OrderDeleteEncoder.TYPE:
                orderDelete.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .orderReferenceNumber(nextOrder++);
                return OrderDeleteEncoder.LENGTH;
            case OrderReplaceEncoder.TYPE:
                orderReplace.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .originalOrderReferenceNumber(nextOrder++)
                    .newOrderReferenceNumber(nextOrder++)
                    .shares(r.nextInt(1, 5_001))
                    .price(r.nextInt(1, 5_000_001));
                return OrderReplaceEncoder.LENGTH;
            case TradeEncoder.TYPE:
                trade.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .orderReferenceNumber(nextOrder++)
                    .buySellIndicator(r.nextBoolean() ? BUY : SELL)
                    .shares(r.nextInt(1, 5_001))
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .price(r.nextInt(1, 5_000_001))
                    .matchNumber(nextMatch++);
                return TradeEncoder.LENGTH;
            case CrossTradeEncoder.TYPE:
                crossTrade.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .shares(r.nextLong(1L << 40))
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .crossPrice(r.nextInt(1, 5_000_001))
                    .matchNumber(nextMatch++)
                    .crossType(letter(r));
                return CrossTradeEncoder.LENGTH;
            case BrokenTradeEncoder.TYPE:
                brokenTrade.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .matchNumber(nextMatch++);
                return BrokenTradeEncoder.LENGTH;
            case NoiiEncoder.TYPE:
                noii.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .pairedShares(r.nextLong(1L << 40))
                    .imbalanceShares(r.nextLong(1L << 40))
                    .imbalanceDirection(letter(r))
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .farPrice(r.nextInt(1, 5_000_001))
                    .nearPrice(r.nextInt(1, 5_000_001))
                    .currentReferencePrice(r.nextInt(1, 5_000_001))
                    .crossType(letter(r))
                    .priceVariationIndicator(letter(r));
                return NoiiEncoder.LENGTH;
            case RpiiEncoder.TYPE:
                rpii.wrap(buffer, offset)
                    .stockLocate(1 + r.nextInt(8_000))
                    .trackingNumber(r.nextInt(4))
                    .timestamp(timestamp)
                    .stock(SYMBOLS[r.nextInt(SYMBOLS.length)])
                    .interestFlag(letter(r));
                return RpiiEncoder.LENGTH;
            default:
                throw new IllegalArgumentException("type " + (char) type);
        }
    }

    /**
     * hft: dispatches every message and reads every field.
     *
     * @return the listener's running sum.
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long hft() {
        dispatchAll(dispatcher);
        return hftListener.sum;
    }

    /**
     * juncture: parses every message (which copies every field) and reads every field.
     *
     * @return the listener's running sum.
     * @throws IOException never (juncture's listener signature).
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long juncture() throws IOException {
        parseAll(parser);
        return junctureListener.sum;
    }

    /**
     * hft, as an order book builder uses it: reads only the fields that change the book.
     *
     * @return the listener's running sum.
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long hftBookFields() {
        dispatchAll(bookDispatcher);
        return hftBookListener.sum;
    }

    /**
     * juncture, as an order book builder uses it: the same fields as {@link #hftBookFields()}.
     *
     * @return the listener's running sum.
     * @throws IOException never (juncture's listener signature).
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long junctureBookFields() throws IOException {
        parseAll(bookParser);
        return junctureBookListener.sum;
    }

    private void dispatchAll(final ItchMessageDispatcher dispatcher) {
        final UnsafeBuffer buffer = this.buffer;
        final int end = this.end;
        int position = 0;
        while (position < end) {
            final int length = buffer.getShort(position, BIG_ENDIAN) & 0xFFFF;
            dispatcher.onMessage(buffer, position + LENGTH_PREFIX, length);
            position += LENGTH_PREFIX + length;
        }
    }

    private void parseAll(final ITCH50Parser parser) throws IOException {
        final ByteBuffer byteBuffer = this.byteBuffer;
        final int end = this.end;
        final int capacity = byteBuffer.capacity();
        int position = 0;
        while (position < end) {
            final int length = byteBuffer.getShort(position) & 0xFFFF;
            final int start = position + LENGTH_PREFIX;
            byteBuffer.limit(start + length).position(start);
            parser.message(byteBuffer);
            byteBuffer.limit(capacity);
            position = start + length;
        }
    }

    /** Reads every field of every message juncture parses into a sum. */
    static final class JunctureListener implements ITCH50Listener {
        long sum;

        @Override
        public void systemEvent(final ITCH50.SystemEvent m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.eventCode;
        }

        @Override
        public void stockDirectory(final ITCH50.StockDirectory m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.stock +
                m.marketCategory + m.financialStatusIndicator + m.roundLotSize + m.roundLotsOnly +
                m.issueClassification + m.issueSubType + m.authenticity + m.shortSaleThresholdIndicator + m.ipoFlag +
                m.luldReferencePriceTier + m.etpFlag + m.etpLeverageFactor + m.inverseIndicator;
        }

        @Override
        public void stockTradingAction(final ITCH50.StockTradingAction m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.stock +
                m.tradingState + m.reserved + m.reason;
        }

        @Override
        public void regSHORestriction(final ITCH50.RegSHORestriction m) {
            sum += m.locateCode + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.stock +
                m.regSHOAction;
        }

        @Override
        public void marketParticipantPosition(final ITCH50.MarketParticipantPosition m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.mpid +
                m.stock + m.primaryMarketMaker + m.marketMakerMode + m.marketParticipantState;
        }

        @Override
        public void mwcbDeclineLevel(final ITCH50.MWCBDeclineLevel m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.level1 +
                m.level2 + m.level3;
        }

        @Override
        public void mwcbStatus(final ITCH50.MWCBStatus m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.breachedLevel;
        }

        @Override
        public void ipoQuotingPeriodUpdate(final ITCH50.IPOQuotingPeriodUpdate m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.stock +
                m.ipoQuotationReleaseTime + m.ipoQuotationReleaseQualifier + m.ipoPrice;
        }

        @Override
        public void luldAuctionCollar(final ITCH50.LULDAuctionCollar m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.stock +
                m.auctionCollarReferencePrice + m.upperAuctionCollarPrice + m.lowerAuctionCollarPrice +
                m.auctionCollarExtension;
        }

        @Override
        public void operationalHalt(final ITCH50.OperationalHalt m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.stock +
                m.marketCode + m.operationalHaltAction;
        }

        @Override
        public void addOrder(final ITCH50.AddOrder m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.orderReferenceNumber + m.buySellIndicator + m.shares + m.stock + m.price;
        }

        @Override
        public void addOrderMPID(final ITCH50.AddOrderMPID m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.orderReferenceNumber + m.buySellIndicator + m.shares + m.stock + m.price + m.attribution;
        }

        @Override
        public void orderExecuted(final ITCH50.OrderExecuted m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.orderReferenceNumber + m.executedShares + m.matchNumber;
        }

        @Override
        public void orderExecutedWithPrice(final ITCH50.OrderExecutedWithPrice m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.orderReferenceNumber + m.executedShares + m.matchNumber + m.printable + m.executionPrice;
        }

        @Override
        public void orderCancel(final ITCH50.OrderCancel m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.orderReferenceNumber + m.canceledShares;
        }

        @Override
        public void orderDelete(final ITCH50.OrderDelete m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.orderReferenceNumber;
        }

        @Override
        public void orderReplace(final ITCH50.OrderReplace m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.originalOrderReferenceNumber + m.newOrderReferenceNumber + m.shares + m.price;
        }

        @Override
        public void trade(final ITCH50.Trade m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.orderReferenceNumber + m.buySellIndicator + m.shares + m.stock + m.price + m.matchNumber;
        }

        @Override
        public void crossTrade(final ITCH50.CrossTrade m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.shares +
                m.stock + m.crossPrice + m.matchNumber + m.crossType;
        }

        @Override
        public void brokenTrade(final ITCH50.BrokenTrade m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.matchNumber;
        }

        @Override
        public void noii(final ITCH50.NOII m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) +
                m.pairedShares + m.imbalanceShares + m.imbalanceDirection + m.stock + m.farPrice + m.nearPrice +
                m.currentReferencePrice + m.crossType + m.priceVariationIndicator;
        }

        @Override
        public void rpii(final ITCH50.RPII m) {
            sum += m.stockLocate + m.trackingNumber + (((long) m.timestampHigh << 32) | m.timestampLow) + m.stock +
                m.interestFlag;
        }
    }

    /** Reads what an order book builder needs: the book-changing messages' locate, order, side, shares, price. */
    static final class HftBookListener implements ItchListener {
        long sum;

        @Override
        public void onAddOrder(final AddOrderDecoder m) {
            sum += m.stockLocate() + m.orderReferenceNumber() + m.buySellIndicator() + m.shares() + m.price();
        }

        @Override
        public void onAddOrderMpid(final AddOrderMpidDecoder m) {
            sum += m.stockLocate() + m.orderReferenceNumber() + m.buySellIndicator() + m.shares() + m.price();
        }

        @Override
        public void onOrderExecuted(final OrderExecutedDecoder m) {
            sum += m.stockLocate() + m.orderReferenceNumber() + m.executedShares();
        }

        @Override
        public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder m) {
            sum += m.stockLocate() + m.orderReferenceNumber() + m.executedShares() + m.printable()
                + m.executionPrice();
        }

        @Override
        public void onOrderCancel(final OrderCancelDecoder m) {
            sum += m.stockLocate() + m.orderReferenceNumber() + m.cancelledShares();
        }

        @Override
        public void onOrderDelete(final OrderDeleteDecoder m) {
            sum += m.stockLocate() + m.orderReferenceNumber();
        }

        @Override
        public void onOrderReplace(final OrderReplaceDecoder m) {
            sum += m.stockLocate() + m.originalOrderReferenceNumber() + m.newOrderReferenceNumber() + m.shares()
                + m.price();
        }
    }

    /** The same fields as {@link HftBookListener}, from juncture's messages; the other types are ignored. */
    static final class JunctureBookListener implements ITCH50Listener {
        long sum;

        @Override
        public void addOrder(final ITCH50.AddOrder m) {
            sum += m.stockLocate + m.orderReferenceNumber + m.buySellIndicator + m.shares + m.price;
        }

        @Override
        public void addOrderMPID(final ITCH50.AddOrderMPID m) {
            sum += m.stockLocate + m.orderReferenceNumber + m.buySellIndicator + m.shares + m.price;
        }

        @Override
        public void orderExecuted(final ITCH50.OrderExecuted m) {
            sum += m.stockLocate + m.orderReferenceNumber + m.executedShares;
        }

        @Override
        public void orderExecutedWithPrice(final ITCH50.OrderExecutedWithPrice m) {
            sum += m.stockLocate + m.orderReferenceNumber + m.executedShares + m.printable + m.executionPrice;
        }

        @Override
        public void orderCancel(final ITCH50.OrderCancel m) {
            sum += m.stockLocate + m.orderReferenceNumber + m.canceledShares;
        }

        @Override
        public void orderDelete(final ITCH50.OrderDelete m) {
            sum += m.stockLocate + m.orderReferenceNumber;
        }

        @Override
        public void orderReplace(final ITCH50.OrderReplace m) {
            sum += m.stockLocate + m.originalOrderReferenceNumber + m.newOrderReferenceNumber + m.shares + m.price;
        }

        @Override
        public void systemEvent(final ITCH50.SystemEvent m) {
        }

        @Override
        public void stockDirectory(final ITCH50.StockDirectory m) {
        }

        @Override
        public void stockTradingAction(final ITCH50.StockTradingAction m) {
        }

        @Override
        public void regSHORestriction(final ITCH50.RegSHORestriction m) {
        }

        @Override
        public void marketParticipantPosition(final ITCH50.MarketParticipantPosition m) {
        }

        @Override
        public void mwcbDeclineLevel(final ITCH50.MWCBDeclineLevel m) {
        }

        @Override
        public void mwcbStatus(final ITCH50.MWCBStatus m) {
        }

        @Override
        public void ipoQuotingPeriodUpdate(final ITCH50.IPOQuotingPeriodUpdate m) {
        }

        @Override
        public void luldAuctionCollar(final ITCH50.LULDAuctionCollar m) {
        }

        @Override
        public void operationalHalt(final ITCH50.OperationalHalt m) {
        }

        @Override
        public void trade(final ITCH50.Trade m) {
        }

        @Override
        public void crossTrade(final ITCH50.CrossTrade m) {
        }

        @Override
        public void brokenTrade(final ITCH50.BrokenTrade m) {
        }

        @Override
        public void noii(final ITCH50.NOII m) {
        }

        @Override
        public void rpii(final ITCH50.RPII m) {
        }
    }
}
