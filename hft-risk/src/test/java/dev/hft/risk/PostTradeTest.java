package dev.hft.risk;

import static dev.hft.api.RejectReason.KILL_SWITCH;
import static dev.hft.api.RejectReason.NONE;
import static dev.hft.api.RejectReason.REDUCE_ONLY;
import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.hft.api.Liquidity;
import dev.hft.api.Side;

import org.junit.jupiter.api.Test;

class PostTradeTest {

    @Test
    void shouldGoReduceOnlyOnDailyLossIncludingUnrealized() {
        final RiskConfig config = new RiskConfig().strategies(2);
        config.limits(Scope.STRATEGY, 0).maxDailyLoss("500", BreachAction.REDUCE_ONLY);
        final Fixture f = new Fixture(config);
        f.checker.onExternalFill(0, 0, 0, Side.BUY, px("10"), 100);
        f.checker.onExternalFill(0, 0, 0, Side.SELL, px("8"), 50);
        assertEquals(px("-200"), f.checker.pnl(Scope.STRATEGY, 0), "realized -100, unrealized -100 at last fill 8");
        f.checker.onBbo(0, px("2"), px("2"));
        assertEquals(px("-500"), f.checker.pnl(Scope.STRATEGY, 0));
        assertEquals(List.of(), f.breaches, "a loss of 500 is at the limit");
        f.checker.onBbo(0, px("0.01"), px("0.01"));
        assertEquals(List.of("STRATEGY 0 DAILY_LOSS REDUCE_ONLY"), f.breaches);
        assertEquals(TradingState.REDUCE_ONLY, f.checker.tradingState(Scope.STRATEGY, 0));
        assertEquals(REDUCE_ONLY, f.send(0, Side.BUY, 1, "0.01"));
        assertEquals(NONE, f.send(0, Side.SELL, 50, "0.01"));
        assertEquals(NONE, f.send(0, 0, 1, 0, Side.BUY, 1, "0.01"), "strategy 1 is not affected");
        f.checker.onBbo(0, px("0.02"), px("0.02"));
        f.checker.onBbo(0, px("0.01"), px("0.01"));
        assertEquals(1, f.breaches.size(), "reported once per day");
        f.checker.startOfDay(1);
        assertEquals(0, f.checker.pnl(Scope.STRATEGY, 0), "a new day starts at zero");
    }

    @Test
    void shouldTriggerTheKillSwitchOnDrawdownFromThePeak() {
        final RiskConfig config = new RiskConfig();
        config.global().maxDrawdown("300", BreachAction.KILL_SWITCH);
        final Fixture f = new Fixture(config);
        f.checker.onExternalFill(0, 0, 0, Side.BUY, px("10"), 100);
        f.checker.onBbo(0, px("15"), px("15"));
        assertEquals(px("500"), f.checker.pnl(Scope.GLOBAL, 0));
        f.checker.onBbo(0, px("12"), px("12"));
        assertFalse(f.killSwitch.isEngaged(), "drawdown 300 is at the limit");
        f.checker.onBbo(0, px("11.99"), px("11.99"));
        assertTrue(f.killSwitch.isEngaged());
        assertEquals(KillReason.DRAWDOWN, f.killSwitch.reason());
        assertEquals(KILL_SWITCH, f.send(0, Side.SELL, 1, "11.99"));
        assertEquals(List.of("GLOBAL 0 DRAWDOWN KILL_SWITCH"), f.breaches);
    }

    @Test
    void shouldActOnAFillRateAnomaly() {
        final RiskConfig config = new RiskConfig().accounts(2).rateWindowMs(1000);
        config.limits(Scope.ACCOUNT, 1).maxFillsPerSecond(3, BreachAction.KILL_SWITCH);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.send(0, 0, 0, 1, Side.BUY, 100, "10"));
        final long id = f.lastId();
        for (int i = 0; i < 3; i++) {
            f.orders.onFill(0, id, i, px("10"), 1, 99 - i, Liquidity.ADDED, 0);
            f.clock.advance(100_000_000);
        }
        assertFalse(f.killSwitch.isEngaged());
        f.clock.advance(700_000_000);
        f.orders.onFill(0, id, 3, px("10"), 1, 96, Liquidity.ADDED, 0);
        assertFalse(f.killSwitch.isEngaged(), "the first fill left the window");
        f.orders.onFill(0, id, 4, px("10"), 1, 95, Liquidity.ADDED, 0);
        assertTrue(f.killSwitch.isEngaged());
        assertEquals(KillReason.FILL_RATE, f.killSwitch.reason());
        assertEquals(List.of("ACCOUNT 1 MESSAGE_RATE KILL_SWITCH"), f.breaches);
        assertEquals(5, f.checker.position(Scope.ACCOUNT, 1, 0));
        assertEquals(95, f.checker.openBuyQuantity(Scope.ACCOUNT, 1, 0));
    }
}
