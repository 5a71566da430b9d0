package dev.hft.engine.config;

/**
 * A configuration error found at start-up: the message names the offending key as a path from the root of the
 * engine's YAML (for example {@code venues[1].feed.lineA}) and says what is wrong with it.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The offending key's path from the root of the YAML. */
    private final String key;

    /**
     * Creates an error for one key.
     *
     * @param key     the key's path, for example {@code strategies[0].className}.
     * @param message what is wrong.
     */
    public ConfigException(final String key, final String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /**
     * Creates an error for one key with its cause.
     *
     * @param key     the key's path.
     * @param message what is wrong.
     * @param cause   the underlying failure.
     */
    public ConfigException(final String key, final String message, final Throwable cause) {
        super(key + ": " + message, cause);
        this.key = key;
    }

    /**
     * The offending key.
     *
     * @return its path from the root of the configuration.
     */
    public String key() {
        return key;
    }
}
