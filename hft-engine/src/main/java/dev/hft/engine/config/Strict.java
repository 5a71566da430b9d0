package dev.hft.engine.config;

import net.openhft.chronicle.wire.ValueIn;

/** Helpers shared by the configuration classes. */
final class Strict {
    static {
        if (System.getProperty("chronicle.analytics.disable") == null) {
            System.setProperty("chronicle.analytics.disable", "true");
        }
    }

    private Strict() {
    }

    /** Refuses a key the class does not know, so a typo (or a secret pasted in) fails at start-up. */
    static void unknownKey(final String where, final Object event, final ValueIn valueIn) {
        valueIn.skipValue();
        throw new ConfigException(where + "." + event, "unknown key");
    }

    static void require(final boolean condition, final String key, final String message) {
        if (!condition) {
            throw new ConfigException(key, message);
        }
    }

    static long fixed(final String key, final String text) {
        require(!isBlank(text), key, "required");
        final long value;
        try {
            value = dev.hft.api.FixedPoint.parse(text.trim());
        } catch (final IllegalArgumentException ex) {
            throw new ConfigException(key, "not a decimal number: '" + text + "'", ex);
        }
        require(value != dev.hft.api.FixedPoint.NULL_PRICE, key, "not a decimal number: '" + text + "'");
        return value;
    }

    static java.net.InetSocketAddress address(final String key, final String text) {
        require(!isBlank(text), key, "required (host:port)");
        final int colon = text.lastIndexOf(':');
        require(colon > 0 && colon < text.length() - 1, key, "not host:port: '" + text + "'");
        final int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1).trim());
        } catch (final NumberFormatException ex) {
            throw new ConfigException(key, "port is not a number: '" + text + "'", ex);
        }
        require(port >= 0 && port <= 65_535, key, "port out of range: '" + text + "'");
        return new java.net.InetSocketAddress(text.substring(0, colon).trim(), port);
    }

    static boolean isBlank(final String value) {
        return value == null || value.isBlank();
    }
}
