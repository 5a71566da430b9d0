package dev.hft.backtest.matching;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.net.itch.Itch50;

/**
 * Publishes a {@link MatchingEngine}'s book as NASDAQ TotalView-ITCH 5.0 messages, one message per
 * {@link BookEventListener} event, with the engine's own order reference numbers and match numbers: Add Order 'A',
 * Order Executed 'E', Order Cancel 'X', Order Delete 'D', Order Replace 'U'; {@link #publishStartOfDay(long)} writes
 * System Event 'O', a Stock Directory 'R' per instrument and System Events 'S' and 'Q'. An ITCH book builder fed
 * with this stream rebuilds the engine's book exactly.
 *
 * <p>Mapping: instrument id {@code i} is Stock Locate {@code i + 1}; prices are written as {@code Price(4)}
 * (fixed-point / 10^4, exact because every tick size must be a multiple of 0.0001); timestamps are the event's
 * epoch nanoseconds modulo one day (ITCH counts nanoseconds since midnight; the engine's clock is taken as UTC).
 * Messages go to an {@link ItchEventEncoder.Output} (a MoldUDP64 sender, a file writer, a test), one scratch buffer,
 * valid only during the call. Tracking numbers are 0.
 *
 * <p>Zero allocation per event. Single-threaded: the engine's thread.
 */
public final class ItchBookPublisher implements BookEventListener {
    /** Nanoseconds in a day: ITCH timestamps are nanoseconds since midnight. */
    public static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private static final long PRICE4_DIVISOR = FixedPoint.SCALE / Itch50.PRICE4_SCALE;
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private final ItchEventEncoder encoder;
    private final long[] symbols;
    private final long[] roundLots;
    private long messages;

    /**
     * Creates a publisher for the instruments of a configuration.
     *
     * @param config the engine's configuration.
     * @param output receives each encoded message.
     * @throws IllegalArgumentException if a tick size is not a multiple of 0.0001, or a maximum price or quantity
     *                                  does not fit ITCH's 32-bit fields.
     */
    public ItchBookPublisher(final MatchingEngineConfig config, final ItchEventEncoder.Output output) {
        this.encoder = new ItchEventEncoder(output);
        final int count = config.instrumentCount();
        this.symbols = new long[count];
        this.roundLots = new long[count];
        for (int i = 0; i < count; i++) {
            if (config.tickSize(i) % PRICE4_DIVISOR != 0 || config.maxPrice(i) / PRICE4_DIVISOR > MAX_UINT32
                || config.maxOrderQuantity(i) > MAX_UINT32) {
                throw new IllegalArgumentException("instrument " + config.symbol(i) + " does not fit ITCH 5.0: tick "
                    + FixedPoint.format(config.tickSize(i)) + ", max price " + FixedPoint.format(config.maxPrice(i))
                    + ", max quantity " + config.maxOrderQuantity(i));
            }
            symbols[i] = Itch50.packSymbol(config.symbol(i));
            roundLots[i] = config.lotSize(i);
        }
    }

    /**
     * Writes the start of the day: System Event 'O' (start of messages), one Stock Directory per instrument, System
     * Events 'S' (start of system hours) and 'Q' (start of market hours). Call once before the first order.
     *
     * @param timestampNs epoch nanoseconds.
     */
    public void publishStartOfDay(final long timestampNs) {
        final long time = timestampNs % NANOS_PER_DAY;
        encoder.systemEvent(time, (byte) 'O');
        for (int i = 0; i < symbols.length; i++) {
            encoder.stockDirectory(time, i + 1, symbols[i], roundLots[i]);
        }
        encoder.systemEvent(time, (byte) 'S');
        encoder.systemEvent(time, (byte) 'Q');
        messages += symbols.length + 3;
    }

    /**
     * Writes the end of the day: System Events 'M' (end of market hours), 'E' (end of system hours) and 'C' (end of
     * messages).
     *
     * @param timestampNs epoch nanoseconds.
     */
    public void publishEndOfDay(final long timestampNs) {
        final long time = timestampNs % NANOS_PER_DAY;
        encoder.systemEvent(time, (byte) 'M');
        encoder.systemEvent(time, (byte) 'E');
        encoder.systemEvent(time, (byte) 'C');
        messages += 3;
    }

    /**
     * Messages written so far.
     *
     * @return count.
     */
    public long messages() {
        return messages;
    }

    @Override
    public void onOrderAdded(final int instrumentId, final long reference, final Side side, final long priceFixed,
        final long quantity, final long timestampNs) {
        encoder.addOrder(timestampNs % NANOS_PER_DAY, instrumentId + 1, reference, side == Side.BUY ? (byte) 'B'
            : (byte) 'S', quantity, symbols[instrumentId], priceFixed / PRICE4_DIVISOR);
        messages++;
    }

    @Override
    public void onOrderExecuted(final int instrumentId, final long reference, final long quantity,
        final long priceFixed, final long matchNumber, final long timestampNs) {
        encoder.orderExecuted(timestampNs % NANOS_PER_DAY, instrumentId + 1, reference, quantity, matchNumber);
        messages++;
    }

    @Override
    public void onOrderCanceled(final int instrumentId, final long reference, final long canceledQuantity,
        final long timestampNs) {
        encoder.orderCancel(timestampNs % NANOS_PER_DAY, instrumentId + 1, reference, canceledQuantity);
        messages++;
    }

    @Override
    public void onOrderDeleted(final int instrumentId, final long reference, final long timestampNs) {
        encoder.orderDelete(timestampNs % NANOS_PER_DAY, instrumentId + 1, reference);
        messages++;
    }

    @Override
    public void onOrderReplaced(final int instrumentId, final long originalReference, final long newReference,
        final long priceFixed, final long quantity, final long timestampNs) {
        encoder.orderReplace(timestampNs % NANOS_PER_DAY, instrumentId + 1, originalReference, newReference,
            quantity, priceFixed / PRICE4_DIVISOR);
        messages++;
    }
}
