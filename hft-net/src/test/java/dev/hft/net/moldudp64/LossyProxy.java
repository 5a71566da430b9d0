package dev.hft.net.moldudp64;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.function.IntPredicate;

/**
 * A UDP forwarder for tests that damages a MoldUDP64 feed on purpose: by the index of each data packet (0, 1, 2...;
 * heartbeats and end-of-session packets always pass) it drops, duplicates or holds a packet back until the next one
 * has gone out (a swap). {@link #silent(boolean)} drops everything, heartbeats included, as a dead line would.
 * Poll-driven on the test thread, like the components it sits between.
 */
final class LossyProxy implements AutoCloseable {
    private final DatagramChannel in;
    private final DatagramChannel out;
    private final SocketAddress destination;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(65536);
    private final ByteBuffer held = ByteBuffer.allocateDirect(65536);
    private IntPredicate drop = i -> false;
    private IntPredicate duplicate = i -> false;
    private IntPredicate swap = i -> false;
    private boolean holding;
    private boolean silent;
    private int dataIndex;
    long dataPackets;
    long duplicatedMessages;
    long droppedPackets;
    long droppedMessages;
    long duplicatedPackets;
    long swappedPackets;
    long forwardedPackets;

    LossyProxy(final SocketAddress destination) throws IOException {
        this(destination, MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0)));
    }

    /** A proxy that forwards through the given channel (e.g. a multicast sender); closes it on close. */
    LossyProxy(final SocketAddress destination, final DatagramChannel out) throws IOException {
        this.in = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        this.out = out;
        this.destination = destination;
    }

    InetSocketAddress address() throws IOException {
        return (InetSocketAddress) in.getLocalAddress();
    }

    LossyProxy drop(final IntPredicate drop) {
        this.drop = drop;
        return this;
    }

    LossyProxy duplicate(final IntPredicate duplicate) {
        this.duplicate = duplicate;
        return this;
    }

    LossyProxy swap(final IntPredicate swap) {
        this.swap = swap;
        return this;
    }

    LossyProxy silent(final boolean silent) {
        this.silent = silent;
        return this;
    }

    int poll() throws IOException {
        int work = 0;
        while (true) {
            buffer.clear();
            if (in.receive(buffer) == null) {
                return work;
            }
            work++;
            buffer.flip();
            if (silent) {
                droppedPackets++;
                continue;
            }
            final int count = buffer.remaining() >= 20 ? buffer.getShort(18) & 0xFFFF : 0;
            if (count == 0 || count == 0xFFFF) {
                forward(buffer);
                continue;
            }
            final int index = dataIndex++;
            dataPackets++;
            if (drop.test(index)) {
                droppedPackets++;
                droppedMessages += count;
                continue;
            }
            if (swap.test(index) && !holding) {
                held.clear();
                held.put(buffer);
                held.flip();
                holding = true;
                swappedPackets++;
                continue;
            }
            forward(buffer);
            if (duplicate.test(index)) {
                buffer.rewind();
                forward(buffer);
                duplicatedPackets++;
                duplicatedMessages += count;
            }
        }
    }

    private void forward(final ByteBuffer packet) throws IOException {
        out.send(packet, destination);
        forwardedPackets++;
        if (holding) {
            holding = false;
            out.send(held, destination);
            forwardedPackets++;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
        out.close();
    }
}
