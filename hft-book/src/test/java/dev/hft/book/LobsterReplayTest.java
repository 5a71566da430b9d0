package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The LOBSTER hour (AAPL, 2012-06-21, 09:30-10:30, 91,997 events) replayed through the builder into one L3 book.
 * Event types: 1 submit (add), 2 partial cancel, 3 delete, 4 visible execution, 5 hidden execution (a trade, no book
 * change), 6 cross (auction trade, no book change, counted), 7 halt (price -1 halted, 0 quoting, 1 resumed: a trading
 * status event). The hour starts at the open, so events naming orders resting from before are unknown: counted.
 * The validator runs after every event (never crossed, locked or non-positive) and level totals are checked against
 * the orders every 1,000 events and at the end.
 */
class LobsterReplayTest {
    private static final String FILE = "lobster/AAPL_2012-06-21_34200000_37800000_message_50.csv";

    @Test
    void shouldReplayTheLobsterHourWithoutEverCrossing() throws IOException {
        final Path file = TestDataLocator.resolve(FILE);
        final BookBuilder builder = new BookBuilder(1, 1 << 16, 4096, 1 << 16, 100, BookBuilderListener.NO_OP);
        final int aapl = builder.registerInstrument(1);
        final OrderBook book = builder.book(aapl);
        final long[] byType = new long[8];
        final long[] unknownByType = new long[8];
        final long[] references = new long[1 << 16];
        long events = 0;
        long locked = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                final String[] f = line.split(",");
                final long timeNs = (long) (Double.parseDouble(f[0]) * 1e9);
                final int type = Integer.parseInt(f[1]);
                final long id = Long.parseLong(f[2]);
                final long size = Long.parseLong(f[3]);
                final long price = Long.parseLong(f[4]);
                final Side side = "1".equals(f[5]) ? Side.BUY : Side.SELL;
                final long unknownBefore = builder.unknownOrderCount();
                switch (type) {
                    case 1:
                        builder.add(aapl, id, side, price, size);
                        break;
                    case 2:
                        builder.cancel(id, size);
                        break;
                    case 3:
                        builder.delete(id);
                        break;
                    case 4:
                        builder.execute(id, size);
                        break;
                    case 5:
                    case 6:
                        builder.trade(aapl, side, price, size, id);
                        break;
                    case 7:
                        builder.tradingStatus(aapl, price == -1 ? TradingStatus.HALTED
                            : price == 0 ? TradingStatus.QUOTATION_ONLY : TradingStatus.TRADING, timeNs);
                        break;
                    default:
                        throw new AssertionError("unknown LOBSTER event type " + type + ": " + line);
                }
                byType[type]++;
                unknownByType[type] += builder.unknownOrderCount() - unknownBefore;
                events++;
                final int problems = BookValidator.check(book);
                if (problems == BookValidator.LOCKED) {
                    locked++;
                } else {
                    assertEquals(BookValidator.OK, problems,
                        "after event " + line + ": " + BookValidator.describe(problems));
                }
                if (events % 1000 == 0) {
                    final int count = builder.copyOrderReferences(aapl, references);
                    assertEquals(BookValidator.OK, BookValidator.checkLevelTotals(book, references, count));
                }
            }
        }
        final int count = builder.copyOrderReferences(aapl, references);
        assertEquals(BookValidator.OK, BookValidator.checkLevelTotals(book, references, count));

        System.out.printf("LOBSTER AAPL hour: %,d events (submit %,d, cancel %,d, delete %,d, execute %,d, hidden %,d,"
                + " cross %,d, halt %,d); unknown order ids %,d (cancel %,d, delete %,d, execute %,d); locked after %,d"
                + " events; crossed never; resting at end %,d orders, %d bid / %d ask levels, BBO %d x %d%n",
            events, byType[1], byType[2], byType[3], byType[4], byType[5], byType[6], byType[7],
            builder.unknownOrderCount(), unknownByType[2], unknownByType[3], unknownByType[4], locked,
            book.orderCount(), book.levelCount(Side.BUY), book.levelCount(Side.SELL), book.bestBidPrice(),
            book.bestAskPrice());
        assertEquals(91_997, events);
        assertEquals(44_256, byType[1]);
        assertEquals(unknownByType[2] + unknownByType[3] + unknownByType[4], builder.unknownOrderCount());
        assertTrue(builder.unknownOrderCount() > 0, "the hour starts at the open: some orders rest from before");
        assertEquals(0, builder.duplicateOrderCount());
        assertEquals(0, book.errorCount(BookError.INVALID_ARGUMENT));
        assertEquals(0, book.errorCount(BookError.CAPACITY_EXHAUSTED));
        assertEquals(0, book.ladderFallbackCount(), "every LOBSTER price is on the one-cent grid");
    }
}
