package dev.hft.examples;

/**
 * Chronicle settings hft applies before any Chronicle class loads: analytics off (Chronicle otherwise reports
 * usage over the network), unless the host has set the property itself.
 */
final class ChronicleDefaults {
    static final String ANALYTICS_DISABLE = "chronicle.analytics.disable";

    private ChronicleDefaults() {
    }

    static void apply() {
        if (System.getProperty(ANALYTICS_DISABLE) == null) {
            System.setProperty(ANALYTICS_DISABLE, "true");
        }
    }
}
