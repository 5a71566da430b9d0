package dev.hft.api;

import java.lang.management.ManagementFactory;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves that the helpers meant for the hot path allocate nothing, with the JVM's per-thread allocation counter.
 */
class AllocationTest {

    private static final int ITERATIONS = 200_000;

    private final com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final StringBuilder builder = new StringBuilder(256);
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private final Instrument instrument = instruments.add("AAPL", 1_000_000L, 1, 4);

    @Test
    void shouldNotAllocateInHotPathHelpers() {
        long sink = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            sink += work(i);
        }

        final long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < ITERATIONS; i++) {
            sink += work(i);
        }
        final long allocatedBytes = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocatedBytes < 1024, "allocated " + allocatedBytes + " bytes over " + ITERATIONS
            + " iterations (sink " + sink + ")");
    }

    private long work(final int i) {
        final long price = i * 12_345L - 1_000_000_000L;
        builder.setLength(0);
        FixedPoint.appendTo(price, builder);
        long sum = FixedPoint.parseOrNull(builder);
        sum += FixedPoint.parseOrNull(builder, 0, builder.length());
        ExecInstructions.appendTo(i & 63, builder);
        sum += builder.length();
        sum += FixedPoint.notional(price, i);
        sum += FixedPoint.multiply(price, price);
        sum += FixedPoint.addSaturated(price, Long.MAX_VALUE);
        sum += FixedPoint.roundDownToTick(price, 1_000_000L);
        sum += FixedPoint.roundUpToTick(price, 1_000_000L);
        sum += FixedPoint.roundToNearestTick(price, 5_000_000L);
        sum += FixedPoint.isOnTick(price, 1_000_000L) ? 1 : 0;
        sum += FixedPoint.fromScaled(i, 4);
        sum += FixedPoint.fromScaled(price, 10, RoundingMode.FLOOR);
        sum += FixedPoint.toScaled(price, 4, RoundingMode.UNNECESSARY);
        sum += FixedPoint.fromDouble(i * 0.01);
        sum += (long) FixedPoint.toDouble(price);
        sum += instrument.toFixedPrice(i) + instrument.toNativePrice(price);
        sum += instrument.isValidPrice(price) && instrument.isValidQuantity(i) ? 1 : 0;
        sum += instruments.byId(0).id();
        sum += Side.fromCode(i & 0xFF).sign();
        sum += OrderType.fromCode(i).ordinal() + TimeInForce.fromCode(i).ordinal();
        sum += TradingStatus.fromCode(i).ordinal() + Liquidity.fromCode(i).ordinal();
        sum += RejectReason.fromCode(i & 0x1FF).code();
        sum += Result.name(-(i & 15)).length();
        sum += Result.isTransient(-(i & 15)) ? 1 : 0;
        return sum;
    }
}
