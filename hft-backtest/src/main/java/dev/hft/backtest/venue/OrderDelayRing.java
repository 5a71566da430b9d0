package dev.hft.backtest.venue;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A simulated venue's order-entry latency: inbound requests wait in a preallocated FIFO ring and are handed back no
 * earlier than their arrival time plus a fixed latency, in arrival order. No sleeping and no timer thread: the
 * venue's duty cycle calls {@link #poll(long, Handler, int)} with the current time.
 *
 * <p>Each slot holds a copy of the request bytes (at most {@code maxMessageLength}) and/or one object reference
 * (e.g. a FIX message parsed by another engine), a tag (the port or session it came on) and its due time. Arrival
 * times are expected to be non-decreasing (one monotonic clock); a request is never released before its own due
 * time, and never before a request that arrived earlier.
 *
 * <p>Single-threaded; allocation-free after construction.
 */
public final class OrderDelayRing {

    /** Receives the requests that are due, in arrival order. */
    @FunctionalInterface
    public interface Handler {
        /**
         * One request is due.
         *
         * @param tag        the tag it was offered with.
         * @param buffer     its bytes (valid only during the call; empty for an object-only request).
         * @param offset     where they start.
         * @param length     their length.
         * @param attachment the object it was offered with, or {@code null}.
         */
        void onDue(int tag, DirectBuffer buffer, int offset, int length, Object attachment);
    }

    private final int mask;
    private final int slotLength;
    private final long latencyNs;
    private final long[] dueNs;
    private final int[] tags;
    private final int[] lengths;
    private final Object[] attachments;
    private final UnsafeBuffer data;
    private long head;
    private long tail;
    private long overflows;

    /**
     * Creates a ring.
     *
     * @param capacity         requests it can hold, a power of two.
     * @param maxMessageLength largest request copied in, bytes.
     * @param latencyNs        delay added to every request, nanoseconds, {@code >= 0}.
     */
    public OrderDelayRing(final int capacity, final int maxMessageLength, final long latencyNs) {
        if (Integer.bitCount(capacity) != 1 || maxMessageLength < 0 || latencyNs < 0) {
            throw new IllegalArgumentException("capacity a power of two, length and latency not negative: "
                + capacity + ", " + maxMessageLength + ", " + latencyNs);
        }
        this.mask = capacity - 1;
        this.slotLength = maxMessageLength;
        this.latencyNs = latencyNs;
        this.dueNs = new long[capacity];
        this.tags = new int[capacity];
        this.lengths = new int[capacity];
        this.attachments = new Object[capacity];
        this.data = new UnsafeBuffer(new byte[Math.max(1, capacity * maxMessageLength)]);
    }

    /**
     * Queues a copy of a request that arrived at {@code arrivalNs}.
     *
     * @param arrivalNs when it arrived, the clock {@link #poll} is called with.
     * @param tag       e.g. the port index.
     * @param buffer    the request bytes.
     * @param offset    where they start.
     * @param length    their length, at most {@code maxMessageLength}.
     * @return {@code true} if queued; {@code false} if the ring is full or the request too long (nothing queued).
     */
    public boolean offer(final long arrivalNs, final int tag, final DirectBuffer buffer, final int offset,
        final int length) {
        if (tail - head > mask || length > slotLength || length < 0) {
            return false;
        }
        final int slot = (int) tail & mask;
        data.putBytes(slot * slotLength, buffer, offset, length);
        dueNs[slot] = arrivalNs + latencyNs;
        tags[slot] = tag;
        lengths[slot] = length;
        attachments[slot] = null;
        tail++;
        return true;
    }

    /**
     * Queues an object request that arrived at {@code arrivalNs}.
     *
     * @param arrivalNs  when it arrived.
     * @param tag        e.g. the session index.
     * @param attachment the request.
     * @return {@code true} if queued; {@code false} if the ring is full.
     */
    public boolean offer(final long arrivalNs, final int tag, final Object attachment) {
        if (tail - head > mask) {
            return false;
        }
        final int slot = (int) tail & mask;
        dueNs[slot] = arrivalNs + latencyNs;
        tags[slot] = tag;
        lengths[slot] = 0;
        attachments[slot] = attachment;
        tail++;
        return true;
    }

    /**
     * Hands every request due at {@code nowNs} (up to {@code limit}) to the handler, oldest first.
     *
     * @param nowNs   the current time.
     * @param handler receives them.
     * @param limit   most requests to release.
     * @return requests released.
     */
    public int poll(final long nowNs, final Handler handler, final int limit) {
        int released = 0;
        while (released < limit && head < tail && nowNs - dueNs[(int) head & mask] >= 0) {
            releaseHead(handler);
            released++;
        }
        return released;
    }

    /**
     * Releases the oldest request now, before its due time: the way out when the ring is full and a new request
     * must be queued (counted in {@link #overflows()}).
     *
     * @param handler receives it.
     * @return {@code true} if a request was released, {@code false} if the ring was empty.
     */
    public boolean releaseEarly(final Handler handler) {
        if (head == tail) {
            return false;
        }
        overflows++;
        releaseHead(handler);
        return true;
    }

    private void releaseHead(final Handler handler) {
        final int slot = (int) head & mask;
        final Object attachment = attachments[slot];
        attachments[slot] = null;
        head++;
        handler.onDue(tags[slot], data, slot * slotLength, lengths[slot], attachment);
    }

    /**
     * Requests waiting.
     *
     * @return count.
     */
    public int size() {
        return (int) (tail - head);
    }

    /**
     * Due time of the oldest waiting request.
     *
     * @return nanoseconds, or {@link Long#MAX_VALUE} if none waits.
     */
    public long nextDueNs() {
        return head == tail ? Long.MAX_VALUE : dueNs[(int) head & mask];
    }

    /**
     * The latency added to every request.
     *
     * @return nanoseconds.
     */
    public long latencyNs() {
        return latencyNs;
    }

    /**
     * Requests released before their due time because the ring was full.
     *
     * @return count.
     */
    public long overflows() {
        return overflows;
    }
}
