package dev.hft.risk;

import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.risk.audit.AuditDrainer;
import dev.hft.risk.audit.AuditSink;
import dev.hft.timing.AllocationMeter;

import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static final AuditSink DISCARD = new AuditSink() {
        @Override
        public void onRecord(final int type, final DirectBuffer buffer, final int offset, final int length) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Test
    void shouldCheckWithEveryCheckEnabledWithoutAllocating() {
        final Fixture f = new Fixture(AllChecks.config());
        final RiskChecker checker = f.checker;
        final TestLedger orders = f.orders;
        final AuditDrainer drainer = new AuditDrainer(f.audit, DISCARD, 10_000);
        for (int i = 0; i < 8; i++) {
            checker.onBbo(i, px("99.99"), px("100.01"));
        }
        final long[] accepted = new long[1];
        final long[] counter = new long[1];
        final Runnable work = () -> {
            for (int n = 0; n < 20_000; n++) {
                final long k = counter[0]++;
                f.clock.advance(100_000);
                final int instrument = (int) (k % 7);
                final Side side = (k & 1) == 0 ? Side.BUY : Side.SELL;
                final long price = px("99.5") + (k % 100) * px("0.01");
                final RejectReason reason = checker.check(k + 1, (int) (k & 1), instrument, (int) ((k >> 1) % 4),
                    (int) ((k >> 1) % 3), side, 100, price);
                if (reason == RejectReason.NONE) {
                    accepted[0]++;
                    orders.onOrderSent(k + 1, (int) (k & 1), instrument, (int) ((k >> 1) % 4), (int) ((k >> 1) % 3),
                        side, 100, price);
                    orders.onFill(0, k + 1, k, price, 40, 60, Liquidity.ADDED, 0);
                    if ((k & 3) == 0) {
                        orders.checkReplace(k + 1, -(k + 1), 120, price);
                        orders.onReplaceSent(k + 1, -(k + 1), 120, price);
                        orders.onReplaced(0, -(k + 1), k + 1, price, 80, 0);
                        orders.checkCancel(-(k + 1));
                        orders.onCanceled(0, -(k + 1), 80, RejectReason.NONE, 0);
                    } else {
                        orders.checkCancel(k + 1);
                        orders.onCanceled(0, k + 1, 60, RejectReason.NONE, 0);
                    }
                }
                if ((k & 15) == 0) {
                    checker.onBbo(instrument, price - px("0.01"), price + px("0.01"));
                }
                drainer.doWork();
            }
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(work, 5, 5));
        assertEquals(0, f.audit.droppedRecords());
        assertEquals(false, f.killSwitch.isEngaged());
        assertEquals(counter[0], accepted[0], "every order passes every check: " + f.checker.rejects() + " rejects");
    }

    @Test
    void shouldCancelThroughTheKillSwitchWithoutAllocating() {
        final Fixture f = new Fixture(new RiskConfig());
        final int[] completed = new int[1];
        final KillSwitch killSwitch = new KillSwitch(f.clock, 2, report -> completed[0]++);
        final RiskChecker checker = new RiskChecker(new RiskConfig().venues(2).maxOpenOrdersCapacity(2_000), f.clock,
            killSwitch, f.audit, RiskListener.NO_OP);
        final TestLedger orders = new TestLedger(checker);
        final AuditDrainer drainer = new AuditDrainer(f.audit, DISCARD, 10_000);
        final InMemoryGateway single = new InMemoryGateway(0, false, 1_000_000);
        final InMemoryGateway mass = new InMemoryGateway(1, true);
        killSwitch.addVenue(single).addVenue(mass);
        final long[] ids = new long[1];
        final Runnable work = () -> {
            for (int i = 0; i < 1_000; i++) {
                orders.onOrderSent(++ids[0], i & 1, 0, 0, 0, Side.BUY, 1, px("10"));
            }
            killSwitch.trigger(KillReason.MANUAL);
            killSwitch.doWork();
            single.cancelCount = 0;
            for (long id = ids[0] - 999; id <= ids[0]; id++) {
                orders.onCanceled(0, id, 1, RejectReason.NONE, 0);
            }
            killSwitch.reset();
            drainer.doWork();
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(work, 5, 5));
        assertEquals(true, completed[0] >= 6, "one report per run");
    }
}
