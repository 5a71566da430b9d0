package dev.hft.risk.audit;

import org.agrona.DirectBuffer;

/** Where an {@link AuditDrainer} writes audit records (a file, a queue, a socket). Drainer thread only. */
public interface AuditSink extends AutoCloseable {

    /**
     * Takes one record; the buffer is valid only during the call.
     *
     * @param type   {@link AuditRecord} type.
     * @param buffer buffer holding the record.
     * @param offset offset of the record.
     * @param length length of the record.
     */
    void onRecord(int type, DirectBuffer buffer, int offset, int length);

    /** Makes every record taken so far durable as far as the sink goes (called after each drained batch). */
    void flush();

    /** Flushes and releases the sink. */
    @Override
    void close();
}
