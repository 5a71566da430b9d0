package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.paritytrading.parity.book.Market;
import com.paritytrading.parity.book.MarketListener;
import com.paritytrading.parity.book.Order;
import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.testkit.SyntheticItchFeed;
import it.unimi.dsi.fastutil.longs.LongIterator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential test against parity-book 0.7.0 ({@code com.paritytrading.parity.book.Market}): one million
 * book-changing events of the synthetic ITCH flow (100 instruments) applied to one {@link OrderBook} per instrument
 * and to parity's market. After every event, the instrument's best bid and ask (price and size) and the size of the
 * level the event touched are identical; at the end every level of every book is. Parity has no replace, so an ITCH
 * replace is a delete plus an add there; parity reports an empty side as price {@code 0}.
 */
class ParityDifferentialTest {
    private static final int EVENTS = 1_000_000;
    private static final int INSTRUMENTS = 100;

    @ParameterizedTest(name = "tick size {0}")
    @ValueSource(longs = {0, 100})
    void shouldMatchParityAfterEveryEventOfOneMillion(final long tickSize) {
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.instruments = INSTRUMENTS;
        final RecordedOps ops = RecordedOps.generate(config, EVENTS);
        final OrderBook[] books = new OrderBook[INSTRUMENTS + 1];
        final Market market = new Market(new MarketListener() {
            @Override
            public void update(final com.paritytrading.parity.book.OrderBook book, final boolean bbo) {
            }

            @Override
            public void trade(
                final com.paritytrading.parity.book.OrderBook book, final com.paritytrading.parity.book.Side side,
                final long price, final long size) {
            }
        });
        final com.paritytrading.parity.book.OrderBook[] parityBooks =
            new com.paritytrading.parity.book.OrderBook[INSTRUMENTS + 1];
        for (int locate = 1; locate <= INSTRUMENTS; locate++) {
            books[locate] = tickSize == 0 ? new OrderBook(locate, 2048, 2048, OrderBookListener.NO_OP)
                : new OrderBook(locate, 2048, 2048, tickSize, OrderBookListener.NO_OP);
            parityBooks[locate] = market.open(locate);
        }

        for (int i = 0; i < ops.count; i++) {
            final int locate = ops.locate[i];
            final OrderBook book = books[locate];
            final long reference = ops.reference[i];
            final Side touchedSide = ops.type[i] == RecordedOps.ADD ? ops.side[i] : book.orderSide(reference);
            final long touchedPrice = ops.type[i] == RecordedOps.ADD ? ops.price[i] : book.orderPrice(reference);
            ops.apply(i, book);
            applyToParity(ops, i, market);
            final com.paritytrading.parity.book.OrderBook parity = parityBooks[locate];
            check(i, book, parity, touchedSide, touchedPrice);
            if (ops.type[i] == RecordedOps.REPLACE) {
                check(i, book, parity, touchedSide, ops.price[i]);
            }
        }

        long levels = 0;
        for (int locate = 1; locate <= INSTRUMENTS; locate++) {
            levels += assertSameDepth(books[locate], parityBooks[locate]);
            assertEquals(0, books[locate].errorCount(BookError.UNKNOWN_ORDER));
        }
        assertEquals(EVENTS, ops.count);
        if (levels < INSTRUMENTS) {
            fail("books unexpectedly shallow: " + levels + " levels");
        }
    }

    private static void applyToParity(final RecordedOps ops, final int i, final Market market) {
        final long reference = ops.reference[i];
        switch (ops.type[i]) {
            case RecordedOps.ADD:
                market.add(ops.locate[i], reference, parity(ops.side[i]), ops.price[i], ops.shares[i]);
                break;
            case RecordedOps.EXECUTE:
                market.execute(reference, ops.shares[i]);
                break;
            case RecordedOps.EXECUTE_WITH_PRICE:
                market.execute(reference, ops.shares[i], ops.price[i]);
                break;
            case RecordedOps.CANCEL:
                market.cancel(reference, ops.shares[i]);
                break;
            case RecordedOps.DELETE:
                market.delete(reference);
                break;
            default:
                final Order original = market.find(reference);
                final com.paritytrading.parity.book.Side side = original.getSide();
                market.delete(reference);
                market.add(ops.locate[i], ops.newReference[i], side, ops.price[i], ops.shares[i]);
                break;
        }
    }

    private static void check(
        final int event, final OrderBook book, final com.paritytrading.parity.book.OrderBook parity,
        final Side touchedSide, final long touchedPrice) {
        final long bid = book.bestBidPrice() == FixedPoint.NULL_PRICE ? 0 : book.bestBidPrice();
        final long ask = book.bestAskPrice() == FixedPoint.NULL_PRICE ? 0 : book.bestAskPrice();
        final long parityBid = parity.getBestBidPrice();
        final long parityAsk = parity.getBestAskPrice();
        if (bid != parityBid || ask != parityAsk
            || book.bestBidQuantity() != (parityBid == 0 ? 0 : parity.getBidSize(parityBid))
            || book.bestAskQuantity() != (parityAsk == 0 ? 0 : parity.getAskSize(parityAsk))) {
            fail("event " + event + ": hft " + book.bestBidQuantity() + "@" + bid + " / " + book.bestAskQuantity()
                + "@" + ask + ", parity " + parity.getBidSize(parityBid) + "@" + parityBid + " / "
                + parity.getAskSize(parityAsk) + "@" + parityAsk);
        }
        if (touchedSide != Side.UNKNOWN) {
            final long parityQuantity = touchedSide == Side.BUY
                ? parity.getBidSize(touchedPrice) : parity.getAskSize(touchedPrice);
            if (book.quantityAt(touchedSide, touchedPrice) != parityQuantity) {
                fail("event " + event + ": level " + touchedSide + " " + touchedPrice + " hft "
                    + book.quantityAt(touchedSide, touchedPrice) + ", parity " + parityQuantity);
            }
        }
    }

    private static int assertSameDepth(final OrderBook book, final com.paritytrading.parity.book.OrderBook parity) {
        assertEquals(parity.getBidPrices().size(), book.levelCount(Side.BUY));
        assertEquals(parity.getAskPrices().size(), book.levelCount(Side.SELL));
        int depth = 0;
        for (final LongIterator it = parity.getBidPrices().iterator(); it.hasNext(); depth++) {
            final long price = it.nextLong();
            assertEquals(price, book.levelPrice(Side.BUY, depth));
            assertEquals(parity.getBidSize(price), book.levelQuantity(Side.BUY, depth));
        }
        int askDepth = 0;
        for (final LongIterator it = parity.getAskPrices().iterator(); it.hasNext(); askDepth++) {
            final long price = it.nextLong();
            assertEquals(price, book.levelPrice(Side.SELL, askDepth));
            assertEquals(parity.getAskSize(price), book.levelQuantity(Side.SELL, askDepth));
        }
        return depth + askDepth;
    }

    private static com.paritytrading.parity.book.Side parity(final Side side) {
        return side == Side.BUY ? com.paritytrading.parity.book.Side.BUY : com.paritytrading.parity.book.Side.SELL;
    }
}
