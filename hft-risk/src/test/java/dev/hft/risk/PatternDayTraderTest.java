package dev.hft.risk;

import static dev.hft.api.RejectReason.NONE;
import static dev.hft.api.RejectReason.PATTERN_DAY_TRADER;
import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hft.api.Side;

import org.junit.jupiter.api.Test;

class PatternDayTraderTest {

    private static Fixture fixture() {
        final RiskConfig config = new RiskConfig().instruments(4).accounts(2);
        config.limits(Scope.ACCOUNT, 0).patternDayTrader(true).equity("24999.99");
        return new Fixture(config);
    }

    private static void fill(final Fixture f, final int instrument, final Side side) {
        f.checker.onExternalFill(instrument, 0, 0, side, px("10"), 10);
    }

    @Test
    void shouldCountDayTradesAsDefined() {
        final Fixture f = fixture();
        f.checker.startOfDay(100);
        fill(f, 0, Side.BUY);
        fill(f, 0, Side.BUY);
        fill(f, 0, Side.SELL);
        fill(f, 0, Side.SELL);
        assertEquals(1, f.checker.dayTrades(0), "buy, buy, sell, sell");
        fill(f, 1, Side.BUY);
        fill(f, 1, Side.SELL);
        fill(f, 1, Side.BUY);
        fill(f, 1, Side.SELL);
        assertEquals(3, f.checker.dayTrades(0), "buy, sell, buy, sell is two");
        f.checker.startOfDay(101);
        fill(f, 1, Side.SELL);
        assertEquals(3, f.checker.dayTrades(0), "a new day: the first fill only opens");
        f.checker.startOfDay(105);
        assertEquals(0, f.checker.dayTrades(0), "day 100 has left the 5-day window");
    }

    @Test
    void shouldRefuseTheFourthDayTradeUnder25000() {
        final Fixture f = fixture();
        f.checker.startOfDay(7);
        for (int i = 0; i < 3; i++) {
            fill(f, i, Side.BUY);
            fill(f, i, Side.SELL);
        }
        assertEquals(3, f.checker.dayTrades(0));
        fill(f, 3, Side.BUY);
        assertEquals(PATTERN_DAY_TRADER, f.send(3, Side.SELL, 10, "10"), "would complete a fourth");
        assertEquals(NONE, f.send(3, Side.BUY, 10, "10"), "adding to the position is no day trade");
        assertEquals(NONE, f.send(0, 3, 0, 1, Side.SELL, 10, "10"), "account 1 has the check off");
        f.checker.accountEquity(0, px("25000"));
        assertEquals(NONE, f.send(3, Side.SELL, 10, "10"), "equity at the threshold");
        f.checker.accountEquity(0, px("100"));
        f.checker.startOfDay(8);
        assertEquals(NONE, f.send(3, Side.SELL, 11, "10"), "yesterday's position: no opening fill today");
        f.checker.startOfDay(12);
        fill(f, 0, Side.BUY);
        assertEquals(NONE, f.send(0, Side.SELL, 12, "10"), "the day-7 trades have left the window");
    }
}
