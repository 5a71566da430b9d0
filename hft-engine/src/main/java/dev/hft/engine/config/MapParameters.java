package dev.hft.engine.config;

import java.util.Map;

import dev.hft.api.FixedPoint;
import dev.hft.api.strategy.StrategyParameters;

/** {@link StrategyParameters} over a strategy's {@code parameters:} map; errors name the key. */
final class MapParameters implements StrategyParameters {
    private final String key;
    private final Map<String, String> values;

    MapParameters(final String key, final Map<String, String> values) {
        this.key = key;
        this.values = values;
    }

    @Override
    public long getLong(final String name, final long defaultValue) {
        final String text = text(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (final NumberFormatException ex) {
            throw new ConfigException(key + "." + name, "not a whole number: '" + text + "'", ex);
        }
    }

    @Override
    public long getFixed(final String name, final long defaultFixed) {
        final String text = text(name);
        return text == null ? defaultFixed : Strict.fixed(key + "." + name, text);
    }

    @Override
    public String getString(final String name, final String defaultValue) {
        final String text = text(name);
        return text == null ? defaultValue : text;
    }

    @Override
    public boolean getBoolean(final String name, final boolean defaultValue) {
        final String text = text(name);
        if (text == null) {
            return defaultValue;
        }
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new ConfigException(key + "." + name, "neither true nor false: '" + text + "'");
    }

    private String text(final String name) {
        final Object value = values.get(name);
        return value == null ? null : value.toString().trim();
    }

    @Override
    public String toString() {
        return key + values + " (fixed point: " + FixedPoint.DECIMALS + " decimals)";
    }
}
