package dev.hft.api.strategy;

/**
 * A strategy's parameters, bound from its configuration block: the {@code parameters:} map of a strategy in the
 * engine's YAML, or values set in code. Read them on the trading thread at start-up ({@link Strategy#onStart}):
 * lookups may allocate; keep the values in fields.
 */
public interface StrategyParameters {
    /**
     * A whole-number parameter.
     *
     * @param name         its name.
     * @param defaultValue the value when it is absent.
     * @return its value.
     * @throws IllegalArgumentException if present but not a whole number (a configuration error, at start-up).
     */
    long getLong(String name, long defaultValue);

    /**
     * A decimal parameter as a fixed-point value ({@link dev.hft.api.FixedPoint}: 8 implied decimals).
     *
     * @param name         its name.
     * @param defaultFixed the value when it is absent.
     * @return its value.
     * @throws IllegalArgumentException if present but not a decimal number.
     */
    long getFixed(String name, long defaultFixed);

    /**
     * A text parameter.
     *
     * @param name         its name.
     * @param defaultValue the value when it is absent.
     * @return its value.
     */
    String getString(String name, String defaultValue);

    /**
     * A yes/no parameter.
     *
     * @param name         its name.
     * @param defaultValue the value when it is absent.
     * @return its value.
     * @throws IllegalArgumentException if present but neither true nor false.
     */
    boolean getBoolean(String name, boolean defaultValue);
}
