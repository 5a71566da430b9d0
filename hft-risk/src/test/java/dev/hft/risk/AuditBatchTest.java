package dev.hft.risk;

import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.risk.audit.AuditDrainer;
import dev.hft.risk.audit.AuditLog;
import dev.hft.risk.audit.AuditRecord;
import dev.hft.risk.audit.AuditSink;
import dev.hft.timing.ManualClock;

import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;

/**
 * A batching audit log publishes exactly the records an unbatched one does, in the same order: decisions staged until
 * the batch is full, another record is written, or the kill switch's duty cycle flushes them.
 */
class AuditBatchTest {

    /** Records every record as text (decisions decoded, others by type and bytes). */
    static final class Recording implements AuditSink {
        final List<String> records = new ArrayList<>();

        @Override
        public void onRecord(final int type, final DirectBuffer buffer, final int offset, final int length) {
            if (type == AuditRecord.DECISION) {
                records.add(AuditRecord.decisionToString(buffer, offset));
            } else {
                final StringBuilder text = new StringBuilder("type " + type + ":");
                for (int i = 0; i < length; i++) {
                    text.append(' ').append(buffer.getByte(offset + i));
                }
                records.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class Rig {
        final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
        final AuditLog audit;
        final KillSwitch killSwitch;
        final RiskChecker checker;
        final Recording sink = new Recording();
        final AuditDrainer drainer;

        Rig(final int batch) {
            final RiskConfig config = new RiskConfig().venues(2);
            config.global().maxOrderQuantity(10);
            audit = new AuditLog(1 << 16, batch);
            killSwitch = new KillSwitch(clock, 2, report -> { });
            checker = new RiskChecker(config, clock, killSwitch, audit, RiskListener.NO_OP);
            drainer = new AuditDrainer(audit, sink, 1000);
        }

        void decisions(final int from, final int count) {
            for (int id = from; id < from + count; id++) {
                clock.advance(1_000);
                checker.check(id, id % 2, 0, 0, 0, id % 3 == 0 ? Side.SELL : Side.BUY, 5 + id % 8, px("10.5"));
            }
        }
    }

    @Test
    void shouldPublishTheSameRecordsInTheSameOrderAsWithoutBatching() {
        final Rig plain = new Rig(1);
        final Rig batched = new Rig(4);
        for (final Rig rig : new Rig[] {plain, batched}) {
            rig.decisions(1, 10);
            rig.checker.tradingState(Scope.STRATEGY, 0, TradingState.REDUCE_ONLY);
            rig.decisions(11, 2);
            rig.checker.checkCancel(12);
        }
        assertEquals(0, plain.audit.stagedRecords());
        assertEquals(3, batched.audit.stagedRecords(), "2 checks and a cancel since the state record flushed");
        batched.drainer.doWork();
        assertEquals(11, batched.sink.records.size(), "10 decisions (8 in batches, 2 flushed) and the state");

        for (final Rig rig : new Rig[] {plain, batched}) {
            rig.killSwitch.doWork();
            rig.drainer.doWork();
        }
        assertEquals(0, batched.audit.stagedRecords());
        assertEquals(14, plain.sink.records.size());
        assertEquals(plain.sink.records, batched.sink.records);
        assertEquals(plain.audit.writtenRecords(), batched.audit.writtenRecords());
        assertEquals(RejectReason.MAX_ORDER_QUANTITY.toString(), plain.sink.records.get(5).replaceAll(".*-> ", ""));
    }

    @Test
    void shouldCountAWholeBatchTheRingCannotTakeAsDropped() {
        final AuditLog small = new AuditLog(4096, 4);
        for (int i = 0; i < 100; i++) {
            small.decision(i, AuditRecord.KIND_NEW, i, 0, 0, 0, 0, Side.BUY, 1, 1, RejectReason.NONE);
        }
        assertEquals(100, small.writtenRecords() + small.droppedRecords());
        assertEquals(0, small.writtenRecords() % 4);
        assertEquals(68, small.writtenRecords(), "4096 bytes hold 17 batches of 8 + 4 x 56 bytes");
    }

    @Test
    void shouldRefuseABatchLargerThanTheRingTakes() {
        assertThrows(IllegalArgumentException.class, () -> new AuditLog(1024, 64));
        assertThrows(IllegalArgumentException.class, () -> new AuditLog(1 << 16, 0));
    }
}
