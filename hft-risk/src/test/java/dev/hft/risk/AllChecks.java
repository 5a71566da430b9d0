package dev.hft.risk;

/**
 * A configuration with every check enabled and every limit loose enough that the order flow of the allocation test
 * passes them all (the accept path runs every check to the end); the PDT rule is on with equity below the threshold
 * but a day-trade count it never reaches. Mirrored by the benchmark.
 */
final class AllChecks {

    private AllChecks() {
    }

    static RiskConfig config() {
        final RiskConfig config = new RiskConfig().instruments(8).strategies(4).accounts(4).venues(2)
            .maxOpenOrdersCapacity(1024).duplicateCacheSets(256)
            .patternDayTrader("25000", 1_000_000, 5);
        config.global().maxOrderQuantity(1_000_000).maxOrderNotional("100000000").maxPosition(10_000_000)
            .maxGrossExposure("1000000000").maxNetExposure("1000000000").maxOpenOrders(1000)
            .maxOrdersPerSecond(20_000).maxMessagesPerSecond(40_000).duplicateWindowMs(10)
            .maxDailyLoss("10000000", BreachAction.KILL_SWITCH).maxDrawdown("10000000", BreachAction.KILL_SWITCH)
            .maxFillsPerSecond(20_000, BreachAction.REDUCE_ONLY);
        config.defaults(Scope.INSTRUMENT).tickSize("0.01").collarTicks(500).collarPercent("10")
            .collarReference(CollarReference.BBO).maxOrderQuantity(100_000).maxOrderNotional("10000000")
            .maxPosition(1_000_000).maxGrossExposure("100000000").maxNetExposure("100000000").maxOpenOrders(500)
            .maxOrdersPerSecond(5_000).maxMessagesPerSecond(10_000).duplicateWindowMs(10);
        config.limits(Scope.INSTRUMENT, 7).restricted(true);
        config.defaults(Scope.STRATEGY).maxOrderQuantity(100_000).maxOrderNotional("10000000").maxPosition(1_000_000)
            .maxGrossExposure("100000000").maxNetExposure("100000000").maxOpenOrders(500)
            .maxOrdersPerSecond(5_000).maxMessagesPerSecond(10_000).duplicateWindowMs(10)
            .maxDailyLoss("1000000", BreachAction.REDUCE_ONLY).maxDrawdown("1000000", BreachAction.REDUCE_ONLY)
            .maxFillsPerSecond(5_000, BreachAction.REDUCE_ONLY);
        config.defaults(Scope.ACCOUNT).maxOrderQuantity(100_000).maxOrderNotional("10000000").maxPosition(1_000_000)
            .maxGrossExposure("100000000").maxNetExposure("100000000").maxOpenOrders(500)
            .maxOrdersPerSecond(5_000).maxMessagesPerSecond(10_000).duplicateWindowMs(10)
            .maxDailyLoss("1000000", BreachAction.REDUCE_ONLY).maxDrawdown("1000000", BreachAction.REDUCE_ONLY)
            .patternDayTrader(true).equity("10000");
        return config;
    }
}
