package dev.hft.examples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.hft.api.strategy.StrategyParameters;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.examples.strategies.MarketMaker;
import dev.hft.examples.strategies.MeanReversionStrategy;
import dev.hft.examples.strategies.MomentumStrategy;
import org.junit.jupiter.api.Test;

class TradingConfigTest {

    /** The {@code trading:} block of demo.yaml, as its own YAML document. */
    static String demoTradingBlock() {
        try (InputStream in = TradingConfigTest.class.getResourceAsStream("/demo.yaml")) {
            final String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            final int start = yaml.indexOf("trading: {");
            int depth = 0;
            int end = start + "trading: ".length();
            for (int i = end; i < yaml.length(); i++) {
                final char c = yaml.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    end = i + 1;
                    break;
                }
            }
            final String block = yaml.substring(start + "trading: ".length(), end).trim();
            return block.substring(1, block.length() - 1).replaceAll("(?m)^\\s*#.*$", "");
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void shouldLoadTheTradingBlockOfTheDemoYamlAsAnEngineConfiguration() {
        final TradingConfig config = TradingConfig.parse(demoTradingBlock());
        assertEquals(15_000, config.durationMs());
        final List<StrategyConfig> strategies = config.engine().strategies();
        assertEquals(List.of(MarketMaker.class.getName(), MomentumStrategy.class.getName(),
            MeanReversionStrategy.class.getName()), strategies.stream().map(StrategyConfig::className).toList());
        final StrategyParameters momentum = strategies.get(1).parameters();
        assertEquals(4, momentum.getLong("slowShift", 0));
        assertEquals(dev.hft.api.FixedPoint.parse("0.002"), momentum.getFixed("threshold", 0));
        assertTrue(strategies.get(0).parameters().getBoolean("direct", false));
        assertEquals(64, strategies.get(2).parameters().getLong("window", 0));
        assertTrue(config.engine().startWhenConnected());
        assertEquals(8_000, config.quick().durationMs());
    }

    @Test
    void shouldRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> TradingConfig.parse("durationMs: 0\n"));
        assertEquals(3, TradingConfig.parse("durationMs: 10\n").engine().strategies().size(),
            "no strategies: the demo's three");
        assertThrows(RuntimeException.class, () -> TradingConfig.parse(
            "engine: { strategies: [ { name: x, className: Y } ], password: secret }\n"), "unknown engine key");
        assertThrows(IllegalArgumentException.class, () -> TradingConfig.parse(
            "engine: { instruments: [ { symbol: A } ], strategies: [ { name: x, className: Y } ] }\n"),
            "instruments come from the venues");
    }
}
