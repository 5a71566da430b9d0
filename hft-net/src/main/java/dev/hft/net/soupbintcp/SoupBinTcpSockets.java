package dev.hft.net.soupbintcp;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/** Socket set-up shared by the client and the server's sessions. */
final class SoupBinTcpSockets {
    private SoupBinTcpSockets() {
    }

    static void configure(final SocketChannel channel, final int sendBufferLength, final int receiveBufferLength)
        throws IOException {
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
        if (sendBufferLength > 0) {
            channel.setOption(StandardSocketOptions.SO_SNDBUF, sendBufferLength);
        }
        if (receiveBufferLength > 0) {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBufferLength);
        }
    }

    static void closeQuietly(final SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (final IOException ignored) {
            // the connection is being dropped; nothing left to do with it
        }
    }
}
