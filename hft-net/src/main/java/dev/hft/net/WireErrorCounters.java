package dev.hft.net;

import org.agrona.DirectBuffer;

/**
 * Counts wire errors by kind and forwards each to a {@link WireErrorListener}: the one place a codec or session
 * reports bad input. Single writer (the polling thread); other threads may read counts for monitoring (plain reads
 * of longs: eventually visible, never torn on 64-bit JVMs).
 */
public final class WireErrorCounters {
    private final String source;
    private final WireErrorListener listener;
    private final long[] counts = new long[WireError.count()];

    /**
     * Creates counters for one component.
     *
     * @param source   the component name passed to the listener, e.g. {@code "itch"}.
     * @param listener where reports go; {@link WireErrorListener#NO_OP} to only count.
     */
    public WireErrorCounters(final String source, final WireErrorListener listener) {
        this.source = source;
        this.listener = listener;
    }

    /**
     * Counts an error and reports it.
     *
     * @param error    what was wrong.
     * @param sequence the sequence number concerned, or -1.
     * @param buffer   the offending bytes, or {@code null}.
     * @param offset   where they start.
     * @param length   how many.
     */
    public void report(
        final WireError error, final long sequence, final DirectBuffer buffer, final int offset, final int length) {
        counts[error.ordinal()]++;
        listener.onWireError(source, error, sequence, buffer, offset, length);
    }

    /**
     * Counts an error that has no bytes to show (a timeout, a disconnect) and reports it.
     *
     * @param error    what was wrong.
     * @param sequence the sequence number concerned, or -1.
     */
    public void report(final WireError error, final long sequence) {
        report(error, sequence, null, 0, 0);
    }

    /**
     * How many errors of one kind were seen.
     *
     * @param error the kind.
     * @return the count.
     */
    public long count(final WireError error) {
        return counts[error.ordinal()];
    }

    /**
     * How many errors were seen in all.
     *
     * @return the sum over every kind.
     */
    public long total() {
        long total = 0;
        for (final long count : counts) {
            total += count;
        }
        return total;
    }

    /**
     * The component name given at construction.
     *
     * @return the name.
     */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        final StringBuilder sb = new StringBuilder(source).append(" errors{");
        boolean first = true;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                sb.append(first ? "" : ", ").append(WireError.get(i)).append('=').append(counts[i]);
                first = false;
            }
        }
        return sb.append('}').toString();
    }
}
