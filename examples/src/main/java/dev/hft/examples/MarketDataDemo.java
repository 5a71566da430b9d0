package dev.hft.examples;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.book.BookValidator;
import dev.hft.book.OrderBook;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.net.itch.Itch50;
import dev.hft.net.moldudp64.LineArbitrator;
import dev.hft.net.moldudp64.MoldUdp64;
import dev.hft.net.moldudp64.MoldUdp64MessageStore;
import dev.hft.net.moldudp64.MoldUdp64ReceiverConfig;
import dev.hft.net.moldudp64.MoldUdp64RequestServer;
import dev.hft.net.moldudp64.MoldUdp64Sender;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.NanoClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * The market-data path on loopback: a venue thread generates a synthetic ITCH day, stamps each message with its
 * send time, and publishes it over MoldUDP64 on two lines (A and B) through forwarders that drop different packets,
 * with a re-request server behind; a trading thread arbitrates the lines, decodes every message into an order book per
 * instrument (the book builder) and checks that each arrives exactly once, in order, recording venue-to-book latency.
 */
final class MarketDataDemo {
    private static final String SESSION = "HFTDEMO001";
    private static final long TIMESTAMP_MASK = 0xFFFF_FFFF_FFFFL;
    private static final int BATCH = 64;

    /** What one run measured. */
    record Result(long sent, long delivered, boolean inOrder, long droppedA, long droppedB, long lineAGapsFilledFromB,
        long lineBGapsFilledFromA, long requests, long retransmitted, long elapsedNs, Histogram latency,
        long restingOrders, long unknownOrders, long booksWithProblems, String busiestBbo, long tradingAllocatedBytes,
        long gcCount, String wireErrors, ThreadPinning.Result venuePin, ThreadPinning.Result tradingPin) {
    }

    private final NanoClock clock;
    private final DemoConfig config;

    MarketDataDemo(final NanoClock clock, final DemoConfig config) {
        this.clock = clock;
        this.config = config;
    }

    Result run() throws Exception {
        final DatagramChannel lineA = openReceiver();
        final DatagramChannel lineB = openReceiver();
        final DatagramChannel requests = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        requests.configureBlocking(false);
        final DatagramChannel requestServerChannel =
            DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        requestServerChannel.configureBlocking(false);
        final LossyForwarder forwarderA = new LossyForwarder(lineA.getLocalAddress(), config.lineADropEvery);
        final LossyForwarder forwarderB = new LossyForwarder(lineB.getLocalAddress(), config.lineBDropEvery);
        final DatagramChannel senderChannel = DatagramChannel.open();
        senderChannel.configureBlocking(false);

        // sized for the whole feed so the venue never grows (and allocates) mid-run
        final long storeMessages = config.feedMessages + 10_000L + 3L * config.feedInstruments;
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore(
            (int) Math.min(Integer.MAX_VALUE - 64, storeMessages * 40), (int) Math.min(Integer.MAX_VALUE - 64,
            storeMessages));
        final MoldUdp64Sender sender = new MoldUdp64Sender(senderChannel,
            new SocketAddress[] {forwarderA.address(), forwarderB.address()}, SESSION, store, clock,
            100_000_000L, MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
        final MoldUdp64RequestServer requestServer = new MoldUdp64RequestServer(requestServerChannel, SESSION, store,
            new WireErrorCounters("request server", WireErrorListener.NO_OP), MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);

        final TradingSide trading = new TradingSide(lineA, lineB, requests, requestServerChannel.getLocalAddress());
        final AtomicBoolean tradingDone = new AtomicBoolean();
        final ThreadPinning.Result[] venuePin = {null};
        final long[] sent = {0};
        final Throwable[] failure = {null};
        final Thread venue = new Thread(() -> {
            try {
                venuePin[0] = config.producerCpu >= 0 ? ThreadPinning.pinCurrentThread(config.producerCpu) : null;
                sent[0] = runVenue(sender, requestServer, forwarderA, forwarderB, tradingDone);
            } catch (final IOException | RuntimeException ex) {
                failure[0] = ex;
            }
        }, "hft-demo-venue");
        final Thread tradingThread = new Thread(() -> {
            try {
                trading.run(config.measureCpu);
            } catch (final IOException | RuntimeException ex) {
                failure[0] = ex;
            } finally {
                tradingDone.set(true);
            }
        }, "hft-demo-trading");
        tradingThread.start();
        venue.start();
        venue.join();
        tradingThread.join();
        forwarderA.close();
        forwarderB.close();
        lineA.close();
        lineB.close();
        requests.close();
        requestServerChannel.close();
        senderChannel.close();
        if (failure[0] != null) {
            throw new IllegalStateException("market-data demo failed", failure[0]);
        }
        final LineArbitrator arbitrator = trading.arbitrator;
        return new Result(sent[0], arbitrator.messagesDelivered(), trading.inOrder, forwarderA.dropped(),
            forwarderB.dropped(), arbitrator.gapsFilledFromOtherLine(LineArbitrator.LINE_A),
            arbitrator.gapsFilledFromOtherLine(LineArbitrator.LINE_B), arbitrator.requestsSent(),
            requestServer.messagesRetransmitted(), trading.elapsedNs, trading.latency.histogram(),
            trading.restingOrders(), trading.books.unknownOrderCount(), trading.booksWithProblems(),
            trading.busiestBbo(), trading.allocatedBytes, trading.gcCount,
            arbitrator.errors() + "; " + trading.itchErrors, venuePin[0], trading.pin);
    }

    private long runVenue(final MoldUdp64Sender sender, final MoldUdp64RequestServer requestServer,
        final LossyForwarder forwarderA, final LossyForwarder forwarderB, final AtomicBoolean tradingDone)
        throws IOException {
        final SyntheticItchFeed.Config feedConfig = new SyntheticItchFeed.Config();
        feedConfig.instruments = config.feedInstruments;
        final SyntheticItchFeed feed = new SyntheticItchFeed(feedConfig);
        final ItchEventEncoder encoder = new ItchEventEncoder((buffer, offset, length) -> {
            // stamp the venue's send time into the ITCH timestamp so the trading side can measure the path
            // (the encoder's scratch buffer is mutable)
            stamp((MutableDirectBuffer) buffer, offset, clock.nanoTime() & TIMESTAMP_MASK);
            sender.offer(buffer, offset, length);
        });
        final long batchIntervalNs = 1_000_000_000L * BATCH / config.feedRatePerSecond;
        final IdleStrategy idle = new BackoffIdleStrategy(10, 10, 1_000, 20_000);
        long next = clock.nanoTime();
        long generated = 0;
        while (generated < config.feedMessages) {
            final long batch = Math.min(BATCH, config.feedMessages - generated);
            feed.generate(encoder, batch);
            generated += batch;
            sender.flush();
            serve(requestServer, forwarderA, forwarderB);
            next += batchIntervalNs;
            // pace without burning the core: on a 2-core machine a second spinning thread leaves no CPU for the
            // JIT, the GC and the kernel's network work, which then preempt the spinners for milliseconds
            idle.reset();
            while (clock.nanoTime() < next) {
                idle.idle(serve(requestServer, forwarderA, forwarderB));
            }
        }
        feed.finish(encoder);
        sender.flush();
        sender.endOfSession();
        while (!tradingDone.get()) {
            sender.doWork();
            serve(requestServer, forwarderA, forwarderB);
        }
        return sender.messagesSent();
    }

    private static int serve(final MoldUdp64RequestServer requestServer, final LossyForwarder forwarderA,
        final LossyForwarder forwarderB) throws IOException {
        return forwarderA.poll(64) + forwarderB.poll(64) + requestServer.poll(16);
    }

    private static void stamp(final MutableDirectBuffer buffer, final int offset, final long timestamp) {
        buffer.putShort(offset + Itch50.TIMESTAMP_OFFSET, (short) (timestamp >>> 32), java.nio.ByteOrder.BIG_ENDIAN);
        buffer.putInt(offset + Itch50.TIMESTAMP_OFFSET + 2, (int) timestamp, java.nio.ByteOrder.BIG_ENDIAN);
    }

    private static DatagramChannel openReceiver() throws IOException {
        final DatagramChannel channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 8 << 20);
        channel.bind(new InetSocketAddress("127.0.0.1", 0));
        channel.configureBlocking(false);
        return channel;
    }

    /** The trading thread: arbitrate, decode, check order, measure. */
    private final class TradingSide {
        final LatencyRecorder latency = new LatencyRecorder("venue-to-decode");
        final WireErrorCounters itchErrors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        // no global reference index: ITCH names the stock locate in every message (one lookup fewer per message)
        final BookBuilder books = new BookBuilder(config.feedInstruments + 8, 4_096, 1_024, 0,
            BookBuilderListener.NO_OP);
        final BookBuilderItchAdapter bookAdapter = new BookBuilderItchAdapter(books, itchErrors);
        final long warmUpMessages = Math.min(200_000, config.feedMessages / 10);
        final LineArbitrator arbitrator;
        long expectedSequence = 1;
        boolean inOrder = true;
        long allocatedBytes;
        long gcCount;
        long elapsedNs;
        ThreadPinning.Result pin;

        TradingSide(final DatagramChannel lineA, final DatagramChannel lineB, final DatagramChannel requests,
            final SocketAddress requestServer) {
            final MoldUdp64ReceiverConfig receiverConfig = new MoldUdp64ReceiverConfig()
                .session(SESSION).requestServer(requestServer).requestChannel(requests)
                .requestTimeoutNs(50_000_000L).silenceTimeoutNs(100_000_000L).gapTimeoutNs(2_000_000L)
                .errors(new WireErrorCounters("moldudp64", WireErrorListener.NO_OP));
            this.arbitrator = new LineArbitrator(lineA, lineB, (sequence, buffer, offset, length) -> {
                if (sequence != expectedSequence) {
                    inOrder = false;
                }
                expectedSequence = sequence + 1;
                if (sequence > warmUpMessages) {
                    latency.record((clock.nanoTime() - Itch50.timestamp(buffer, offset)) & TIMESTAMP_MASK);
                }
                bookAdapter.onMessage(buffer, offset, length);
            }, clock, receiverConfig);
        }

        void run(final int cpu) throws IOException {
            pin = cpu >= 0 ? ThreadPinning.pinCurrentThread(cpu) : null;
            final long deadline = clock.nanoTime() + 120_000_000_000L;
            final long warmUp = warmUpMessages;
            long allocatedAtWarmUp = -1;
            long gcAtWarmUp = 0;
            long start = 0;
            while (!arbitrator.isEndOfSession() && clock.nanoTime() < deadline) {
                arbitrator.poll(64);
                if (start == 0 && arbitrator.messagesDelivered() > 0) {
                    start = clock.nanoTime();
                }
                if (allocatedAtWarmUp < 0 && arbitrator.messagesDelivered() >= warmUp) {
                    gcAtWarmUp = Demo.gcCount();
                    allocatedAtWarmUp = AllocationMeter.threadAllocatedBytes();
                }
            }
            elapsedNs = clock.nanoTime() - start;
            allocatedBytes = allocatedAtWarmUp < 0 ? -1 : AllocationMeter.threadAllocatedBytes() - allocatedAtWarmUp;
            gcCount = Demo.gcCount() - gcAtWarmUp;
        }

        long restingOrders() {
            long orders = 0;
            for (int id = 0; id < books.instrumentCount(); id++) {
                orders += books.book(id).orderCount();
            }
            return orders;
        }

        long booksWithProblems() {
            long problems = 0;
            for (int id = 0; id < books.instrumentCount(); id++) {
                if (BookValidator.check(books.book(id)) != 0) {
                    problems++;
                }
            }
            return problems;
        }

        String busiestBbo() {
            if (books.instrumentCount() == 0) {
                return "no instruments";
            }
            final OrderBook book = books.book(0); // the synthetic feed's busiest name is its first
            return String.format(java.util.Locale.ROOT, "%s %d orders, BBO %s x %,d / %s x %,d",
                Itch50.unpackSymbol(books.symbol(0)).trim(), book.orderCount(), price(book.bestBidPrice()),
                book.bestBidQuantity(), price(book.bestAskPrice()), book.bestAskQuantity());
        }

        private String price(final long price4) {
            return price4 == dev.hft.api.FixedPoint.NULL_PRICE ? "-"
                : dev.hft.api.FixedPoint.format(Itch50.price4ToFixedPoint(price4));
        }
    }
}
