package dev.hft.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.engine.Engine;
import dev.hft.engine.MarketDataFeed;
import dev.hft.engine.MarketDataSink;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.net.itch.ForwardingItchListener;
import dev.hft.net.itch.Itch50;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.timing.ManualClock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class ItchDecoderTest {
    /** Buys at the consolidated best bid whenever it changes. */
    static final class Joiner implements Strategy {
        final List<String> marks;
        StrategyContext context;

        Joiner(final List<String> marks) {
            this.marks = marks;
        }

        @Override
        public void onStart(final StrategyContext value) {
            this.context = value;
        }

        @Override
        public void onBbo(final int venueId, final int instrumentId, final long bid, final long bidQuantity,
            final long ask, final long askQuantity, final long timestampNs) {
            if (venueId == StrategyContext.CONSOLIDATED && bid != FixedPoint.NULL_PRICE) {
                marks.add("bbo " + FixedPoint.format(bid) + "x" + bidQuantity);
                context.submit(0, instrumentId, Side.BUY, 100, bid, OrderType.LIMIT, TimeInForce.DAY,
                    ExecInstructions.NONE);
            }
        }
    }

    /** ITCH messages queued by the test, decoded by an {@link ItchDecoder} when the engine polls. */
    static final class QueuedItch implements MarketDataFeed, ItchEventEncoder.Output {
        final UnsafeBuffer messages = new UnsafeBuffer(new byte[4096]);
        final int[] offsets = new int[65];
        final ItchDecoder decoder;
        int count;

        QueuedItch(final ItchDecoder decoder) {
            this.decoder = decoder;
        }

        @Override
        public void onMessage(final DirectBuffer buffer, final int offset, final int length) {
            messages.putBytes(offsets[count], buffer, offset, length);
            offsets[count + 1] = offsets[count] + length;
            count++;
        }

        @Override
        public int poll(final MarketDataSink sink, final int limit) {
            decoder.sink(sink);
            final int n = count;
            for (int i = 0; i < n; i++) {
                decoder.onMessage(i + 1, messages, offsets[i], offsets[i + 1] - offsets[i]);
            }
            count = 0;
            return n;
        }
    }

    @Test
    void shouldRebuildTheBookFromItchIntoTheEngineAndThroughTheInterposedListener() throws Exception {
        final List<String> marks = new ArrayList<>();
        final ManualClock clock = new ManualClock(1_000, 1_700_000_000_000_000_000L);
        final EngineConfig config = new EngineConfig()
            .instrument(new InstrumentConfig("AAPL", "0.01", 1).priceDecimals(4))
            .venue(new VenueConfig("A", "XNAS", VenueProtocol.IN_PROCESS))
            .strategy(new StrategyConfig("joiner", new Joiner(marks)).instruments("AAPL"));
        config.risk().rejectWithoutReference(false);
        final InstrumentRegistry registry = new InstrumentRegistry();
        registry.add("AAPL", FixedPoint.parse("0.01"), 1, 4);
        final ItchDecoder decoder = new ItchDecoder(registry, new WireErrorCounters("test", WireErrorListener.NO_OP),
            64, books -> new ForwardingItchListener(books) {
                @Override
                protected void beforeMessage() {
                    marks.add("decoded");
                }
            });
        final QueuedItch feed = new QueuedItch(decoder);
        final InMemoryVenueGateway[] venue = new InMemoryVenueGateway[1];
        final Engine engine = Engine.builder(config).clocks(clock, clock)
            .gateway("A", (venueId, instruments, events) -> venue[0] = new InMemoryVenueGateway(venueId, events, 64))
            .feed("A", feed).build();
        final Agent agent = engine.tradingAgent();
        agent.doWork();
        final ItchEventEncoder itch = new ItchEventEncoder(feed);
        itch.stockDirectory(1, 7, Itch50.packSymbol("AAPL"), 100);
        itch.addOrder(2, 7, 1, (byte) 'B', 300, Itch50.packSymbol("AAPL"), 1_000_000);
        itch.addOrder(3, 7, 2, (byte) 'B', 200, Itch50.packSymbol("AAPL"), 1_000_100);
        itch.orderDelete(4, 7, 1);
        agent.doWork();
        assertEquals(List.of("decoded", "decoded", "bbo 100x300", "decoded", "bbo 100.01x200", "decoded"), marks);
        assertEquals(2, venue[0].requestCount());
        assertEquals(FixedPoint.parse("100.01"), engine.book(0).bestBidPrice());
        assertEquals(200, engine.book(0).bestBidQuantity());
        assertEquals(1, decoder.books().instrumentCount());
    }
}
