package dev.hft.bench;

import dev.hft.api.Result;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.ouch.EnterOrderDecoder;
import dev.hft.net.ouch.OrderAcceptedEncoder;
import dev.hft.net.ouch.OrderCanceledEncoder;
import dev.hft.net.ouch.Ouch50;
import dev.hft.net.ouch.OuchRequestDispatcher;
import dev.hft.net.ouch.OuchRequestListener;
import dev.hft.net.soupbintcp.SoupBinTcpDisconnectReason;
import dev.hft.net.soupbintcp.SoupBinTcpServer;
import dev.hft.net.soupbintcp.SoupBinTcpServerListener;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The exchange side of {@link WireToWire}: a minimal OUCH 5.0 venue on our {@link SoupBinTcpServer}. It timestamps
 * each unsequenced message as its first action, decodes it ({@link OuchRequestDispatcher}), and for an Enter Order
 * records wire-to-wire latency (receive time minus the feed's send time of the packet that caused the order) and
 * the out-leg (receive time minus the time the order reached the trading side's gateway); then it answers Order
 * Accepted and Order Canceled, so the trading side's OMS, risk checker and gateway stay in steady state. Orders
 * caused by warm-up packets are counted but not recorded. Runs on the exchange thread only.
 */
final class WireToWireExchange implements SoupBinTcpServerListener, OuchRequestListener {
    private final NanoClock clock;
    private final WireToWireStamps stamps;
    private final long warmupPackets;
    private final OuchRequestDispatcher dispatcher;
    private final WireErrorCounters errors = new WireErrorCounters("wire-to-wire exchange", WireErrorListener.NO_OP);
    private final LatencyRecorder wireToWire = new LatencyRecorder("wire-to-wire (feed send -> exchange receive)");
    private final LatencyRecorder outLeg =
        new LatencyRecorder("gateway -> exchange receive (encode+send+wire)");
    private final UnsafeBuffer response = new UnsafeBuffer(new byte[128]);
    private final OrderAcceptedEncoder accepted = new OrderAcceptedEncoder();
    private final OrderCanceledEncoder canceled = new OrderCanceledEncoder();
    private SoupBinTcpServer server;
    private long receiveNs;
    private long ordersReceived;
    private long ordersMeasured;
    private long unmatched;
    private long responsesRefused;
    private long orderReferenceNumber;

    WireToWireExchange(final NanoClock clock, final WireToWireStamps stamps, final long warmupPackets) {
        this.clock = clock;
        this.stamps = stamps;
        this.warmupPackets = warmupPackets;
        this.dispatcher = new OuchRequestDispatcher(this, errors);
    }

    void server(final SoupBinTcpServer soupServer) {
        this.server = soupServer;
    }

    @Override
    public void onConnected(final int connectionId) {
    }

    @Override
    public void onLoginAccepted(final int connectionId, final long sequenceNumber) {
    }

    @Override
    public void onUnsequencedMessage(final int connectionId, final DirectBuffer buffer, final int offset,
        final int length) {
        receiveNs = clock.nanoTime();
        dispatcher.onMessage(buffer, offset, length);
    }

    @Override
    public void onDisconnected(final int connectionId, final SoupBinTcpDisconnectReason reason) {
    }

    @Override
    public void onEnterOrder(final EnterOrderDecoder message) {
        final long nowNs = receiveNs;
        final long userRefNum = message.userRefNum();
        ordersReceived++;
        final long packetSequence = stamps.orderPacketSequence(userRefNum);
        final long sendNs = packetSequence == WireToWireStamps.MISSING
            ? WireToWireStamps.MISSING : stamps.packetSendNs(packetSequence);
        if (sendNs == WireToWireStamps.MISSING) {
            unmatched++;
        } else if (packetSequence > warmupPackets) {
            wireToWire.record(nowNs - sendNs);
            outLeg.record(nowNs - stamps.orderGatewayNs(userRefNum));
            ordersMeasured++;
        }
        final long quantity = message.quantity();
        int length = accepted.wrap(response, 0)
            .timestamp(nowNs)
            .userRefNum(userRefNum)
            .side(message.side())
            .quantity(quantity)
            .symbol(message.symbol())
            .price(message.price())
            .timeInForce(message.timeInForce())
            .display(Ouch50.DISPLAY_VISIBLE)
            .orderReferenceNumber(++orderReferenceNumber)
            .capacity(Ouch50.CAPACITY_AGENCY)
            .interMarketSweepEligibility(Ouch50.NO)
            .crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
            .orderState(Ouch50.ORDER_STATE_LIVE)
            .clOrdIdNumber(message.clOrdIdNumber())
            .encodedLength();
        if (server.trySendSequenced(response, 0, length) != Result.OK) {
            responsesRefused++;
            return;
        }
        length = canceled.wrap(response, 0).timestamp(nowNs).userRefNum(userRefNum).quantity(quantity)
            .reason(Ouch50.CANCEL_REASON_USER).encodedLength();
        if (server.trySendSequenced(response, 0, length) != Result.OK) {
            responsesRefused++;
        }
    }

    LatencyRecorder wireToWire() {
        return wireToWire;
    }

    LatencyRecorder outLeg() {
        return outLeg;
    }

    long ordersReceived() {
        return ordersReceived;
    }

    long ordersMeasured() {
        return ordersMeasured;
    }

    long unmatched() {
        return unmatched;
    }

    long responsesRefused() {
        return responsesRefused;
    }

    WireErrorCounters errors() {
        return errors;
    }
}
