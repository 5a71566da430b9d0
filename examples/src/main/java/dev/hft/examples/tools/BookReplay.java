package dev.hft.examples.tools;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.book.BookError;
import dev.hft.book.BookValidator;
import dev.hft.book.DepthSnapshot;
import dev.hft.book.OrderBook;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchFileReader;
import dev.hft.net.itch.Itch50;
import dev.hft.timing.NanoClock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code replay} command: a NASDAQ TotalView-ITCH 5.0 file (length-prefixed BinaryFILE, plain or gzip, read by
 * {@link ItchFileReader}) through a {@link BookBuilder}, then prints messages/s, the integrity counters and, for the
 * busiest instruments (most book messages), the BBO and top-5 depth. Large files get a progress bar on standard error.
 * <pre>
 * java -jar examples/target/hft-examples.jar replay FILE [instruments, default 10]
 * </pre>
 * Books are sized per instrument ({@value #ORDERS_PER_BOOK} orders, {@value #LEVELS_PER_SIDE} levels a side); orders
 * beyond that are refused and counted as {@link BookError#CAPACITY_EXHAUSTED}.
 */
public final class BookReplay {
    /** Resting orders each instrument's book holds. */
    public static final int ORDERS_PER_BOOK = 1 << 12;
    /** Price levels each side of a book holds. */
    public static final int LEVELS_PER_SIDE = 1024;
    private static final int MAX_INSTRUMENTS = 1 << 14;
    private static final int MAX_ORDERS = 1 << 22;
    private static final int DEPTH = 5;
    private static final int BATCH = 4096;
    private static final long PROGRESS_THRESHOLD_BYTES = 32L << 20;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private BookReplay() {
    }

    /**
     * Replays a file and prints the report.
     *
     * @param file     the ITCH file.
     * @param top      how many of the busiest instruments to print.
     * @param out      where the report goes.
     * @param progress where the progress bar goes (files over 32 MiB), or {@code null}.
     * @param clock    times the run.
     * @return the builder after the replay, for tests.
     * @throws IOException if the file cannot be read.
     */
    public static BookBuilder replay(final Path file, final int top, final PrintStream out, final PrintStream progress,
        final NanoClock clock) throws IOException {
        final int[] activity = new int[MAX_INSTRUMENTS];
        final BookBuilderListener counter = new BookBuilderListener() {
            @Override
            public void onLevelChange(final int instrumentId, final Side side, final long price, final long quantity,
                final int orderCount) {
                activity[instrumentId]++;
            }
        };
        final BookBuilder builder = new BookBuilder(MAX_INSTRUMENTS, ORDERS_PER_BOOK, LEVELS_PER_SIDE, MAX_ORDERS,
            counter);
        final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        final BookBuilderItchAdapter adapter = new BookBuilderItchAdapter(builder, errors);
        final long start = clock.nanoTime();
        try (ItchFileReader reader = ItchFileReader.open(file, errors)) {
            final boolean showProgress = progress != null && reader.fileSize() > PROGRESS_THRESHOLD_BYTES;
            final Progress bar = showProgress ? new Progress(progress, reader.fileSize()) : null;
            while (reader.read(adapter, BATCH) > 0) {
                if (bar != null) {
                    bar.update(reader.filePosition(), adapter.messages(), clock.nanoTime() - start);
                }
            }
            if (bar != null) {
                bar.finish(adapter.messages(), clock.nanoTime() - start);
            }
        }
        final long elapsedNs = Math.max(1, clock.nanoTime() - start);
        report(builder, adapter, errors, activity, top, elapsedNs, file, out);
        return builder;
    }

    private static void report(final BookBuilder builder, final BookBuilderItchAdapter adapter,
        final WireErrorCounters errors, final int[] activity, final int top, final long elapsedNs, final Path file,
        final PrintStream out) {
        out.printf(Locale.ROOT, "%s: %,d messages in %.3f s, %,.0f messages/s%n", file, adapter.messages(),
            elapsedNs / (double) NANOS_PER_SECOND, adapter.messages() * (double) NANOS_PER_SECOND / elapsedNs);
        out.printf(Locale.ROOT, "instruments %,d, resting orders %,d, unknown order refs %,d, duplicate refs %,d,"
                + " book capacity refusals %,d, wire errors %,d (truncated %,d)%n", builder.instrumentCount(),
            builder.orderCount(), builder.unknownOrderCount(), builder.duplicateOrderCount(),
            builder.capacityExhaustedCount(), errors.total(),
            errors.count(WireError.TRUNCATED));
        final int count = builder.instrumentCount();
        final long[] ranked = new long[count];
        for (int id = 0; id < count; id++) {
            ranked[id] = ((long) activity[id] << 32) | (0xFFFFFFFFL - id);
        }
        Arrays.sort(ranked);
        final int shown = Math.min(top, count);
        out.printf(Locale.ROOT, "%d busiest instruments (of %d): BBO and top-%d depth, prices Price(4)%n", shown, count,
            DEPTH);
        final DepthSnapshot depth = new DepthSnapshot(DEPTH);
        for (int rank = 0; rank < shown; rank++) {
            final int id = (int) (0xFFFFFFFFL - (ranked[count - 1 - rank] & 0xFFFFFFFFL));
            final OrderBook book = builder.book(id);
            builder.copyDepth(id, depth);
            out.printf(Locale.ROOT, "%n%-8s id %d: %,d book events, %,d orders, status %s, BBO %s x %,d / %s x %,d,"
                    + " validator %s%n", Itch50.unpackSymbol(builder.symbol(id)).trim(), id, activity[id],
                book.orderCount(), builder.tradingStatus(id), price(book.bestBidPrice()), book.bestBidQuantity(),
                price(book.bestAskPrice()), book.bestAskQuantity(), BookValidator.describe(BookValidator.check(book)));
            out.print(depth.appendTo(new StringBuilder()));
        }
    }

    private static String price(final long price) {
        return price == FixedPoint.NULL_PRICE ? "-" : String.format(Locale.ROOT, "%d.%04d", price / 10_000,
            price % 10_000);
    }

    /** A one-line progress bar on a terminal, or a line every 10% otherwise (as {@code CaptureSummary}'s). */
    private static final class Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private final long total;
        private final boolean terminal = System.console() != null;
        private int lastShown = -1;

        Progress(final PrintStream out, final long total) {
            this.out = out;
            this.total = Math.max(1, total);
        }

        void update(final long done, final long messages, final long elapsedNs) {
            final int percent = (int) Math.min(100, done * 100 / total);
            final int step = terminal ? percent : percent / 10 * 10;
            if (step == lastShown) {
                return;
            }
            lastShown = step;
            final int filled = percent * WIDTH / 100;
            final double rate = elapsedNs > 0 ? messages * (double) NANOS_PER_SECOND / elapsedNs : 0;
            out.printf(Locale.ROOT, "%s[%s%s] %3d%%  %,d messages  %,.0f messages/s%s", terminal ? "\r" : "",
                "#".repeat(filled), ".".repeat(WIDTH - filled), percent, messages, rate,
                terminal ? "" : System.lineSeparator());
        }

        void finish(final long messages, final long elapsedNs) {
            update(total, messages, elapsedNs);
            if (terminal) {
                out.println();
            }
        }
    }
}
