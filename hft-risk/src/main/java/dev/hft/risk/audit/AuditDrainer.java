package dev.hft.risk.audit;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.ringbuffer.RingBuffer;

/**
 * Drains an {@link AuditLog}'s ring buffer into an {@link AuditSink}, off the trading thread: an Agrona
 * {@link Agent}, so it runs under an {@code AgentRunner} with any idle strategy or in the host's own loop.
 *
 * <p>Each {@link #doWork()} reads at most {@code batchLimit} ring messages (a batch of decisions is one message, see
 * {@link AuditRecord#DECISION_BATCH}) and flushes the sink if it read any.
 * Consumer thread only.
 */
public final class AuditDrainer implements Agent {

    private final RingBuffer ringBuffer;
    private final AuditSink sink;
    private final int batchLimit;
    private final MessageHandler handler;
    private long drained;

    /**
     * Creates a drainer.
     *
     * @param log        the audit log to drain.
     * @param sink       where records go.
     * @param batchLimit most records per {@link #doWork()}.
     */
    public AuditDrainer(final AuditLog log, final AuditSink sink, final int batchLimit) {
        this.ringBuffer = log.ringBuffer();
        this.sink = sink;
        this.batchLimit = batchLimit;
        this.handler = this::onMessage;
    }

    private void onMessage(final int msgTypeId, final MutableDirectBuffer buffer, final int index, final int length) {
        if (msgTypeId == AuditRecord.DECISION_BATCH) {
            final int recordLength = AuditRecord.DECISION_LENGTH;
            for (int offset = 0; offset + recordLength <= length; offset += recordLength) {
                sink.onRecord(AuditRecord.DECISION, buffer, index + offset, recordLength);
                drained++;
            }
        } else {
            sink.onRecord(msgTypeId, buffer, index, length);
            drained++;
        }
    }

    @Override
    public int doWork() {
        final int read = ringBuffer.read(handler, batchLimit);
        if (read > 0) {
            sink.flush();
        }
        return read;
    }

    /**
     * Returns how many records were drained.
     *
     * @return records drained.
     */
    public long drained() {
        return drained;
    }

    /** Drains what is left and closes the sink. */
    @Override
    public void onClose() {
        while (doWork() > 0) {
            Thread.onSpinWait();
        }
        sink.close();
    }

    @Override
    public String roleName() {
        return "hft-risk-audit-drainer";
    }
}
