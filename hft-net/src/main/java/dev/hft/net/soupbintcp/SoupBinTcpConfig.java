package dev.hft.net.soupbintcp;

/**
 * Settings shared by {@link SoupBinTcpClient} and {@link SoupBinTcpServer}: heartbeat timing, buffer sizes and
 * the largest payload accepted. Defaults follow the specification (1 s heartbeat, 15 s timeout). Read once at
 * construction; later changes do not affect components already built.
 */
public final class SoupBinTcpConfig {
    /** Default receive buffer, per connection: 64 KiB plus room for the largest packet's header. */
    public static final int DEFAULT_RECEIVE_BUFFER_LENGTH = 64 * 1024 + SoupBinTcp.HEADER_LENGTH;
    /** Default send buffer, per client (a server's sequenced data is sent from its message store). */
    public static final int DEFAULT_SEND_BUFFER_LENGTH = 64 * 1024;

    private long heartbeatIntervalNs = SoupBinTcp.DEFAULT_HEARTBEAT_INTERVAL_NS;
    private long heartbeatTimeoutNs = SoupBinTcp.DEFAULT_HEARTBEAT_TIMEOUT_NS;
    private int receiveBufferLength = DEFAULT_RECEIVE_BUFFER_LENGTH;
    private int sendBufferLength = DEFAULT_SEND_BUFFER_LENGTH;
    private int maxPayloadLength = SoupBinTcp.MAX_PAYLOAD_LENGTH;
    private int socketSendBufferLength;
    private int socketReceiveBufferLength;

    /**
     * Sets how long a side may send nothing before it sends a heartbeat.
     *
     * @param heartbeatIntervalNs nanoseconds, positive; default 1 s.
     * @return this.
     */
    public SoupBinTcpConfig heartbeatIntervalNs(final long heartbeatIntervalNs) {
        if (heartbeatIntervalNs <= 0) {
            throw new IllegalArgumentException("heartbeatIntervalNs must be positive: " + heartbeatIntervalNs);
        }
        this.heartbeatIntervalNs = heartbeatIntervalNs;
        return this;
    }

    /**
     * The heartbeat interval.
     *
     * @return nanoseconds.
     */
    public long heartbeatIntervalNs() {
        return heartbeatIntervalNs;
    }

    /**
     * Sets how long a side may receive nothing (no data, no heartbeat) before it declares the link lost.
     *
     * @param heartbeatTimeoutNs nanoseconds, positive; default 15 s.
     * @return this.
     */
    public SoupBinTcpConfig heartbeatTimeoutNs(final long heartbeatTimeoutNs) {
        if (heartbeatTimeoutNs <= 0) {
            throw new IllegalArgumentException("heartbeatTimeoutNs must be positive: " + heartbeatTimeoutNs);
        }
        this.heartbeatTimeoutNs = heartbeatTimeoutNs;
        return this;
    }

    /**
     * The heartbeat timeout.
     *
     * @return nanoseconds.
     */
    public long heartbeatTimeoutNs() {
        return heartbeatTimeoutNs;
    }

    /**
     * Sets the receive buffer of each connection; raised to hold at least one packet of the largest payload.
     *
     * @param receiveBufferLength bytes.
     * @return this.
     */
    public SoupBinTcpConfig receiveBufferLength(final int receiveBufferLength) {
        this.receiveBufferLength = receiveBufferLength;
        return this;
    }

    /**
     * The receive buffer length actually used: the setting, or more if the largest packet would not fit.
     *
     * @return bytes.
     */
    public int receiveBufferLength() {
        return Math.max(receiveBufferLength, SoupBinTcp.HEADER_LENGTH + maxPayloadLength);
    }

    /**
     * Sets a client's send buffer: unsequenced data waiting for the socket. When it is full,
     * {@link SoupBinTcpClient#trySendUnsequenced} returns {@code Result.BACK_PRESSURED}.
     *
     * @param sendBufferLength bytes, at least one login request packet.
     * @return this.
     */
    public SoupBinTcpConfig sendBufferLength(final int sendBufferLength) {
        if (sendBufferLength < SoupBinTcp.LOGIN_REQUEST_LENGTH) {
            throw new IllegalArgumentException("sendBufferLength below one login request: " + sendBufferLength);
        }
        this.sendBufferLength = sendBufferLength;
        return this;
    }

    /**
     * The send buffer length.
     *
     * @return bytes.
     */
    public int sendBufferLength() {
        return sendBufferLength;
    }

    /**
     * Sets the largest payload accepted from the peer and sent to it; a longer incoming packet breaks framing
     * and closes the connection.
     *
     * @param maxPayloadLength bytes, {@link SoupBinTcp#LOGIN_REQUEST_LENGTH} to {@link SoupBinTcp#MAX_PAYLOAD_LENGTH}
     *                         (the default).
     * @return this.
     */
    public SoupBinTcpConfig maxPayloadLength(final int maxPayloadLength) {
        if (maxPayloadLength < SoupBinTcp.LOGIN_REQUEST_LENGTH || maxPayloadLength > SoupBinTcp.MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("maxPayloadLength out of range: " + maxPayloadLength);
        }
        this.maxPayloadLength = maxPayloadLength;
        return this;
    }

    /**
     * The largest payload.
     *
     * @return bytes.
     */
    public int maxPayloadLength() {
        return maxPayloadLength;
    }

    /**
     * Sets the kernel's send buffer for each socket ({@code SO_SNDBUF}).
     *
     * @param socketSendBufferLength bytes; 0 (the default) keeps the operating system's value.
     * @return this.
     */
    public SoupBinTcpConfig socketSendBufferLength(final int socketSendBufferLength) {
        this.socketSendBufferLength = Math.max(0, socketSendBufferLength);
        return this;
    }

    /**
     * The kernel send buffer setting.
     *
     * @return bytes, 0 for the operating system's value.
     */
    public int socketSendBufferLength() {
        return socketSendBufferLength;
    }

    /**
     * Sets the kernel's receive buffer for each socket ({@code SO_RCVBUF}).
     *
     * @param socketReceiveBufferLength bytes; 0 (the default) keeps the operating system's value.
     * @return this.
     */
    public SoupBinTcpConfig socketReceiveBufferLength(final int socketReceiveBufferLength) {
        this.socketReceiveBufferLength = Math.max(0, socketReceiveBufferLength);
        return this;
    }

    /**
     * The kernel receive buffer setting.
     *
     * @return bytes, 0 for the operating system's value.
     */
    public int socketReceiveBufferLength() {
        return socketReceiveBufferLength;
    }

    @Override
    public String toString() {
        return "SoupBinTcpConfig{heartbeatIntervalNs=" + heartbeatIntervalNs + ", heartbeatTimeoutNs="
            + heartbeatTimeoutNs + ", receiveBufferLength=" + receiveBufferLength() + ", sendBufferLength="
            + sendBufferLength + ", maxPayloadLength=" + maxPayloadLength + ", socketSendBufferLength="
            + socketSendBufferLength + ", socketReceiveBufferLength=" + socketReceiveBufferLength + '}';
    }
}
