package dev.hft.examples;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * A UDP forwarder for the demo that drops every n-th datagram, standing in for a lossy network line. Polled from
 * the venue's duty cycle; allocation-free after construction.
 */
final class LossyForwarder implements AutoCloseable {
    private final DatagramChannel in;
    private final DatagramChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(65_536);
    private final int dropEvery;
    private long received;
    private long dropped;

    LossyForwarder(final SocketAddress target, final int dropEvery) throws IOException {
        this.in = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        this.in.configureBlocking(false);
        this.in.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 8 << 20);
        this.out = DatagramChannel.open().connect(target);
        this.out.configureBlocking(false);
        this.dropEvery = dropEvery;
    }

    SocketAddress address() throws IOException {
        return in.getLocalAddress();
    }

    int poll(final int limit) throws IOException {
        int work = 0;
        while (work < limit) {
            buffer.clear();
            if (in.receive(buffer) == null) {
                break;
            }
            work++;
            if (dropEvery > 0 && ++received % dropEvery == 0) {
                dropped++;
                continue;
            }
            buffer.flip();
            out.write(buffer);
        }
        return work;
    }

    long dropped() {
        return dropped;
    }

    @Override
    public void close() throws IOException {
        in.close();
        out.close();
    }
}
