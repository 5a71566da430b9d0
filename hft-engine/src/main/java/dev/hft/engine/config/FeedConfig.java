package dev.hft.engine.config;

import java.net.InetSocketAddress;

import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.ValueIn;

/**
 * A venue's market-data feed: MoldUDP64 on line A and optionally line B (arbitrated, first copy wins), gaps
 * re-requested from the venue's re-request server. A line is a {@code host:port} to bind (unicast) or a multicast
 * group and port to join on {@link #interfaceName()}.
 *
 * <pre>{@code
 * feed: { protocol: ITCH, lineA: "233.54.12.1:26400", lineB: "233.54.12.2:26400", interfaceName: eth1,
 *         requestServer: "10.1.2.3:26401" }
 * }</pre>
 */
public final class FeedConfig extends SelfDescribingMarshallable {
    FeedProtocol protocol = FeedProtocol.ITCH;
    String lineA;
    String lineB;
    String requestServer;
    String interfaceName;

    /** Creates an empty feed (YAML). */
    public FeedConfig() {
    }

    /**
     * Sets line A.
     *
     * @param address {@code host:port} to bind or multicast {@code group:port} to join.
     * @return this.
     */
    public FeedConfig lineA(final String address) {
        this.lineA = address;
        return this;
    }

    /**
     * Sets line B (optional).
     *
     * @param address {@code host:port}, or {@code null} for a single line.
     * @return this.
     */
    public FeedConfig lineB(final String address) {
        this.lineB = address;
        return this;
    }

    /**
     * Sets the re-request server (optional).
     *
     * @param address {@code host:port}, or {@code null} for none (gaps are then skipped).
     * @return this.
     */
    public FeedConfig requestServer(final String address) {
        this.requestServer = address;
        return this;
    }

    /**
     * Sets the network interface multicast lines are joined on.
     *
     * @param name the interface name.
     * @return this.
     */
    public FeedConfig interfaceName(final String name) {
        this.interfaceName = name;
        return this;
    }

    /**
     * The protocol.
     *
     * @return the feed protocol.
     */
    public FeedProtocol protocol() {
        return protocol;
    }

    /**
     * Line A.
     *
     * @return the address.
     */
    public InetSocketAddress lineA() {
        return Strict.address("feed.lineA", lineA);
    }

    /**
     * Line B.
     *
     * @return the address, or {@code null} for a single line.
     */
    public InetSocketAddress lineB() {
        return Strict.isBlank(lineB) ? null : Strict.address("feed.lineB", lineB);
    }

    /**
     * The re-request server.
     *
     * @return the address, or {@code null} for none.
     */
    public InetSocketAddress requestServer() {
        return Strict.isBlank(requestServer) ? null : Strict.address("feed.requestServer", requestServer);
    }

    /**
     * The multicast interface.
     *
     * @return the name, or {@code null}.
     */
    public String interfaceName() {
        return interfaceName;
    }

    void validate(final String key) {
        Strict.require(protocol != null, key + ".protocol", "required (ITCH)");
        Strict.address(key + ".lineA", lineA);
        if (!Strict.isBlank(lineB)) {
            Strict.address(key + ".lineB", lineB);
            Strict.require(!lineB.trim().equals(lineA.trim()), key + ".lineB", "must differ from lineA");
        }
        if (!Strict.isBlank(requestServer)) {
            Strict.address(key + ".requestServer", requestServer);
        }
    }

    @Override
    public void unexpectedField(final Object event, final ValueIn valueIn) {
        Strict.unknownKey("feed", event, valueIn);
    }
}
