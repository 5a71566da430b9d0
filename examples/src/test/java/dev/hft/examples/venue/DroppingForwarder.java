package dev.hft.examples.venue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** A UDP hop that forwards every datagram except the n-th one: a line that loses one packet. */
final class DroppingForwarder implements AutoCloseable {
    private final DatagramChannel in;
    private final DatagramChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(65_536);
    private final long dropPacket;
    private long received;
    private long dropped;

    DroppingForwarder(final SocketAddress target, final long dropPacket) throws IOException {
        this.in = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.in.configureBlocking(false);
        this.out = DatagramChannel.open().connect(target);
        this.out.configureBlocking(false);
        this.dropPacket = dropPacket;
    }

    SocketAddress address() throws IOException {
        return in.getLocalAddress();
    }

    int poll() throws IOException {
        int work = 0;
        while (true) {
            buffer.clear();
            if (in.receive(buffer) == null) {
                return work;
            }
            work++;
            if (++received == dropPacket) {
                dropped++;
                continue;
            }
            buffer.flip();
            out.write(buffer);
        }
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
