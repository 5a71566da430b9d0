package dev.hft.risk;

import static dev.hft.api.RejectReason.KILL_SWITCH;
import static dev.hft.api.RejectReason.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.hft.api.Side;
import dev.hft.timing.SystemClock;

import org.junit.jupiter.api.Test;

class KillSwitchTest {

    private static Fixture fixture(final int venues, final BreachAction onDisconnect) {
        return new Fixture(new RiskConfig().instruments(4).venues(venues).venueDisconnectAction(onDisconnect));
    }

    private static void openOrders(final Fixture f, final int venue, final int count) {
        for (int i = 0; i < count; i++) {
            assertEquals(NONE, f.send(venue, i % 4, 0, 0, i % 2 == 0 ? Side.BUY : Side.SELL, 1 + i, "10"));
        }
    }

    @Test
    void shouldCancelEveryOpenOrderOnEveryVenue() {
        final Fixture f = fixture(4, BreachAction.NONE);
        final InMemoryGateway mass = new InMemoryGateway(0, true);
        final InMemoryGateway single = new InMemoryGateway(1, false);
        final InMemoryGateway singleToo = new InMemoryGateway(2, false);
        final InMemoryGateway down = new InMemoryGateway(3, true);
        down.connected = false;
        f.killSwitch.addVenue(mass).addVenue(single).addVenue(singleToo).addVenue(down);
        openOrders(f, 0, 5);
        openOrders(f, 1, 7);
        openOrders(f, 3, 2);
        final Set<Long> venue1 = new HashSet<>();
        for (long id = 6; id <= 12; id++) {
            venue1.add(id);
        }
        assertEquals(0, f.killSwitch.doWork(), "nothing to do before a trigger");
        assertTrue(f.killSwitch.trigger(KillReason.MANUAL));
        assertFalse(f.killSwitch.trigger(KillReason.DRAWDOWN), "the first trigger wins");
        assertEquals(KILL_SWITCH, f.send(0, 0, 0, 0, Side.BUY, 1, "10"), "blocked before the trading thread acts");
        assertTrue(f.killSwitch.doWork() > 0);
        assertEquals(1, mass.massCancels);
        assertEquals(venue1, new HashSet<>(single.canceled));
        assertEquals(List.of(), singleToo.canceled);
        assertEquals(0, down.massCancels);
        assertEquals(1, f.reports.size());
        final KillSwitchReport report = f.reports.get(0);
        assertEquals(KillReason.MANUAL, report.reason());
        assertEquals(4, report.venues());
        assertEquals(1, report.massCancels());
        assertEquals(7, report.ordersCanceled());
        assertEquals(1, report.unreachableVenues());
        assertEquals(2, report.unreachableOrders());
        assertEquals(0, report.failures());
        assertEquals(0, report.triggerToLastCancelNs(), "manual clock: no time passed");
        assertTrue(f.killSwitch.isCompleted());
        assertEquals(0, f.killSwitch.doWork(), "reported once");
        assertEquals(1, f.reports.size());
    }

    @Test
    void shouldResumeAfterBackPressureWithoutCancelingTwice() {
        final Fixture f = fixture(1, BreachAction.NONE);
        final InMemoryGateway gateway = new InMemoryGateway(0, false);
        gateway.backPressureEvery = 3;
        f.killSwitch.addVenue(gateway);
        openOrders(f, 0, 10);
        f.killSwitch.trigger(KillReason.MANUAL);
        int rounds = 0;
        while (!f.killSwitch.isCompleted() && rounds < 100) {
            f.killSwitch.doWork();
            rounds++;
        }
        assertTrue(rounds > 1);
        assertEquals(10, gateway.canceled.size());
        assertEquals(10, new HashSet<>(gateway.canceled).size());
        assertEquals(10, f.reports.get(0).ordersCanceled());
    }

    @Test
    void shouldBlockNewOrdersAtOnceWhenTriggeredFromAnotherThread() throws InterruptedException {
        final Fixture f = fixture(1, BreachAction.NONE);
        final KillSwitch killSwitch = new KillSwitch(SystemClock.INSTANCE, 1, report -> { });
        final RiskChecker checker = new RiskChecker(new RiskConfig(), f.clock, killSwitch, f.audit,
            RiskListener.NO_OP);
        final TestLedger orders = new TestLedger(checker);
        final InMemoryGateway gateway = new InMemoryGateway(0, false);
        killSwitch.addVenue(gateway);
        assertTrue(orders.onOrderSent(1, 0, 0, 0, 0, Side.BUY, 5, Fixture.px("10")));
        final CountDownLatch triggered = new CountDownLatch(1);
        final Thread operator = new Thread(() -> {
            killSwitch.trigger(KillReason.MANUAL);
            triggered.countDown();
        });
        operator.start();
        assertTrue(triggered.await(10, TimeUnit.SECONDS));
        operator.join();
        assertTrue(killSwitch.isEngaged());
        assertEquals(KILL_SWITCH, checker.check(2, 0, 0, 0, 0, Side.BUY, 1, Fixture.px("10")));
        killSwitch.doWork();
        assertEquals(List.of(1L), gateway.canceled);
        assertTrue(killSwitch.report().triggerToLastCancelNs() >= 0);
        killSwitch.reset();
        assertEquals(NONE, checker.check(3, 0, 0, 0, 0, Side.BUY, 1, Fixture.px("10")));
    }

    @Test
    void shouldTriggerOnVenueDisconnectUnderTheKillPolicy() {
        final Fixture f = fixture(2, BreachAction.KILL_SWITCH);
        final InMemoryGateway a = new InMemoryGateway(0, false);
        final InMemoryGateway b = new InMemoryGateway(1, true);
        f.killSwitch.addVenue(a).addVenue(b);
        openOrders(f, 0, 3);
        f.killSwitch.doWork();
        assertFalse(f.killSwitch.isEngaged());
        b.connected = false;
        f.killSwitch.doWork();
        assertEquals(KillReason.VENUE_DISCONNECT, f.killSwitch.reason());
        assertTrue(f.killSwitch.isCompleted());
        assertEquals(3, a.canceled.size());
        assertEquals(1, f.reports.get(0).unreachableVenues());
    }

    @Test
    void shouldGoReduceOnlyOnVenueDisconnectUnderTheReduceOnlyPolicy() {
        final Fixture f = fixture(1, BreachAction.REDUCE_ONLY);
        final InMemoryGateway a = new InMemoryGateway(0, false);
        f.killSwitch.addVenue(a);
        a.connected = false;
        f.killSwitch.doWork();
        assertFalse(f.killSwitch.isEngaged());
        assertEquals(TradingState.REDUCE_ONLY, f.checker.tradingState(Scope.GLOBAL, 0));
    }

    @Test
    void shouldCancelTenThousandOrdersOnOneVenueInOneDutyCycle() {
        final Fixture f = new Fixture(new RiskConfig().instruments(16).venues(2).maxOpenOrdersCapacity(20_000));
        final InMemoryGateway single = new InMemoryGateway(0, false, 20_000);
        final InMemoryGateway mass = new InMemoryGateway(1, true);
        f.killSwitch.addVenue(single).addVenue(mass);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(f.orders.onOrderSent(i + 1, i % 2, i % 16, 0, 0, Side.BUY, 1, Fixture.px("10")));
        }
        f.killSwitch.trigger(KillReason.MANUAL);
        f.killSwitch.doWork();
        assertTrue(f.killSwitch.isCompleted());
        assertEquals(5_000, single.cancelCount);
        assertEquals(1, mass.massCancels);
        assertEquals(5_000, f.reports.get(0).ordersCanceled());
    }
}
