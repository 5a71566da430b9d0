package dev.hft.net;

import org.agrona.DirectBuffer;

/**
 * Receives bad input from the wire, with enough context to debug it. Called on the thread that polls the source,
 * after the error has been counted; the buffer arguments are valid only during the call (copy what you keep).
 */
@FunctionalInterface
public interface WireErrorListener {
    /** A listener that ignores reports (the errors are still counted). */
    WireErrorListener NO_OP = (source, error, sequence, buffer, offset, length) -> {
    };

    /**
     * Reports one error.
     *
     * @param source   which component saw it, a constant such as {@code "itch"} or {@code "moldudp64 A"}.
     * @param error    what was wrong.
     * @param sequence the sequence number concerned, or -1 when there is none.
     * @param buffer   the offending bytes (may be {@code null} when there are none, e.g. a timeout).
     * @param offset   where they start in {@code buffer}.
     * @param length   how many there are.
     */
    void onWireError(String source, WireError error, long sequence, DirectBuffer buffer, int offset,
        int length);
}
