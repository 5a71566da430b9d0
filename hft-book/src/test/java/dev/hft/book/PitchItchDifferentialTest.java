package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.Side;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.net.pitch.AddOrderLongEncoder;
import dev.hft.net.pitch.DeleteOrderEncoder;
import dev.hft.net.pitch.ModifyOrderLongEncoder;
import dev.hft.net.pitch.OrderExecutedAtPriceSizeEncoder;
import dev.hft.net.pitch.OrderExecutedEncoder;
import dev.hft.net.pitch.Pitch;
import dev.hft.net.pitch.ReduceSizeLongEncoder;
import dev.hft.net.pitch.SequencedUnitHeaderEncoder;
import dev.hft.net.pitch.TradeLongEncoder;
import dev.hft.net.pitch.TradingStatusEncoder;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import dev.hft.net.capture.ItchEventSink;

/**
 * The same order flow expressed as ITCH and as Cboe PITCH gives identical books: 300,000 events of the synthetic flow
 * (30 instruments) are encoded as ITCH into one builder (through {@link BookBuilderItchAdapter}) and as PITCH sequenced
 * units into another (through {@link BookBuilderPitchAdapter}): adds as Add Order (long), executions as Order
 * Executed, executions at another price as Order Executed at Price/Size (with the remaining size), cancels as Reduce
 * Size, deletes as Delete Order, ITCH replaces alternately as Delete + Add (new id) and as Modify Order (the PITCH
 * order keeps its id), hidden trades as Trade (long), halts as Trading Status. After every event the BBO of the
 * instrument (ITCH {@code Price(4)} scaled to the PITCH adapter's fixed point) is identical; at the end every level of
 * every book, the resting orders and the integrity counters are.
 */
class PitchItchDifferentialTest {
    private static final int EVENTS = 300_000;
    private static final int INSTRUMENTS = 30;
    private static final long SCALE = 10_000;

    private final BookBuilder itchBuilder = new BookBuilder(64, 4096, 1024, 1 << 16, BookBuilderListener.NO_OP);
    /** The PITCH books use the tick ladder (one cent in fixed point), the ITCH ones the sorted levels. */
    private final BookBuilder pitchBuilder =
        new BookBuilder(64, 4096, 1024, 1 << 16, 1_000_000, BookBuilderListener.NO_OP);
    private final BookBuilderItchAdapter itchAdapter =
        new BookBuilderItchAdapter(itchBuilder, new WireErrorCounters("itch", WireErrorListener.NO_OP));
    private final WireErrorCounters pitchErrors = new WireErrorCounters("pitch", WireErrorListener.NO_OP);
    private final BookBuilderPitchAdapter pitchAdapter = new BookBuilderPitchAdapter(pitchBuilder, pitchErrors);
    private final ItchEventEncoder itch =
        new ItchEventEncoder((buffer, offset, length) -> itchAdapter.onMessage(buffer, offset, length));
    private final UnsafeBuffer unit = new UnsafeBuffer(new byte[128]);
    private final SequencedUnitHeaderEncoder header = new SequencedUnitHeaderEncoder();
    private final AddOrderLongEncoder add = new AddOrderLongEncoder();
    private final OrderExecutedEncoder executed = new OrderExecutedEncoder();
    private final OrderExecutedAtPriceSizeEncoder executedAtPrice = new OrderExecutedAtPriceSizeEncoder();
    private final ReduceSizeLongEncoder reduce = new ReduceSizeLongEncoder();
    private final DeleteOrderEncoder delete = new DeleteOrderEncoder();
    private final ModifyOrderLongEncoder modify = new ModifyOrderLongEncoder();
    private final TradeLongEncoder trade = new TradeLongEncoder();
    private final TradingStatusEncoder status = new TradingStatusEncoder();
    /** ITCH reference of a replaced order to the PITCH order id it kept (replaces sent as Modify Order). */
    private final Long2LongHashMap pitchIdOf = new Long2LongHashMap(-1);
    private long sequence;
    private int replaces;
    private int modifies;
    private long events;

    private static long pitchSymbol(final int stockLocate) {
        return Pitch.packSymbol("S" + stockLocate);
    }

    private long pitchId(final long itchReference) {
        final long id = pitchIdOf.get(itchReference);
        return id == -1 ? itchReference : id;
    }

    private void send(final int messageLength) {
        final int length = SequencedUnitHeaderEncoder.LENGTH + messageLength;
        header.wrap(unit, 0).length(length).count(1).unit(1).sequence(++sequence);
        assertEquals(1, pitchAdapter.onPacket(unit, 0, length));
    }

    private void addPitch(final long orderId, final int stockLocate, final byte side, final long shares,
        final long price) {
        add.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(orderId).sideIndicator(side)
            .quantity(shares).symbol(pitchSymbol(stockLocate)).price(price).addFlags(Pitch.ADD_FLAG_DISPLAY);
        send(AddOrderLongEncoder.LENGTH);
    }

    private void deletePitch(final long orderId) {
        delete.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(orderId);
        send(DeleteOrderEncoder.LENGTH);
    }

    private void compare(final int stockLocate) {
        events++;
        final int itchId = itchAdapter.instrumentId(stockLocate);
        final int pitchId = pitchBuilder.instrumentId(pitchSymbol(stockLocate));
        if (pitchId == BookBuilder.NULL_INSTRUMENT) {
            assertEquals(0, itchBuilder.book(itchId).orderCount(), "event " + events);
            return;
        }
        final OrderBook expected = itchBuilder.book(itchId);
        final OrderBook actual = pitchBuilder.book(pitchId);
        final String where = "event " + events + ", locate " + stockLocate;
        assertEquals(scaled(expected.bestBidPrice()), actual.bestBidPrice(), where);
        assertEquals(expected.bestBidQuantity(), actual.bestBidQuantity(), where);
        assertEquals(scaled(expected.bestAskPrice()), actual.bestAskPrice(), where);
        assertEquals(expected.bestAskQuantity(), actual.bestAskQuantity(), where);
        assertEquals(expected.orderCount(), actual.orderCount(), where);
    }

    private static long scaled(final long price) {
        return price == dev.hft.api.FixedPoint.NULL_PRICE ? price : price * SCALE;
    }

    /** Applies each synthetic event as ITCH and as PITCH, then compares the instrument's books. */
    private final class Both implements ItchEventSink {
        @Override
        public void systemEvent(final long timestampNs, final byte eventCode) {
            itch.systemEvent(timestampNs, eventCode);
        }

        @Override
        public void stockDirectory(final long timestampNs, final int stockLocate, final long stock, final long lot) {
            itch.stockDirectory(timestampNs, stockLocate, stock, lot);
        }

        @Override
        public void tradingAction(final long timestampNs, final int stockLocate, final long stock, final byte state) {
            itch.tradingAction(timestampNs, stockLocate, stock, state);
            status.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).symbol(pitchSymbol(stockLocate))
                .tradingStatus(state).regShoAction((byte) '0');
            send(TradingStatusEncoder.LENGTH);
            compare(stockLocate);
        }

        @Override
        public void addOrder(final long timestampNs, final int stockLocate, final long orderReference,
            final byte buySell, final long orderShares, final long stock, final long orderPrice) {
            itch.addOrder(timestampNs, stockLocate, orderReference, buySell, orderShares, stock, orderPrice);
            addPitch(orderReference, stockLocate, buySell, orderShares, orderPrice);
            compare(stockLocate);
        }

        @Override
        public void orderExecuted(final long timestampNs, final int stockLocate, final long orderReference,
            final long shares, final long matchNumber) {
            itch.orderExecuted(timestampNs, stockLocate, orderReference, shares, matchNumber);
            executed.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(pitchId(orderReference))
                .executedQuantity(shares).executionId(matchNumber);
            send(OrderExecutedEncoder.LENGTH);
            compare(stockLocate);
        }

        @Override
        public void orderExecutedWithPrice(final long timestampNs, final int stockLocate, final long orderReference,
            final long shares, final long matchNumber, final boolean printable, final long price) {
            final long id = pitchId(orderReference);
            final int instrument = pitchBuilder.instrumentOf(id);
            final long resting = instrument < 0 ? 0 : pitchBuilder.book(instrument).orderShares(id);
            itch.orderExecutedWithPrice(timestampNs, stockLocate, orderReference, shares, matchNumber, printable,
                price);
            executedAtPrice.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(id)
                .executedQuantity(shares).remainingQuantity(Math.max(0, resting - shares)).executionId(matchNumber)
                .price(price);
            send(OrderExecutedAtPriceSizeEncoder.LENGTH);
            compare(stockLocate);
        }

        @Override
        public void orderCancel(final long timestampNs, final int stockLocate, final long orderReference,
            final long canceledShares) {
            itch.orderCancel(timestampNs, stockLocate, orderReference, canceledShares);
            reduce.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(pitchId(orderReference))
                .canceledQuantity(canceledShares);
            send(ReduceSizeLongEncoder.LENGTH);
            compare(stockLocate);
        }

        @Override
        public void orderDelete(final long timestampNs, final int stockLocate, final long orderReference) {
            itch.orderDelete(timestampNs, stockLocate, orderReference);
            deletePitch(pitchId(orderReference));
            pitchIdOf.remove(orderReference);
            compare(stockLocate);
        }

        @Override
        public void orderReplace(final long timestampNs, final int stockLocate, final long originalOrderReference,
            final long newOrderReference, final long orderShares, final long orderPrice) {
            final long id = pitchId(originalOrderReference);
            final Side side = pitchBuilder.book(pitchBuilder.instrumentOf(id)).orderSide(id);
            itch.orderReplace(timestampNs, stockLocate, originalOrderReference, newOrderReference, orderShares,
                orderPrice);
            pitchIdOf.remove(originalOrderReference);
            if ((replaces++ & 1) == 0) {
                deletePitch(id);
                addPitch(newOrderReference, stockLocate, side == Side.BUY ? Pitch.SIDE_BUY : Pitch.SIDE_SELL,
                    orderShares, orderPrice);
            } else {
                modify.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(id).quantity(orderShares)
                    .price(orderPrice).modifyFlags(Pitch.MODIFY_FLAG_DISPLAY);
                send(ModifyOrderLongEncoder.LENGTH);
                pitchIdOf.put(newOrderReference, id);
                modifies++;
            }
            compare(stockLocate);
        }

        @Override
        public void trade(final long timestampNs, final int stockLocate, final byte buySell, final long tradeShares,
            final long stock, final long tradePrice, final long matchNumber) {
            itch.trade(timestampNs, stockLocate, buySell, tradeShares, stock, tradePrice, matchNumber);
            trade.wrap(unit, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(0).sideIndicator(buySell)
                .quantity(tradeShares).symbol(pitchSymbol(stockLocate)).price(tradePrice).executionId(matchNumber);
            send(TradeLongEncoder.LENGTH);
            compare(stockLocate);
        }
    }

    @Test
    void shouldBuildIdenticalBooksFromTheSameFlowAsItchAndAsPitch() {
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.instruments = INSTRUMENTS;
        config.seed = 7;
        new SyntheticItchFeed(config).generate(new Both(), EVENTS);

        assertEquals(0, pitchErrors.total(), pitchErrors::toString);
        assertEquals(itchBuilder.orderCount(), pitchBuilder.orderCount());
        assertEquals(itchBuilder.unknownOrderCount(), pitchBuilder.unknownOrderCount());
        assertEquals(0, pitchBuilder.duplicateOrderCount());
        assertEquals(0, pitchBuilder.capacityExhaustedCount());
        final DepthSnapshot itchDepth = new DepthSnapshot(1024);
        final DepthSnapshot pitchDepth = new DepthSnapshot(1024);
        for (int locate = 1; locate <= INSTRUMENTS; locate++) {
            final int pitchId = pitchBuilder.instrumentId(pitchSymbol(locate));
            final int itchId = itchAdapter.instrumentId(locate);
            itchBuilder.copyDepth(itchId, itchDepth);
            pitchBuilder.copyDepth(pitchId, pitchDepth);
            assertEquals(levels(itchDepth, SCALE), levels(pitchDepth, 1), "locate " + locate);
            assertEquals(itchBuilder.tradingStatus(itchId), pitchBuilder.tradingStatus(pitchId));
            assertEquals(BookValidator.OK, BookValidator.check(pitchBuilder.book(pitchId)));
        }
        assertEquals(true, modifies > 1_000, "replaces sent as Modify Order: " + modifies);
    }

    private static List<String> levels(final DepthSnapshot depth, final long scale) {
        final List<String> out = new ArrayList<>();
        for (final Side side : new Side[] {Side.BUY, Side.SELL}) {
            for (int i = 0; i < depth.levelCount(side); i++) {
                out.add(side + " " + depth.price(side, i) * scale + " " + depth.quantity(side, i) + "/"
                    + depth.orderCount(side, i));
            }
        }
        return out;
    }
}
