/**
 * The risk audit trail, off the hot path: {@link dev.hft.risk.audit.AuditLog} writes fixed-length
 * {@link dev.hft.risk.audit.AuditRecord}s into an Agrona ring buffer with no allocation;
 * {@link dev.hft.risk.audit.AuditDrainer} (an Agrona {@code Agent}) drains them into an
 * {@link dev.hft.risk.audit.AuditSink} such as {@link dev.hft.risk.audit.AuditFileSink}, which
 * {@link dev.hft.risk.audit.AuditFileReader} reads back.
 */
package dev.hft.risk.audit;
