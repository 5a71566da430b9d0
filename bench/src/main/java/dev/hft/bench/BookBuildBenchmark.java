package dev.hft.bench;

import java.util.concurrent.TimeUnit;

import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.testkit.SyntheticItchFeed;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableDirectByteBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building books from the wire: a synthetic TotalView-ITCH 5.0 file of {@value #MESSAGES} messages
 * ({@link SyntheticItchFeed}, 100 instruments, directory first), length-prefixed as in a BinaryFILE and held in one
 * off-heap buffer (the file in the page cache, without the read calls), each message decoded by the
 * {@code ItchMessageDispatcher} and applied by {@link BookBuilder} (stock locate to instrument, L3 book update), with
 * and without the builder's global reference index ({@code index=false}: ITCH names the stock locate in every
 * message, so the book is found without it). One invocation replays the whole file into cleared books; one operation
 * is one message. Books are sized as in {@code BookUpdateBenchmark} (1,024 orders, 512 levels per side: the flow's
 * realistic peak) and the run fails if any refusal for capacity happened.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class BookBuildBenchmark {
    /** Messages in the stream: one invocation applies them all. */
    public static final int MESSAGES = 10_000_000;

    /** With the global reference index, or without (orders found through the ITCH stock locate's book). */
    @Param({"true", "false"})
    public boolean index;

    private final ExpandableDirectByteBuffer stream = new ExpandableDirectByteBuffer(400 << 20);
    private int end;
    private BookBuilder builder;
    private BookBuilderItchAdapter adapter;

    /** Generates and encodes the stream, and builds the books once (registers the instruments). */
    @Setup
    public void setUp() {
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.instruments = 100;
        final SyntheticItchFeed feed = new SyntheticItchFeed(config);
        final ItchEventEncoder encoder = new ItchEventEncoder(this::append);
        feed.generate(encoder, MESSAGES);
        builder = new BookBuilder(128, BookUpdateBenchmark.MAX_ORDERS, BookUpdateBenchmark.MAX_LEVELS,
            index ? 1 << 16 : 0, BookUpdateBenchmark.TICK, BookBuilderListener.NO_OP);
        adapter = new BookBuilderItchAdapter(builder, new WireErrorCounters("itch", WireErrorListener.NO_OP));
        hft();
    }

    /** Fails the run if any add was refused for capacity: every message must be applied. */
    @TearDown
    public void check() {
        if (builder.capacityExhaustedCount() != 0) {
            throw new IllegalStateException("capacity refusals: " + builder.capacityExhaustedCount());
        }
    }

    private void append(final DirectBuffer src, final int offset, final int length) {
        stream.putShort(end, (short) length);
        stream.putBytes(end + 2, src, offset, length);
        end += 2 + length;
    }

    /**
     * Decodes and applies the whole stream.
     *
     * @return resting orders at the end (consumed by JMH).
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int hft() {
        final BookBuilder builder = this.builder;
        final BookBuilderItchAdapter adapter = this.adapter;
        final ExpandableDirectByteBuffer stream = this.stream;
        final int end = this.end;
        builder.clear();
        for (int position = 0; position < end; ) {
            final int length = stream.getShort(position) & 0xFFFF;
            adapter.onMessage(stream, position + 2, length);
            position += 2 + length;
        }
        return builder.orderCount();
    }
}
