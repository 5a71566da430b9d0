package dev.hft.bench;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.timing.NanoClock;
import dev.hft.timing.StageTimer;
import org.agrona.concurrent.Agent;

/**
 * The end of the wire-to-wire trading path: a thin {@link VenueGateway} in front of the real
 * {@link OuchVenueGateway} (OUCH 5.0 Enter Order over {@link dev.hft.net.soupbintcp.SoupBinTcpClient}) that marks
 * the OMS+risk stage (on entry) and the encode+send stage (when the socket write has returned), and tells the
 * exchange side which market-data packet caused each order. The engine polls the OUCH session through it (an
 * {@link Agent}) every duty cycle and closes it with the engine.
 *
 * <p>Before each Enter Order goes out it publishes, in {@link WireToWireStamps}, the MoldUDP64 sequence number of
 * the packet being handled and the time the order reached the gateway, under the UserRefNum the OUCH gateway is
 * about to use (it numbers Enter Orders 1, 2, 3... and this harness sends nothing else that takes one). No
 * allocation, no lock: three array stores, the last a release store.
 */
final class WireToWireGateway implements VenueGateway, Agent, AutoCloseable {
    private final OuchVenueGateway ouch;
    private final StageTimer timer;
    private final NanoClock clock;
    private final WireToWireStamps stamps;
    private final int omsRiskStage;
    private long nextUserRefNum = 1;
    private long packetSequence;
    private long sent;
    private long refused;

    WireToWireGateway(final OuchVenueGateway ouch, final StageTimer timer, final NanoClock clock,
        final WireToWireStamps stamps, final int omsRiskStage) {
        this.ouch = ouch;
        this.timer = timer;
        this.clock = clock;
        this.stamps = stamps;
        this.omsRiskStage = omsRiskStage;
    }

    /** The MoldUDP64 sequence number of the packet being handled; set before it is dispatched. */
    void packetSequence(final long sequenceNumber) {
        this.packetSequence = sequenceNumber;
    }

    long sent() {
        return sent;
    }

    long refused() {
        return refused;
    }

    @Override
    public int venueId() {
        return ouch.venueId();
    }

    @Override
    public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        final long gatewayNs = clock.nanoTime();
        timer.mark(omsRiskStage, gatewayNs);
        final long userRefNum = nextUserRefNum;
        stamps.publishOrder(userRefNum, packetSequence, gatewayNs);
        final int result = ouch.newOrder(clientOrderId, instrumentId, side, quantity, priceFixed, type, timeInForce,
            execInstructions);
        timer.mark(omsRiskStage + 1);
        if (result == Result.OK) {
            nextUserRefNum = userRefNum + 1;
            sent++;
        } else {
            refused++;
        }
        return result;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        return ouch.cancelOrder(clientOrderId);
    }

    @Override
    public int replaceOrder(final long origClientOrderId, final long newClientOrderId, final long quantity,
        final long priceFixed) {
        return Result.UNSUPPORTED;
    }

    @Override
    public boolean isConnected() {
        return ouch.isConnected();
    }

    @Override
    public RejectReason lastRejectReason() {
        return ouch.lastRejectReason();
    }

    @Override
    public int doWork() {
        return ouch.poll();
    }

    @Override
    public String roleName() {
        return "wire-to-wire-ouch";
    }

    @Override
    public void close() {
        ouch.close();
    }
}
