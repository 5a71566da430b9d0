package dev.hft.engine.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyParameters;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.ValueIn;

/**
 * One strategy: its dense id (its position in {@link EngineConfig#strategies()}), the class the engine instantiates
 * (a public no-arg constructor) or an instance given in code, the instruments it is subscribed to at start, the
 * venues it may send to (all if none are listed) and its parameters, bound to {@link StrategyParameters}.
 *
 * <pre>{@code
 * strategies: [
 *   { name: mm, className: com.example.MarketMaker, instruments: [ AAPL, MSFT ], venues: [ NSDQ ],
 *     parameters: { quoteQuantity: 100, halfSpread: "0.01", directQuotes: true } }
 * ]
 * }</pre>
 */
public final class StrategyConfig extends SelfDescribingMarshallable {
    String name;
    String className;
    List<String> instruments = new ArrayList<>();
    List<String> venues = new ArrayList<>();
    Map<String, String> parameters = new LinkedHashMap<>();
    transient Strategy instance;

    /** Creates an empty entry (YAML). */
    public StrategyConfig() {
    }

    /**
     * Creates an entry in code for a strategy instance.
     *
     * @param name     the strategy's name (logs, reports).
     * @param instance the strategy object.
     */
    public StrategyConfig(final String name, final Strategy instance) {
        this.name = name;
        this.instance = instance;
        this.className = instance.getClass().getName();
    }

    /**
     * Creates an entry in code for a strategy class the engine instantiates.
     *
     * @param name      the strategy's name.
     * @param className the class's binary name; it implements {@link Strategy} with a public no-arg constructor.
     */
    public StrategyConfig(final String name, final String className) {
        this.name = name;
        this.className = className;
    }

    /**
     * Subscribes the strategy to instruments at start-up.
     *
     * @param symbols the instruments' symbols.
     * @return this.
     */
    public StrategyConfig instruments(final String... symbols) {
        Collections.addAll(instruments, symbols);
        return this;
    }

    /**
     * Restricts the venues the strategy sends to (default: all).
     *
     * @param names the venues' names.
     * @return this.
     */
    public StrategyConfig venues(final String... names) {
        Collections.addAll(venues, names);
        return this;
    }

    /**
     * Sets a parameter.
     *
     * @param key   its name.
     * @param value its value as text (a number, a decimal, true/false, text).
     * @return this.
     */
    public StrategyConfig parameter(final String key, final String value) {
        parameters.put(key, value);
        return this;
    }

    /**
     * The name.
     *
     * @return the name.
     */
    public String name() {
        return name;
    }

    /**
     * The class name.
     *
     * @return the binary class name.
     */
    public String className() {
        return className;
    }

    /**
     * The instance given in code.
     *
     * @return the instance, or {@code null} if the engine instantiates {@link #className()}.
     */
    public Strategy instance() {
        return instance;
    }

    /**
     * The instruments subscribed at start-up.
     *
     * @return symbols, unmodifiable.
     */
    public List<String> instruments() {
        return Collections.unmodifiableList(instruments);
    }

    /**
     * The venues the strategy may send to.
     *
     * @return names, unmodifiable; empty for all.
     */
    public List<String> venues() {
        return Collections.unmodifiableList(venues);
    }

    /**
     * The parameters.
     *
     * @return a read-only view bound to this entry's map.
     */
    public StrategyParameters parameters() {
        return new MapParameters("strategies." + name + ".parameters", parameters);
    }

    /**
     * Creates the strategy: the instance given in code, or a new instance of {@link #className()}.
     *
     * @param key the entry's key, for errors.
     * @return the strategy.
     * @throws ConfigException if the class cannot be loaded or instantiated.
     */
    public Strategy create(final String key) {
        if (instance != null) {
            return instance;
        }
        final Class<?> type;
        try {
            type = Class.forName(className, true, Thread.currentThread().getContextClassLoader() == null
                ? StrategyConfig.class.getClassLoader() : Thread.currentThread().getContextClassLoader());
        } catch (final ClassNotFoundException ex) {
            throw new ConfigException(key + ".className", "class not found: " + className, ex);
        }
        Strict.require(Strategy.class.isAssignableFrom(type), key + ".className",
            className + " does not implement " + Strategy.class.getName());
        try {
            return (Strategy) type.getConstructor().newInstance();
        } catch (final NoSuchMethodException ex) {
            throw new ConfigException(key + ".className", className + " has no public no-arg constructor", ex);
        } catch (final ReflectiveOperationException | RuntimeException ex) {
            throw new ConfigException(key + ".className", "cannot instantiate " + className + ": " + ex, ex);
        }
    }

    void validate(final String key) {
        Strict.require(!Strict.isBlank(name), key + ".name", "required");
        Strict.require(instance != null || !Strict.isBlank(className), key + ".className",
            "required (or give an instance in code)");
        Strict.require(parameters != null, key + ".parameters", "must be a map");
        for (final Map.Entry<String, String> entry : parameters.entrySet()) {
            Strict.require(entry.getValue() != null, key + ".parameters." + entry.getKey(), "has no value");
        }
    }

    @Override
    public void unexpectedField(final Object event, final ValueIn valueIn) {
        Strict.unknownKey("strategies[]", event, valueIn);
    }
}
