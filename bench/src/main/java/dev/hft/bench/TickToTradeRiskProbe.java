package dev.hft.bench;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskListener;
import dev.hft.risk.audit.AuditDrainer;
import dev.hft.risk.audit.AuditLog;
import dev.hft.timing.ManualClock;

import java.util.Arrays;
import java.util.Locale;

/**
 * Diagnostic: the risk checker's cost per order (check + onOrderSent, as the OMS calls them) with its state evicted
 * from L1/L2 between orders, as in the tick-to-trade harness where ~8 ITCH packets go through a 100-instrument book
 * between two orders, and with a hot cache (no eviction). Each order is timed alone (check, and check + onOrderSent)
 * and the report gives percentiles of the per-order times; the median is robust to the shared machine's stalls,
 * which move the harness's tail percentiles.
 * The venue's Accepted and Canceled are fed back untimed after each order, and the audit ring is drained, as in the
 * harness. Config {@link TickToTrade#riskConfig(int)}, 101 instruments (the last restricted, never traded).
 *
 * <p>Arguments: {@code orders} (timed orders per mode, default 200,000), {@code evictKb} (bytes walked between
 * orders, in KiB, default 1536: more than the 1 MiB L2), {@code rounds} (alternations of cold and hot blocks,
 * default 10), {@code variants} ({@code /}-separated: {@code all} or a {@code riskoff} list of
 * {@link TickToTrade#riskConfig(int, String)}; all variants run interleaved in one process, default {@code all}).
 */
public final class TickToTradeRiskProbe {
    private static final int INSTRUMENTS = 101;
    private static final long SPREAD = FixedPoint.parse("0.02");

    private TickToTradeRiskProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args orders=N evictKb=N rounds=N.
     */
    public static void main(final String[] args) {
        int orders = 200_000;
        int evictKb = 1536;
        int rounds = 10;
        String[] variants = {"all"};
        for (final String arg : args) {
            final String[] kv = arg.split("=", 2);
            if ("orders".equals(kv[0])) {
                orders = Integer.parseInt(kv[1]);
            } else if ("evictKb".equals(kv[0])) {
                evictKb = Integer.parseInt(kv[1]);
            } else if ("rounds".equals(kv[0])) {
                rounds = Integer.parseInt(kv[1]);
            } else if ("variants".equals(kv[0])) {
                variants = kv[1].split("/");
            }
        }
        final int v = variants.length;
        final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
        final RiskChecker[] risks = new RiskChecker[v];
        final AuditDrainer[] drainers = new AuditDrainer[v];
        final long[] bid = new long[INSTRUMENTS];
        for (int r = 0; r < v; r++) {
            final KillSwitch killSwitch = new KillSwitch(clock, 1, report -> { });
            final AuditLog audit = new AuditLog(1 << 16);
            drainers[r] = new AuditDrainer(audit, new RiskCheckBenchmark.Discard(), 4096);
            risks[r] = new RiskChecker("all".equals(variants[r]) ? TickToTrade.riskConfig(INSTRUMENTS)
                : TickToTrade.riskConfig(INSTRUMENTS, variants[r]), clock, killSwitch, audit, RiskListener.NO_OP);
            for (int i = 0; i < INSTRUMENTS; i++) {
                bid[i] = FixedPoint.parse("100") + i * FixedPoint.parse("0.25");
                risks[r].onBbo(i, bid[i], bid[i] + SPREAD);
            }
        }
        final long[] evict = new long[evictKb * 128];
        // per variant: cold then hot; check + onOrderSent, and check alone
        final long[][] times = new long[2 * v][orders];
        final long[][] checks = new long[2 * v][orders];
        final int block = orders / rounds;
        final long[] ids = new long[v];
        Arrays.fill(ids, 1_000_000);
        long sink = 0;
        int rejects = 0;
        // warm-up: the same path, untimed
        for (int k = 0; k < 200_000; k++) {
            for (int r = 0; r < v; r++) {
                final boolean ok = check(risks[r], clock, bid, ids[r], k) == RejectReason.NONE
                    && sent(risks[r], bid, ids[r], k);
                rejects += ok ? 0 : 1;
                answer(risks[r], drainers[r], ok, k);
                ids[r]++;
            }
        }
        rejects = 0;
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (int m = 0; m < 2 * v; m++) {
                final int r = m >> 1;
                final boolean coldMode = (m & 1) == 0;
                final long[] t = times[m];
                final long[] c = checks[m];
                for (int b = 0; b < block; b++) {
                    final int k = n + b;
                    if (coldMode) {
                        for (int j = 0; j < evict.length; j += 8) {
                            sink += evict[j]++;
                        }
                    }
                    final long start = System.nanoTime();
                    final RejectReason reason = check(risks[r], clock, bid, ids[r], k);
                    final long checked = System.nanoTime();
                    final boolean ok = reason == RejectReason.NONE && sent(risks[r], bid, ids[r], k);
                    t[k] = System.nanoTime() - start;
                    c[k] = checked - start;
                    answer(risks[r], drainers[r], ok, k);
                    ids[r]++;
                    rejects += ok ? 0 : 1;
                }
            }
            n += block;
        }
        for (int m = 0; m < 2 * v; m++) {
            Arrays.sort(times[m], 0, n);
            Arrays.sort(checks[m], 0, n);
            final long[] t = times[m];
            final long[] c = checks[m];
            System.out.printf(Locale.ROOT, "risk ns per order, %-38s %s check+onOrderSent p50=%5d p90=%5d p99=%5d"
                    + " | check alone p50=%5d p90=%5d%n", variants[m >> 1], (m & 1) == 0 ? "cold" : "hot ", t[n / 2],
                t[n * 9 / 10], t[n * 99 / 100], c[n / 2], c[n * 9 / 10]);
        }
        System.out.printf(Locale.ROOT, "%,d orders per variant and mode, evict %d KiB between cold orders, rejects %d"
            + " (sink %d)%n", n, evictKb, rejects, sink & 1);
    }

    /** The order's cancel as the ledger reports it (nothing for a rejected order), and the audit drain: untimed. */
    private static void answer(final RiskChecker risk, final AuditDrainer drainer, final boolean booked, final int k) {
        if (booked) {
            risk.onOrderDone(instrument(k), 0, 0, side(k), 100);
        }
        drainer.doWork();
    }

    /** One order as the OMS sends it, timed: check first. */
    private static RejectReason check(
        final RiskChecker risk, final ManualClock clock, final long[] bid, final long id, final int k) {
        clock.advance(40_000);
        final int instrument = instrument(k);
        return risk.check(id, 0, instrument, 0, 0, side(k), 100, bid[instrument] + (k & 1) * SPREAD);
    }

    /** Then the booking of an accepted order (the ledger's delta). */
    private static boolean sent(final RiskChecker risk, final long[] bid, final long id, final int k) {
        final int instrument = instrument(k);
        return risk.onOrderBooked(0, instrument, 0, 0, side(k), 100, bid[instrument] + (k & 1) * SPREAD);
    }

    private static int instrument(final int k) {
        return (k * 4 + 1) % (INSTRUMENTS - 1);
    }

    private static Side side(final int k) {
        return (k & 1) == 0 ? Side.BUY : Side.SELL;
    }
}
