package dev.hft.backtest.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.itch.Itch50;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.ItchMessageDispatcher;
import dev.hft.net.itch.StockDirectoryDecoder;
import dev.hft.net.itch.SystemEventDecoder;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The engine's ITCH, decoded by {@link ItchMessageDispatcher} into a {@link BookBuilder}, rebuilds the engine's book:
 * the same levels (price, quantity, order count) on every instrument after every request of a long synthetic stream
 * under every self-match policy.
 */
class ItchRoundTripTest {
    private static final int INSTRUMENTS = 3;

    @Test
    void shouldRebuildTheEnginesBookFromItsItchAfterEveryRequest() {
        for (final SelfMatchPolicy policy : SelfMatchPolicy.values()) {
            roundTrip(policy, 20_000);
        }
    }

    @Test
    void shouldStartTheDayWithSystemEventsAndTheDirectory() {
        final MatchingEngineConfig config = config(SelfMatchPolicy.CANCEL_NEWEST);
        final List<String> messages = new ArrayList<>();
        final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(new ItchListener() {
            @Override
            public void onSystemEvent(final SystemEventDecoder message) {
                messages.add("S " + (char) message.eventCode());
            }

            @Override
            public void onStockDirectory(final StockDirectoryDecoder message) {
                messages.add("R " + message.stockLocate() + " " + Itch50.unpackSymbol(message.stock()).trim() + " "
                    + message.roundLotSize());
            }
        }, new WireErrorCounters("itch", WireErrorListener.NO_OP));
        final ItchBookPublisher publisher = new ItchBookPublisher(config, dispatcher::onMessage);

        publisher.publishStartOfDay(ItchBookPublisher.NANOS_PER_DAY * 20_000 + 34_200_000_000_000L);
        publisher.publishEndOfDay(0);

        assertEquals(List.of("S O", "R 1 SYM0 100", "R 2 SYM1 100", "R 3 SYM2 100", "S S", "S Q", "S M", "S E",
            "S C"), messages);
        assertEquals(9, publisher.messages());
    }

    @Test
    void shouldRefuseInstrumentsThatDoNotFitItch() {
        final MatchingEngineConfig config = new MatchingEngineConfig();
        config.instrument("TINY", 1, 1);
        final IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> new ItchBookPublisher(config, (buffer, offset, length) -> {
            }));
        assertTrue(e.getMessage().contains("TINY"));
    }

    private static MatchingEngineConfig config(final SelfMatchPolicy policy) {
        final MatchingEngineConfig config = new MatchingEngineConfig().selfMatchPolicy(policy).maxOrders(1 << 14)
            .maxLevelsPerSide(256);
        for (int i = 0; i < INSTRUMENTS; i++) {
            config.instrument("SYM" + i, FixedPoint.parse("0.01"), 100);
        }
        return config;
    }

    private static void roundTrip(final SelfMatchPolicy policy, final int events) {
        final MatchingEngineConfig config = config(policy);
        final BookBuilder builder = new BookBuilder(INSTRUMENTS, 1 << 14, 256, 1 << 15, BookBuilderListener.NO_OP);
        final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        final BookBuilderItchAdapter adapter = new BookBuilderItchAdapter(builder, errors);
        final UnsafeBuffer copy = new UnsafeBuffer(new byte[64]);
        final ItchBookPublisher publisher = new ItchBookPublisher(config, (buffer, offset, length) -> {
            copy.putBytes(0, buffer, offset, length);
            assertTrue(adapter.onMessage(copy, 0, length) > 0);
        });
        final ManualClock clock = new ManualClock(0, 34_200_000_000_000L);
        publisher.publishStartOfDay(clock.epochNanos());
        final MatchingEngine engine = new MatchingEngine(config, clock, ExecutionListener.NO_OP, publisher);
        final SyntheticOrderFlow flow = new SyntheticOrderFlow(7 + policy.ordinal(), events, INSTRUMENTS, 4,
            FixedPoint.parse("100"), FixedPoint.parse("0.01"), 256);

        for (int i = 0; i < events; i++) {
            clock.advance(1_000);
            flow.apply(engine, i);
            for (int id = 0; id < INSTRUMENTS; id++) {
                MatchingEnginePropertyTest.assertItchBookMatches(engine, builder.book(id));
            }
        }
        assertEquals(0, errors.total());
        assertEquals(0, builder.unknownOrderCount());
        assertEquals(0, builder.duplicateOrderCount());
        assertEquals(engine.orderCount(), builder.orderCount());
        assertTrue(engine.matchCount() > 1_000);
    }
}
