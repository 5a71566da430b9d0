package dev.hft.consumer;

import java.nio.file.Path;

import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskConfig;
import dev.hft.risk.RiskListener;
import dev.hft.risk.audit.AuditLog;
import dev.hft.sor.ChildOrderSink;
import dev.hft.sor.ParentOrderListener;
import dev.hft.sor.SmartOrderRouter;
import dev.hft.sor.SorConfig;
import dev.hft.timing.CalibratedEpochNanoClock;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.SystemClock;

/**
 * What a host application does at start-up with hft: loads its YAML configuration through the library (Chronicle
 * Wire), builds a risk checker, a kill switch and a smart order router from it, and decides one order. Exits 0 when
 * every step worked, 1 otherwise. {@code run.sh} runs it with exactly the JVM flags of the root README and fails on
 * any warning or stack trace on stderr.
 */
public final class ConsumerCheck {

    private ConsumerCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the risk YAML file and the SOR YAML file (defaults: {@code config/risk-limits.yaml},
     *             {@code config/sor.yaml}).
     */
    public static void main(final String[] args) {
        final Path riskYaml = Path.of(args.length > 0 ? args[0] : "config/risk-limits.yaml");
        final Path sorYaml = Path.of(args.length > 1 ? args[1] : "config/sor.yaml");

        final CalibratedEpochNanoClock epochClock = new CalibratedEpochNanoClock();
        final RiskConfig riskConfig = RiskConfig.load(riskYaml);
        final SorConfig sorConfig = SorConfig.load(sorYaml);

        final KillSwitch killSwitch = new KillSwitch(SystemClock.INSTANCE, 2, report -> { });
        final AuditLog audit = new AuditLog(1 << 16);
        final RiskChecker risk = new RiskChecker(riskConfig, epochClock, killSwitch, audit, RiskListener.NO_OP);
        final SmartOrderRouter router = sorConfig.router(
            new NoVenues(), risk, ParentOrderListener.NO_OP, SystemClock.INSTANCE, epochClock);

        final LatencyRecorder latency = new LatencyRecorder("risk-check");
        final int instrument = 0;
        risk.onBbo(instrument, FixedPoint.parse("187.25"), FixedPoint.parse("187.26"));
        final long start = System.nanoTime();
        final RejectReason reason = risk.check(1L, 0, instrument, 0, 0, Side.BUY, 100, FixedPoint.parse("187.25"));
        latency.record(System.nanoTime() - start);
        final RejectReason tooLarge =
            risk.check(2L, 0, instrument, 0, 0, Side.BUY, 1_000, FixedPoint.parse("187.25"));

        System.out.println("risk: " + riskYaml + " loaded; an order of 100 at 187.25: " + reason
            + "; an order of 1,000 (limit 500): " + tooLarge);
        System.out.println("sor: " + sorYaml + " loaded; router " + router.getClass().getSimpleName()
            + ", strategy 1 policy " + sorConfig.params(1).policy());
        System.out.println("timing: " + latency.histogram().getTotalCount() + " latency sample recorded");
        if (reason != RejectReason.NONE || tooLarge == RejectReason.NONE) {
            System.out.println("FAILED: unexpected risk decisions");
            System.exit(1);
        }
        System.out.println("consumer check: OK");
    }

    /** A sink with no venue behind it: this check never routes a parent. */
    private static final class NoVenues implements ChildOrderSink {
        @Override
        public long peekClientOrderId() {
            return 1;
        }

        @Override
        public long send(
            final long parentOrderId, final int strategyId, final int venueId, final int instrumentId,
            final Side side, final long quantity, final long priceFixed, final OrderType type,
            final TimeInForce timeInForce, final int execInstructions) {
            return Result.NOT_CONNECTED;
        }

        @Override
        public int cancel(final int venueId, final long clientOrderId) {
            return Result.NOT_CONNECTED;
        }
    }
}
