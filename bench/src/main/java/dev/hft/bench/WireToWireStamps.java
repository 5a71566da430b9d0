package dev.hft.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The timestamps the three threads of {@link WireToWire} share, in preallocated rings (no allocation, no lock):
 * <ul>
 *     <li>per MoldUDP64 sequence number, the feed's send time (written by the feed thread just before the packet
 *     goes to the socket; read by the trading thread when the packet is handled);</li>
 *     <li>per OUCH UserRefNum, the sequence number of the packet that caused the order and the time the order
 *     reached the gateway (written by the trading thread just before the Enter Order goes to the socket; read by
 *     the exchange thread when it decodes the Enter Order).</li>
 * </ul>
 * Each slot carries its key, stored last with release semantics and checked with acquire semantics, so a reader
 * sees a complete slot or a miss ({@link #MISSING}), never another key's values. The rings hold 2^20 packets and
 * 2^16 orders: far more than are ever in flight.
 */
final class WireToWireStamps {
    /** Returned for a key whose slot holds another key (not published yet, or overwritten). */
    static final long MISSING = Long.MIN_VALUE;

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int PACKET_MASK = (1 << 20) - 1;
    private static final int ORDER_MASK = (1 << 16) - 1;

    private final long[] packetKeys = new long[PACKET_MASK + 1];
    private final long[] packetSendNs = new long[PACKET_MASK + 1];
    private final long[] orderKeys = new long[ORDER_MASK + 1];
    private final long[] orderPacketSequences = new long[ORDER_MASK + 1];
    private final long[] orderGatewayNs = new long[ORDER_MASK + 1];

    /** Feed thread: the packet starting at {@code sequenceNumber} is about to be sent at {@code sendNs}. */
    void publishPacket(final long sequenceNumber, final long sendNs) {
        final int slot = (int) sequenceNumber & PACKET_MASK;
        packetSendNs[slot] = sendNs;
        LONGS.setRelease(packetKeys, slot, sequenceNumber);
    }

    /**
     * The feed's send time of the message with this sequence number.
     *
     * @return nanoseconds on the shared clock, or {@link #MISSING}.
     */
    long packetSendNs(final long sequenceNumber) {
        final int slot = (int) sequenceNumber & PACKET_MASK;
        if ((long) LONGS.getAcquire(packetKeys, slot) != sequenceNumber) {
            return MISSING;
        }
        return packetSendNs[slot];
    }

    /** Trading thread: the Enter Order with this UserRefNum, caused by that packet, is about to be sent. */
    void publishOrder(final long userRefNum, final long packetSequence, final long gatewayNs) {
        final int slot = (int) userRefNum & ORDER_MASK;
        orderPacketSequences[slot] = packetSequence;
        orderGatewayNs[slot] = gatewayNs;
        LONGS.setRelease(orderKeys, slot, userRefNum);
    }

    /**
     * Exchange thread: the packet that caused the order with this UserRefNum.
     *
     * @return the MoldUDP64 sequence number, or {@link #MISSING}.
     */
    long orderPacketSequence(final long userRefNum) {
        final int slot = (int) userRefNum & ORDER_MASK;
        if ((long) LONGS.getAcquire(orderKeys, slot) != userRefNum) {
            return MISSING;
        }
        return orderPacketSequences[slot];
    }

    /** Exchange thread, after {@link #orderPacketSequence} found the order: when it reached the gateway. */
    long orderGatewayNs(final long userRefNum) {
        return orderGatewayNs[(int) userRefNum & ORDER_MASK];
    }
}
