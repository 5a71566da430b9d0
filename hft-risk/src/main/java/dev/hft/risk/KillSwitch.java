package dev.hft.risk;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.hft.api.Instrument;
import dev.hft.api.OpenOrderView;
import dev.hft.api.Result;
import dev.hft.api.VenueGateway;
import dev.hft.risk.audit.AuditRecord;
import dev.hft.timing.NanoClock;

/**
 * Stops all trading: once triggered, every {@link RiskChecker#check} refuses with
 * {@link dev.hft.api.RejectReason#KILL_SWITCH} at once, and the trading thread's next {@link #doWork()} cancels every
 * open order on every venue.
 *
 * <p><b>Triggers:</b> {@link #trigger(KillReason)} from any thread (an atomic compare-and-set: the first trigger wins
 * and stamps the time); a post-trade limit configured with {@link BreachAction#KILL_SWITCH}; and the venue-disconnect
 * policy: with {@link RiskConfig#venueDisconnectAction(BreachAction)} set, {@link #doWork()} polls every registered
 * gateway's {@link VenueGateway#isConnected()} and a venue going from connected to disconnected triggers the switch
 * ({@code KILL_SWITCH}) or makes the whole checker reduce-only ({@code REDUCE_ONLY}).
 *
 * <p><b>Cancels:</b> for each registered venue in id order: not connected: nothing can be sent, the venue's open
 * orders are counted as unreachable (left to the venue's cancel-on-disconnect); else one
 * {@link VenueGateway#cancelAll(int) mass cancel} for every instrument if the gateway has it; else one
 * {@link VenueGateway#cancelOrder(long)} per open order of that venue, as listed by the {@link OpenOrderView} (the
 * order ledger's view the {@link RiskChecker} was handed, unless another view is set). A transient failure
 * (back-pressure, throttle) stops the run where it is and the next {@code doWork()} resumes it, so no order gets two
 * cancels. When every venue is done, the {@link KillSwitchListener} gets a {@link KillSwitchReport} with the counts and
 * the time from the trigger to the last cancel handed to a gateway, read from this switch's clock.
 *
 * <p>The switch stays engaged until {@link #reset()}. <b>Threading:</b> {@link #trigger}, {@link #isEngaged} and
 * {@link #reason} from any thread; everything else on the trading thread. The clock must be readable from every
 * thread that triggers (a system or calibrated clock, or a manual clock in single-threaded tests).
 */
public final class KillSwitch {

    private static final long NOT_TRIGGERED = Long.MIN_VALUE;
    private static final KillReason[] REASONS = KillReason.values();
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final AtomicInteger reasonOrdinal = new AtomicInteger(0);
    private final AtomicLong triggeredAtNs = new AtomicLong(NOT_TRIGGERED);
    private final NanoClock clock;
    private final KillSwitchListener listener;
    private final VenueGateway[] gateways;
    private final boolean[] wasConnected;
    private final KillSwitchReport report = new KillSwitchReport();
    private long[] ids;
    private OpenOrderView openOrders;
    private RiskChecker checker;
    private BreachAction disconnectAction = BreachAction.NONE;

    private int phase = IDLE;
    private int venueCursor;
    private int idCount = -1;
    private int idCursor;
    private long lastCancelNs = NOT_TRIGGERED;

    /**
     * Creates a kill switch.
     *
     * @param clock     monotonic clock, readable from every triggering thread.
     * @param venues    number of venue ids ({@code 0..venues-1}).
     * @param listener  hears completion; never null.
     */
    public KillSwitch(final NanoClock clock, final int venues, final KillSwitchListener listener) {
        this.clock = clock;
        this.listener = listener;
        this.gateways = new VenueGateway[venues];
        this.wasConnected = new boolean[venues];
        this.ids = new long[0];
    }

    /**
     * Registers the gateway of a venue, whose orders the switch cancels. Start-up, trading thread.
     *
     * @param gateway the gateway; its {@link VenueGateway#venueId()} must be below the venue count.
     * @return this.
     */
    public KillSwitch addVenue(final VenueGateway gateway) {
        final int venueId = gateway.venueId();
        if (venueId < 0 || venueId >= gateways.length) {
            throw new IllegalArgumentException("venue id out of range 0.." + (gateways.length - 1) + ": " + venueId);
        }
        gateways[venueId] = gateway;
        wasConnected[venueId] = gateway.isConnected();
        return this;
    }

    /**
     * Sets the view of open orders per venue (instead of the ledger's view the attached checker forwards).
     *
     * @param view       the view.
     * @param maxOrders  most open orders one venue may have (the copy buffer is preallocated to it).
     * @return this.
     */
    public KillSwitch openOrders(final OpenOrderView view, final int maxOrders) {
        this.openOrders = view;
        if (ids.length < maxOrders) {
            ids = new long[maxOrders];
        }
        return this;
    }

    void attach(final RiskChecker riskChecker, final int maxOrders, final BreachAction onDisconnect) {
        this.checker = riskChecker;
        this.disconnectAction = onDisconnect;
        if (openOrders == null) {
            openOrders(riskChecker, maxOrders);
        }
    }

    /**
     * Triggers the switch; any thread. Only the first trigger since the last {@link #reset()} counts.
     *
     * @param reason why; not {@link KillReason#NONE}.
     * @return {@code true} if this call engaged the switch, {@code false} if it was already engaged.
     */
    public boolean trigger(final KillReason reason) {
        if (reason == KillReason.NONE) {
            throw new IllegalArgumentException("a trigger needs a reason");
        }
        if (reasonOrdinal.compareAndSet(0, reason.ordinal())) {
            triggeredAtNs.set(clock.nanoTime());
            return true;
        }
        return false;
    }

    /**
     * Tells whether the switch is engaged; any thread, one volatile read.
     *
     * @return {@code true} from the first trigger until {@link #reset()}.
     */
    public boolean isEngaged() {
        return reasonOrdinal.get() != 0;
    }

    /**
     * Returns why the switch is engaged; any thread.
     *
     * @return the reason, or {@link KillReason#NONE}.
     */
    public KillReason reason() {
        return REASONS[reasonOrdinal.get()];
    }

    /**
     * Tells whether the last run has sent every cancel it could. Trading thread.
     *
     * @return {@code true} once the completion has been reported, until {@link #reset()}.
     */
    public boolean isCompleted() {
        return phase == DONE;
    }

    /**
     * Returns the last run's report. Trading thread.
     *
     * @return the report (reused).
     */
    public KillSwitchReport report() {
        return report;
    }

    /**
     * Re-arms the switch after an operator decision: new orders pass again. Trading thread; a trigger racing the
     * reset may be lost, so reset only once the cause is understood.
     */
    public void reset() {
        phase = IDLE;
        idCount = -1;
        venueCursor = 0;
        triggeredAtNs.set(NOT_TRIGGERED);
        reasonOrdinal.set(0);
    }

    /**
     * Publishes the checker's staged audit decisions (see {@link dev.hft.risk.audit.AuditLog}), polls venue
     * connections (if a disconnect policy is set) and, when engaged, sends the cancels; call it every duty cycle of
     * the trading thread. Allocation-free.
     *
     * @return work done: cancels and mass cancels sent, connection changes seen.
     */
    public int doWork() {
        if (checker != null) {
            // a batching audit log publishes its staged decisions at least once per duty cycle
            checker.flushAudit();
        }
        int work = 0;
        if (disconnectAction != BreachAction.NONE) {
            work += pollConnections();
        }
        if (phase == DONE || reasonOrdinal.get() == 0) {
            return work;
        }
        final long triggeredAt = triggeredAtNs.get();
        if (triggeredAt == NOT_TRIGGERED) {
            return work;
        }
        if (phase == IDLE) {
            report.clear();
            report.reason = reason();
            phase = RUNNING;
            venueCursor = 0;
            idCount = -1;
            lastCancelNs = NOT_TRIGGERED;
            if (checker != null) {
                checker.auditKillSwitch(AuditRecord.PHASE_TRIGGERED, report);
            }
        }
        return work + run(triggeredAt);
    }

    private int run(final long triggeredAt) {
        int work = 0;
        final VenueGateway[] gateways = this.gateways;
        while (venueCursor < gateways.length) {
            final VenueGateway gateway = gateways[venueCursor];
            if (gateway == null) {
                venueCursor++;
                continue;
            }
            if (idCount < 0) {
                if (!gateway.isConnected()) {
                    report.venues++;
                    report.unreachableVenues++;
                    report.unreachableOrders += openOrders == null ? 0 : openOrders.openOrderCount(venueCursor);
                    venueCursor++;
                    continue;
                }
                final int result = gateway.cancelAll(Instrument.NULL_INSTRUMENT_ID);
                if (result >= 0) {
                    lastCancelNs = clock.nanoTime();
                    report.venues++;
                    report.massCancels++;
                    venueCursor++;
                    work++;
                    continue;
                }
                if (Result.isTransient(result)) {
                    return work;
                }
                if (result != Result.UNSUPPORTED) {
                    report.failures++;
                }
                idCount = openOrders == null ? 0 : openOrders.copyOpenOrderIds(venueCursor, ids);
                idCursor = 0;
            }
            // locals in the loop: nothing but the gateway call and a register increment per cancel
            final long[] ids = this.ids;
            final int count = idCount;
            int cursor = idCursor;
            int sent = 0;
            int unknown = 0;
            int failures = 0;
            while (cursor < count) {
                final int result = gateway.cancelOrder(ids[cursor]);
                if (result >= 0) {
                    sent++;
                } else if (Result.isTransient(result)) {
                    break;
                } else if (result == Result.UNKNOWN_ORDER) {
                    unknown++;
                } else {
                    failures++;
                }
                cursor++;
            }
            idCursor = cursor;
            report.unknownOrders += unknown;
            report.failures += failures;
            if (sent > 0) {
                lastCancelNs = clock.nanoTime();
                report.ordersCanceled += sent;
                work += sent;
            }
            if (idCursor < idCount) {
                return work;
            }
            report.venues++;
            idCount = -1;
            venueCursor++;
        }
        phase = DONE;
        report.triggerToLastCancelNs = lastCancelNs == NOT_TRIGGERED ? -1 : lastCancelNs - triggeredAt;
        if (checker != null) {
            checker.auditKillSwitch(AuditRecord.PHASE_COMPLETED, report);
        }
        listener.onKillSwitchCompleted(report);
        return work + 1;
    }

    private int pollConnections() {
        int changes = 0;
        for (int v = 0; v < gateways.length; v++) {
            final VenueGateway gateway = gateways[v];
            if (gateway == null) {
                continue;
            }
            final boolean connected = gateway.isConnected();
            if (connected != wasConnected[v]) {
                wasConnected[v] = connected;
                changes++;
                if (!connected) {
                    onVenueDisconnected(v);
                }
            }
        }
        return changes;
    }

    /**
     * Applies the venue-disconnect policy to a venue the host knows has disconnected (the switch also detects it by
     * polling, see the class comment). Trading thread.
     *
     * @param venueId the venue that disconnected.
     */
    public void onVenueDisconnected(final int venueId) {
        if (disconnectAction == BreachAction.KILL_SWITCH) {
            trigger(KillReason.VENUE_DISCONNECT);
        } else if (disconnectAction == BreachAction.REDUCE_ONLY && checker != null) {
            checker.tradingState(Scope.GLOBAL, 0, TradingState.REDUCE_ONLY);
        }
    }
}
