package dev.hft.net.fix.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened during one script run, in order, across connections and threads: steps, bytes sent and received,
 * disconnects. Printed (its tail) with every failure, so that a failing script can be debugged from the report.
 */
final class Transcript {
    private static final int TAIL = 40;

    private final long startNs = System.nanoTime();
    private final List<String> events = new ArrayList<>();

    /**
     * Records an event.
     *
     * @param connection the connection it concerns, or 0 for the script itself.
     * @param text what happened.
     */
    synchronized void add(final int connection, final String text) {
        final long ms = (System.nanoTime() - startNs) / 1_000_000L;
        events.add(String.format("%7d ms %s %s", ms, connection == 0 ? "   " : "[" + connection + "]", text));
    }

    /** The last events, one per line. */
    synchronized String tail() {
        final StringBuilder out = new StringBuilder();
        final int from = Math.max(0, events.size() - TAIL);
        if (from > 0) {
            out.append("  ... ").append(from).append(" earlier events\n");
        }
        for (int i = from; i < events.size(); i++) {
            out.append("  ").append(events.get(i)).append('\n');
        }
        return out.toString();
    }
}
