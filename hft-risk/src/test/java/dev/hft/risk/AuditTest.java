package dev.hft.risk;

import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.risk.audit.AuditDrainer;
import dev.hft.risk.audit.AuditFileReader;
import dev.hft.risk.audit.AuditFileSink;
import dev.hft.risk.audit.AuditLog;
import dev.hft.risk.audit.AuditRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteEveryDecisionToTheAuditFile() {
        final RiskConfig config = new RiskConfig().venues(2);
        config.global().maxOrderQuantity(10);
        final Fixture f = new Fixture(config);
        final Path file = dir.resolve("audit.bin");
        final AuditDrainer drainer = new AuditDrainer(f.audit, new AuditFileSink(file, 256), 100);
        f.checker.check(1, 1, 0, 0, 0, Side.BUY, 10, px("10.5"));
        f.checker.check(2, 0, 0, 0, 0, Side.SELL, 11, px("10.5"));
        f.orders.onOrderSent(1, 1, 0, 0, 0, Side.BUY, 10, px("10.5"));
        f.orders.checkCancel(1);
        f.checker.tradingState(Scope.STRATEGY, 0, TradingState.HALTED);
        f.killSwitch.trigger(KillReason.MANUAL);
        f.killSwitch.doWork();
        assertEquals(6, drainer.doWork());
        drainer.onClose();

        final List<String> lines = new ArrayList<>();
        final List<Integer> types = new ArrayList<>();
        final int records = AuditFileReader.read(file, (type, buffer, offset, length) -> {
            types.add(type);
            if (type == AuditRecord.DECISION) {
                lines.add(AuditRecord.decisionToString(buffer, offset));
            }
        });
        assertEquals(6, records);
        assertEquals(List.of(AuditRecord.DECISION, AuditRecord.DECISION, AuditRecord.DECISION, AuditRecord.STATE,
            AuditRecord.KILL_SWITCH, AuditRecord.KILL_SWITCH), types);
        final long t = f.clock.epochNanos();
        assertEquals(List.of(
            "t=" + t + " N id=1 inst=0 strat=0 acct=0 venue=1 BUY 10@10.5 -> NONE",
            "t=" + t + " N id=2 inst=0 strat=0 acct=0 venue=0 SELL 11@10.5 -> " + RejectReason.MAX_ORDER_QUANTITY,
            "t=" + t + " C id=1 inst=0 strat=0 acct=0 venue=1 BUY 10@10.5 -> NONE"), lines);
        assertEquals(0, f.audit.droppedRecords());
    }

    @Test
    void shouldDropAndCountWhenTheRingIsFull() {
        final AuditLog small = new AuditLog(1024);
        int written = 0;
        for (int i = 0; i < 100; i++) {
            if (small.decision(i, AuditRecord.KIND_NEW, i, 0, 0, 0, 0, Side.BUY, 1, 1, RejectReason.NONE)) {
                written++;
            }
        }
        assertEquals(written, small.writtenRecords());
        assertEquals(100 - written, small.droppedRecords());
        assertEquals(15, written, "1024 bytes hold 16 records of 8 + 56 bytes; Agrona keeps one slot free");
    }

    @Test
    void shouldKeepEveryDecisionFieldInItsPlace() {
        final AuditLog log = new AuditLog(1024);
        log.decision(123_456_789L, AuditRecord.KIND_REPLACE, 42, 9, 3, 5, 7, Side.SELL, 77, px("1.25"),
            RejectReason.MAX_POSITION);
        final List<String> lines = new ArrayList<>();
        log.ringBuffer().read((type, buffer, offset, length) -> {
            assertEquals(AuditRecord.DECISION_LENGTH, length);
            assertEquals(0, buffer.getByte(offset + AuditRecord.REASON_OFFSET + 1), "padding zeroed");
            lines.add(AuditRecord.decisionToString(buffer, offset));
        });
        assertEquals(List.of("t=123456789 R id=42 inst=3 strat=5 acct=7 venue=9 SELL 77@1.25 -> "
            + RejectReason.MAX_POSITION), lines);
    }
}
