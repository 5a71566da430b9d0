package dev.hft.net.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.SystemClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** FixVenueGateway against our acceptor with a scripted venue: new, partial fill, replace, cancel, cancel reject. */
@Timeout(60)
class FixVenueGatewayTest {
    @TempDir
    Path clientDir;
    @TempDir
    Path venueDir;

    /** Venue: D -> New + partial fill of 40 at the limit; G -> Replaced; F -> Canceled, or rejected for id 99. */
    static final class Venue implements FixSessionListener {
        FixSession session;

        @Override
        public void onMessage(final int msgType, final FixMessageDecoder m) {
            final String clOrdId = m.getString(FixTags.CL_ORD_ID).toString();
            if (msgType == FixMsgType.NEW_ORDER_SINGLE) {
                report('0', clOrdId, null, m.getQuantity(FixTags.ORDER_QTY), 0, m.getPrice(FixTags.PRICE));
                report('F', clOrdId, null, m.getQuantity(FixTags.ORDER_QTY), 40, m.getPrice(FixTags.PRICE));
            } else if (msgType == FixMsgType.ORDER_CANCEL_REPLACE_REQUEST) {
                report('5', clOrdId, m.getString(FixTags.ORIG_CL_ORD_ID).toString(), m.getQuantity(FixTags.ORDER_QTY),
                    40, m.getPrice(FixTags.PRICE));
            } else if (msgType == FixMsgType.ORDER_CANCEL_REQUEST) {
                final String orig = m.getString(FixTags.ORIG_CL_ORD_ID).toString();
                if (orig.equals("99")) {
                    final FixEncoder reject = session.claim(FixMsgType.ORDER_CANCEL_REJECT);
                    reject.putString(FixTags.ORDER_ID, "NONE").putString(FixTags.CL_ORD_ID, clOrdId)
                        .putString(FixTags.ORIG_CL_ORD_ID, orig).putChar(FixTags.ORD_STATUS, '8')
                        .putChar(FixTags.CXL_REJ_RESPONSE_TO, '1').putInt(FixTags.CXL_REJ_REASON, 1);
                    session.commit();
                } else {
                    report('4', clOrdId, orig, 150, 40, FixedPoint.SCALE);
                }
            }
        }

        private void report(final char execType, final String clOrdId, final String orig, final long qty,
            final long cum, final long price) {
            final FixEncoder er = session.claim(FixMsgType.EXECUTION_REPORT);
            er.putString(FixTags.ORDER_ID, "V-" + (orig == null ? clOrdId : orig))
                .putString(FixTags.EXEC_ID, "X-" + execType + clOrdId).putChar(FixTags.EXEC_TYPE, execType)
                .putChar(FixTags.ORD_STATUS, execType == 'F' ? '1' : execType).putString(FixTags.CL_ORD_ID, clOrdId);
            if (orig != null) {
                er.putString(FixTags.ORIG_CL_ORD_ID, orig);
            }
            er.putString(FixTags.SYMBOL, "AAPL").putChar(FixTags.SIDE, '1').putLong(FixTags.ORDER_QTY, qty)
                .putPrice(FixTags.PRICE, price).putLong(FixTags.LEAVES_QTY, execType == '4' ? 0 : qty - cum)
                .putLong(FixTags.CUM_QTY, cum).putPrice(FixTags.AVG_PX, price)
                .putTimestamp(FixTags.TRANSACT_TIME, 1_700_000_000_000_000_000L);
            if (execType == 'F') {
                er.putLong(FixTags.LAST_QTY, cum).putPrice(FixTags.LAST_PX, price).putChar(FixTags.LAST_LIQUIDITY_IND,
                    '1');
            }
            session.commit();
        }
    }

    /** Records events as text. */
    static final class Events implements OrderEventListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
            final long timestampNs) {
            events.add("accepted " + clientOrderId + " " + (venueOrderId != 0) + " " + timestampNs);
        }

        @Override
        public void onFill(final int venueId, final long clientOrderId, final long executionId, final long lastPrice,
            final long lastQuantity, final long leavesQuantity, final Liquidity liquidity, final long timestampNs) {
            events.add("fill " + clientOrderId + " " + FixedPoint.format(lastPrice) + " " + lastQuantity + " "
                + leavesQuantity + " " + liquidity);
        }

        @Override
        public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
            final long priceFixed, final long quantity, final long timestampNs) {
            events.add("replaced " + origClientOrderId + "->" + clientOrderId + " " + FixedPoint.format(priceFixed)
                + " " + quantity);
        }

        @Override
        public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
            final RejectReason reason, final long timestampNs) {
            events.add("canceled " + clientOrderId + " " + canceledQuantity + " " + reason);
        }

        @Override
        public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            events.add("cancel rejected " + clientOrderId + " " + reason);
        }
    }

    @Test
    void shouldSendOrdersAndReportVenueNeutralEvents() {
        final InstrumentRegistry instruments = new InstrumentRegistry();
        instruments.add("AAPL", FixedPoint.SCALE / 100, 1, 2);
        final Venue venue = new Venue();
        final Events events = new Events();
        final FixAcceptor acceptor = new FixAcceptor(new FixSessionConfig("VENUE", "CLIENT", venueDir),
            new InetSocketAddress("127.0.0.1", 0), SystemClock.INSTANCE, venue,
            new WireErrorCounters("venue", WireErrorListener.NO_OP));
        venue.session = acceptor.session();
        final FixVenueGateway[] gateway = new FixVenueGateway[1];
        final FixInitiator initiator = new FixInitiator(new FixSessionConfig("CLIENT", "VENUE", clientDir),
            new InetSocketAddress("127.0.0.1", acceptor.port()), SystemClock.INSTANCE, new FixSessionListener() {
                @Override
                public void onMessage(final int msgType, final FixMessageDecoder message) {
                    gateway[0].onMessage(msgType, message);
                }
            }, new WireErrorCounters("client", WireErrorListener.NO_OP));
        gateway[0] = new FixVenueGateway(7, initiator.session(), instruments, events, SystemClock.INSTANCE, 64);
        final FixVenueGateway fix = gateway[0];
        try {
            assertEquals(Result.NOT_CONNECTED, fix.newOrder(1, 0, Side.BUY, 100, FixedPoint.parse("187.25"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            poll(acceptor, initiator, fix::isConnected);
            assertEquals(Result.INVALID_ARGUMENT, fix.newOrder(1, 5, Side.BUY, 100, FixedPoint.SCALE,
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            assertEquals(Result.INVALID_ARGUMENT, fix.newOrder(1, 0, Side.BUY, 100, FixedPoint.NULL_PRICE,
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            assertEquals(Result.UNKNOWN_ORDER, fix.cancelOrder(99));
            assertEquals(Result.OK, fix.newOrder(1, 0, Side.BUY, 100, FixedPoint.parse("187.25"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            poll(acceptor, initiator, () -> events.events.size() == 2);
            assertEquals(Result.OK, fix.replaceOrder(1, 2, 150, FixedPoint.parse("187.5")));
            poll(acceptor, initiator, () -> events.events.size() == 3);
            assertEquals(Result.OK, fix.cancelOrder(2));
            poll(acceptor, initiator, () -> events.events.size() == 4);
            assertEquals(Result.OK, fix.newOrder(99, 0, Side.BUY, 100, FixedPoint.SCALE, OrderType.LIMIT,
                TimeInForce.IOC, ExecInstructions.NONE));
            poll(acceptor, initiator, () -> events.events.size() == 6);
            assertEquals(Result.OK, fix.cancelOrder(99));
            poll(acceptor, initiator, () -> events.events.size() == 7);
            assertEquals(List.of(
                "accepted 1 true 1700000000000000000",
                "fill 1 187.25 40 60 ADDED",
                "replaced 1->2 187.5 110",
                "canceled 2 110 NONE",
                "accepted 99 true 1700000000000000000",
                "fill 99 1 40 60 ADDED",
                "cancel rejected 99 UNKNOWN_ORDER"), events.events);
        } finally {
            initiator.close();
            acceptor.close();
        }
    }

    private static void poll(final FixAcceptor acceptor, final FixInitiator initiator, final BooleanSupplier done) {
        final long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean()) {
            acceptor.doWork();
            initiator.doWork();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
        }
    }
}
