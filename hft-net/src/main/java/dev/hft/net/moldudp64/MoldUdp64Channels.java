package dev.hft.net.moldudp64;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/**
 * Opens the non-blocking datagram channels the MoldUDP64 components expect (start-up code: throws on failure).
 */
public final class MoldUdp64Channels {
    /** Receive buffer asked for by default: 4 MiB (the kernel may cap it at {@code net.core.rmem_max}). */
    public static final int DEFAULT_RECEIVE_BUFFER = 4 << 20;

    private MoldUdp64Channels() {
    }

    /**
     * Opens a unicast channel bound to a local address: a receiver's downstream or request channel, a sender's or
     * a request server's socket.
     *
     * @param bindAddress the local address, e.g. {@code new InetSocketAddress("127.0.0.1", 0)} for any free port.
     * @return a non-blocking, bound, unconnected IPv4 channel with a {@link #DEFAULT_RECEIVE_BUFFER} receive buffer.
     * @throws IOException if the socket cannot be opened or bound.
     */
    public static DatagramChannel openUnicast(final InetSocketAddress bindAddress) throws IOException {
        final DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, DEFAULT_RECEIVE_BUFFER);
            channel.bind(bindAddress);
            channel.configureBlocking(false);
            return channel;
        } catch (final IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    /**
     * Opens a channel bound to a multicast group's port and joined to the group on one interface: a receiver's
     * downstream channel. Requests sent from it reach the re-request server from the interface's address, and the
     * server's unicast answers arrive on the same channel.
     *
     * @param group         the IPv4 multicast group.
     * @param port          the feed's port.
     * @param interfaceName the interface to join on, e.g. {@code "eth0"} or {@code "lo"}.
     * @return a non-blocking channel, bound to the wildcard address and the port, joined to the group.
     * @throws IOException if the socket cannot be opened, bound or joined, or the interface does not exist.
     */
    public static DatagramChannel openMulticast(final InetAddress group, final int port, final String interfaceName)
        throws IOException {
        final NetworkInterface networkInterface = NetworkInterface.getByName(interfaceName);
        if (networkInterface == null) {
            throw new IOException("no such network interface: " + interfaceName);
        }
        final DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, DEFAULT_RECEIVE_BUFFER);
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, networkInterface);
            channel.bind(new InetSocketAddress(port));
            channel.join(group, networkInterface);
            channel.configureBlocking(false);
            return channel;
        } catch (final IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    /**
     * Opens a channel that sends to a multicast group on one interface: a sender's socket.
     *
     * @param interfaceName the outgoing interface, e.g. {@code "eth0"} or {@code "lo"}.
     * @param ttl           the multicast time-to-live (1 stays on the local network).
     * @param loopback      whether this host's own members of the group receive the packets too.
     * @return a non-blocking, unbound IPv4 channel.
     * @throws IOException if the socket cannot be opened or the interface does not exist.
     */
    public static DatagramChannel openMulticastSender(final String interfaceName, final int ttl,
        final boolean loopback) throws IOException {
        final NetworkInterface networkInterface = NetworkInterface.getByName(interfaceName);
        if (networkInterface == null) {
            throw new IOException("no such network interface: " + interfaceName);
        }
        final DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, networkInterface);
            channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, ttl);
            channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, loopback);
            channel.configureBlocking(false);
            return channel;
        } catch (final IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }
}
