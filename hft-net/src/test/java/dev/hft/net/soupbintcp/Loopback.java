package dev.hft.net.soupbintcp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** Loopback helpers: a bounded poll loop and a raw, hand-driven SoupBinTCP peer for fault injection. */
final class Loopback {
    /** Safety bound for any wait; tests finish in milliseconds when they pass. */
    static final long SAFETY_NS = 20_000_000_000L;

    private Loopback() {
    }

    static InetSocketAddress anyPort() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** Polls every poller until the condition holds; fails after {@link #SAFETY_NS} of wall time. */
    static void pollUntil(final String what, final BooleanSupplier condition, final IntSupplier... pollers) {
        final long deadline = System.nanoTime() + SAFETY_NS;
        while (!condition.getAsBoolean()) {
            int work = 0;
            for (final IntSupplier poller : pollers) {
                work += poller.getAsInt();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (work == 0) {
                Thread.onSpinWait();
            }
        }
    }

    /** Polls for a fixed number of rounds (to show that something does NOT happen). */
    static void pollRounds(final int rounds, final IntSupplier... pollers) {
        for (int i = 0; i < rounds; i++) {
            for (final IntSupplier poller : pollers) {
                poller.getAsInt();
            }
        }
    }

    static byte[] packet(final char type, final byte[] payload) {
        final ByteBuffer buffer = ByteBuffer.allocate(3 + payload.length).order(ByteOrder.BIG_ENDIAN);
        buffer.putShort((short) (payload.length + 1)).put((byte) type).put(payload);
        return buffer.array();
    }

    static byte[] packet(final char type, final String payload) {
        return packet(type, payload.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    static byte[] concat(final byte[]... parts) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A listening socket that hands out {@link RawPeer}s. */
    static final class RawServer implements AutoCloseable {
        final ServerSocketChannel channel;

        RawServer() throws IOException {
            channel = ServerSocketChannel.open();
            channel.bind(anyPort());
        }

        InetSocketAddress address() throws IOException {
            return (InetSocketAddress) channel.getLocalAddress();
        }

        /** Blocks until a connection arrives (a client's non-blocking connect completes in the kernel). */
        RawPeer accept() throws IOException {
            return new RawPeer(channel.accept());
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** One end of a connection, driven by hand: writes exact bytes, collects what arrives. */
    static final class RawPeer implements AutoCloseable {
        final SocketChannel channel;
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
        boolean endOfStream;

        RawPeer(final SocketChannel channel) throws IOException {
            this.channel = channel;
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
        }

        static RawPeer connect(final InetSocketAddress address) throws IOException {
            final SocketChannel channel = SocketChannel.open(address);
            return new RawPeer(channel);
        }

        void send(final byte[] bytes) throws IOException {
            final ByteBuffer buffer = ByteBuffer.wrap(bytes);
            final long deadline = System.nanoTime() + SAFETY_NS;
            while (buffer.hasRemaining()) {
                channel.write(buffer);
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("raw peer could not write");
                }
            }
        }

        /** Reads what is available; never blocks. */
        int pump() {
            if (endOfStream) {
                return 0;
            }
            try {
                readBuffer.clear();
                final int n = channel.read(readBuffer);
                if (n < 0) {
                    endOfStream = true;
                    return 1;
                }
                received.write(readBuffer.array(), 0, n);
                return n;
            } catch (final IOException ex) {
                endOfStream = true;
                return 1;
            }
        }

        byte[] bytes() {
            return received.toByteArray();
        }

        /** Splits what arrived into packets (type + payload), ignoring an unfinished tail. */
        List<byte[]> packets() {
            final ByteBuffer buffer = ByteBuffer.wrap(bytes()).order(ByteOrder.BIG_ENDIAN);
            final List<byte[]> packets = new ArrayList<>();
            while (buffer.remaining() >= 2) {
                final int length = buffer.getShort(buffer.position()) & 0xFFFF;
                if (buffer.remaining() < 2 + length) {
                    break;
                }
                buffer.getShort();
                final byte[] packet = new byte[length];
                buffer.get(packet);
                packets.add(packet);
            }
            return packets;
        }

        /** Packet types received, as a string such as {@code "ASSH"}. */
        String packetTypes() {
            final StringBuilder types = new StringBuilder();
            for (final byte[] packet : packets()) {
                types.append((char) packet[0]);
            }
            return types.toString();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
