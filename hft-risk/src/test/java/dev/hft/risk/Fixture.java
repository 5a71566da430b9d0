package dev.hft.risk;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.risk.audit.AuditLog;
import dev.hft.timing.ManualClock;

/** A checker on a manual clock with recording listeners, for tests. */
final class Fixture {
    final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    final List<KillSwitchReport> reports = new ArrayList<>();
    final List<String> breaches = new ArrayList<>();
    final AuditLog audit = new AuditLog(1 << 20);
    final KillSwitch killSwitch;
    final RiskChecker checker;
    final TestLedger orders;
    long nextId = 1;

    Fixture(final RiskConfig config) {
        killSwitch = new KillSwitch(clock, config.venues, report -> reports.add(copy(report)));
        checker = new RiskChecker(config, clock, killSwitch, audit,
            (scope, id, limit, action, value, limitValue) -> breaches.add(scope + " " + id + " " + limit + " "
                + action));
        orders = new TestLedger(checker);
    }

    private static KillSwitchReport copy(final KillSwitchReport report) {
        final KillSwitchReport copy = new KillSwitchReport();
        copy.reason = report.reason;
        copy.triggerToLastCancelNs = report.triggerToLastCancelNs;
        copy.venues = report.venues;
        copy.massCancels = report.massCancels;
        copy.ordersCanceled = report.ordersCanceled;
        copy.unknownOrders = report.unknownOrders;
        copy.failures = report.failures;
        copy.unreachableVenues = report.unreachableVenues;
        copy.unreachableOrders = report.unreachableOrders;
        return copy;
    }

    static long px(final String text) {
        return FixedPoint.parse(text);
    }

    RejectReason check(final int instrument, final Side side, final long quantity, final String price) {
        return checker.check(nextId, 0, instrument, 0, 0, side, quantity, price == null ? FixedPoint.NULL_PRICE
            : px(price));
    }

    /** Checks and, if accepted, sends; returns the reason. */
    RejectReason send(final int instrument, final Side side, final long quantity, final String price) {
        return send(0, instrument, 0, 0, side, quantity, price);
    }

    RejectReason send(final int venue, final int instrument, final int strategy, final int account, final Side side,
        final long quantity, final String price) {
        final long id = nextId++;
        final long priceFixed = price == null ? FixedPoint.NULL_PRICE : px(price);
        final RejectReason reason = checker.check(id, venue, instrument, strategy, account, side, quantity,
            priceFixed);
        if (reason == RejectReason.NONE) {
            orders.onOrderSent(id, venue, instrument, strategy, account, side, quantity, priceFixed);
        }
        return reason;
    }

    long lastId() {
        return nextId - 1;
    }
}
