package dev.hft.examples.trading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.hft.api.FixedPoint;
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
    void shouldLoadTheTradingBlockOfTheDemoYaml() {
        final TradingConfig config = TradingConfig.parse(demoTradingBlock());
        assertEquals(15_000, config.durationMs());
        assertArrayEquals(new int[] {0, 1, 2}, config.marketMakerVenues());
        assertEquals(FixedPoint.parse("0.002"), config.momentumThresholdFixed());
        assertEquals(8_000, config.quick().durationMs());
    }

    @Test
    void shouldRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> TradingConfig.parse("durationMs: 0\n"));
        assertThrows(IllegalArgumentException.class,
            () -> TradingConfig.parse("momentumFastShift: 5\nmomentumSlowShift: 2\n"));
        assertThrows(RuntimeException.class, () -> TradingConfig.parse("mmVenues: \"a,b\"\n"));
    }
}
