package dev.hft.risk;

import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;

import dev.hft.api.RejectReason;
import dev.hft.api.Side;

import org.junit.jupiter.api.Test;

class RiskConfigTest {

    static Path yaml() throws URISyntaxException {
        return Path.of(RiskConfigTest.class.getResource("/risk-limits.yaml").toURI());
    }

    @Test
    void shouldLoadEveryFieldFromAYamlFile() throws URISyntaxException {
        final RiskConfig config = RiskConfig.load(yaml());
        assertEquals(3, config.instruments);
        assertEquals(2, config.strategies);
        assertEquals(4096, config.maxOpenOrdersCapacity);
        assertEquals(BreachAction.KILL_SWITCH, config.venueDisconnectAction());
        assertEquals(1000, config.global().maxOpenOrders);
        assertEquals("10000000", config.global().maxGrossExposure);
        assertEquals(BreachAction.KILL_SWITCH, config.global().dailyLossAction);
        assertEquals(CollarReference.BBO, config.defaults(Scope.INSTRUMENT).collarReference);
        assertEquals("5", config.defaults(Scope.INSTRUMENT).collarPercent);
        assertEquals(50, config.defaults(Scope.STRATEGY).duplicateWindowMs);
        assertEquals(BreachAction.REDUCE_ONLY, config.defaults(Scope.STRATEGY).fillRateAction);
        assertEquals(2, config.instrumentLimits.size());
        assertEquals(20, config.limits(Scope.INSTRUMENT, 0).collarTicks);
        assertEquals(TradingState.HALTED, config.limits(Scope.INSTRUMENT, 2).tradingState);
        assertEquals(Boolean.TRUE, config.limits(Scope.INSTRUMENT, 2).restricted);
        assertEquals("100000.50", config.limits(Scope.STRATEGY, 1).maxOrderNotional);
        assertEquals(Boolean.TRUE, config.limits(Scope.ACCOUNT, 1).patternDayTrader);
    }

    @Test
    void shouldBuildACheckerThatAppliesTheYamlLimits() throws URISyntaxException {
        final Fixture f = new Fixture(RiskConfig.load(yaml()));
        f.checker.onBbo(0, px("99.99"), px("100.01"));
        assertEquals(RejectReason.NONE, f.send(0, Side.BUY, 500, "100.1"));
        assertEquals(RejectReason.MAX_ORDER_QUANTITY, f.send(0, Side.BUY, 501, "100"));
        assertEquals(RejectReason.PRICE_COLLAR, f.send(0, Side.BUY, 1, "100.22"), "20 ticks beat 5%");
        assertEquals(RejectReason.TRADING_HALTED, f.send(2, Side.BUY, 1, "100"));
        f.checker.onBbo(1, px("100"), px("100"));
        assertEquals(RejectReason.MAX_ORDER_NOTIONAL, f.send(0, 1, 1, 0, Side.BUY, 1001, "100"), "100100 > 100000.50");
        assertEquals(RejectReason.NONE, f.send(0, 1, 1, 0, Side.BUY, 1000, "100"));
        assertEquals(RejectReason.MAX_POSITION, f.send(0, 1, 1, 0, Side.BUY, 1, "100.01"), "strategy 1: 1000");
        assertEquals(TradingState.HALTED, f.checker.tradingState(Scope.INSTRUMENT, 2));
    }

    @Test
    void shouldEqualTheSameConfigurationBuiltInCode() throws URISyntaxException {
        final RiskConfig code = new RiskConfig().instruments(3).strategies(2).accounts(2).venues(2)
            .maxOpenOrdersCapacity(4096).rateWindowMs(1000).duplicateCacheSets(256).rejectWithoutReference(true)
            .patternDayTrader("25000", 4, 5).venueDisconnectAction(BreachAction.KILL_SWITCH);
        code.global().maxOpenOrders(1000).maxMessagesPerSecond(5000).maxGrossExposure("10000000")
            .maxDailyLoss("50000", BreachAction.KILL_SWITCH);
        code.defaults(Scope.INSTRUMENT).tickSize("0.01").collarReference(CollarReference.BBO).collarPercent("5")
            .maxOrderQuantity(10000).maxPosition(50000);
        code.defaults(Scope.STRATEGY).maxOrderNotional("250000").maxOrdersPerSecond(100).duplicateWindowMs(50)
            .maxDrawdown("20000", BreachAction.REDUCE_ONLY).maxFillsPerSecond(200, BreachAction.REDUCE_ONLY);
        code.defaults(Scope.ACCOUNT).maxNetExposure("2000000");
        code.limits(Scope.INSTRUMENT, 0).collarTicks(20).maxOrderQuantity(500);
        code.limits(Scope.INSTRUMENT, 2).restricted(true).tradingState(TradingState.HALTED);
        code.limits(Scope.STRATEGY, 1).maxPosition(1000).maxOrderNotional("100000.50");
        code.limits(Scope.ACCOUNT, 1).patternDayTrader(true).equity("20000");
        assertEquals(RiskConfig.load(yaml()), code);
        assertEquals(code, RiskConfig.parse(code.toString()), "round trip through YAML text");
    }

    @Test
    void shouldRejectInvalidConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> RiskConfig.parse("instruments: 0\n"));
        assertThrows(IllegalArgumentException.class,
            () -> RiskConfig.parse("instruments: 2\ninstrumentLimits: [ { id: 2, maxPosition: 5 } ]\n"));
        final RiskConfig badDecimal = new RiskConfig();
        badDecimal.global().maxOrderNotional("12.3.4");
        assertThrows(IllegalArgumentException.class, () -> new Fixture(badDecimal));
        final RiskConfig negative = new RiskConfig();
        negative.global().maxPosition(-5);
        assertThrows(IllegalArgumentException.class, () -> new Fixture(negative));
    }
}
