package dev.hft.timing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the clocks on this machine can do: read overhead (ns and CPU cycles), granularity (smallest
 * non-zero step between consecutive reads), monotonicity (backward steps seen), and the kernel clocksource.
 * <p>
 * Each clock is read back to back in its own loop, after a warm-up, several rounds; the median round is reported.
 * This is a quick characterisation of the machine; {@code bench/ClockBenchmark} is the precise JMH measurement.
 * {@link #measure(int)} returns the figures; {@link Report#format()} prints them (the examples jar's {@code clocks}
 * command).
 */
public final class ClockCharacteristics {
    /** The design's target for clock-read overhead, in CPU cycles. */
    public static final double TARGET_READ_CYCLES = 30;
    /** The design's target for timing precision (granularity), in nanoseconds. */
    public static final long TARGET_PRECISION_NS = 100;

    private static final String SYSTEM_NANO_TIME = "System.nanoTime";
    private static final String CALIBRATED_EPOCH = "CalibratedEpochNanoClock";
    private static final String SYSTEM_EPOCH = "SystemClock.epochNanos (Instant)";
    private static final String CURRENT_TIME_MILLIS = "System.currentTimeMillis";
    private static final String CACHED = "CachedClock.nanoTime (read only)";
    private static final int ROUNDS = 7;

    /** Keeps the JIT from removing the measured reads. */
    @SuppressWarnings("unused")
    private static volatile long blackhole;

    private ClockCharacteristics() {
    }

    /**
     * One clock's measurements.
     *
     * @param name              the clock.
     * @param readOverheadNs    median cost of one read, nanoseconds.
     * @param readOverheadCycles the same in CPU cycles at the nominal frequency; NaN if the frequency is unknown.
     * @param granularityNs     smallest non-zero difference between two consecutive reads, nanoseconds; -1 if the
     *                          clock never moved during the measurement (a cached clock).
     * @param zeroStepFraction  fraction of consecutive reads that returned the same value.
     * @param backwardSteps     consecutive reads where the second was smaller than the first.
     * @param reads             reads per round.
     */
    public record ClockResult(String name, double readOverheadNs, double readOverheadCycles, long granularityNs,
        double zeroStepFraction, long backwardSteps, long reads) {
    }

    /**
     * The machine's clock characteristics.
     *
     * @param clocksource          the kernel's current clocksource, e.g. {@code tsc}; "unknown" if unreadable.
     * @param availableClocksources the kernel's available clocksources.
     * @param cpuMhz               the nominal CPU frequency from {@code /proc/cpuinfo}; NaN if unknown.
     * @param tscFlags             which of {@code constant_tsc nonstop_tsc} the CPU reports.
     * @param calibrationErrorNs   the calibrated epoch clock's offset uncertainty at its calibration.
     * @param clocks               one result per clock.
     */
    public record Report(String clocksource, String availableClocksources, double cpuMhz, String tscFlags,
        long calibrationErrorNs, List<ClockResult> clocks) {

        /**
         * The result for a named clock.
         *
         * @param name the clock name.
         * @return the result, or {@code null} if that clock was not measured.
         */
        public ClockResult clock(final String name) {
            for (final ClockResult result : clocks) {
                if (result.name().equals(name)) {
                    return result;
                }
            }
            return null;
        }

        /**
         * Formats the report as a text table with the design targets.
         *
         * @return the report, several lines.
         */
        public String format() {
            final StringBuilder out = new StringBuilder(1024);
            out.append(String.format(Locale.ROOT, "clocksource: %s (available: %s)%n", clocksource,
                availableClocksources));
            out.append(String.format(Locale.ROOT, "cpu: %.0f MHz nominal, tsc flags: %s%n", cpuMhz,
                tscFlags.isEmpty() ? "none reported" : tscFlags));
            out.append(String.format(Locale.ROOT, "calibrated epoch clock offset uncertainty: +/- %d ns%n",
                calibrationErrorNs));
            out.append(String.format(Locale.ROOT, "%-34s %10s %10s %14s %10s %10s%n",
                "clock", "read ns", "cycles", "granularity ns", "same-value", "backwards"));
            for (final ClockResult r : clocks) {
                out.append(String.format(Locale.ROOT, "%-34s %10.1f %10.1f %14s %9.1f%% %10d%n",
                    r.name(), r.readOverheadNs(), r.readOverheadCycles(),
                    r.granularityNs() < 0 ? "n/a" : Long.toString(r.granularityNs()),
                    100.0 * r.zeroStepFraction(), r.backwardSteps()));
            }
            final ClockResult epoch = clock(CALIBRATED_EPOCH);
            if (epoch != null) {
                out.append(String.format(Locale.ROOT,
                    "targets: epoch clock read %.1f cycles (target < %.0f: %s), precision %d ns (target < %d ns: %s)%n",
                    epoch.readOverheadCycles(), TARGET_READ_CYCLES,
                    verdict(epoch.readOverheadCycles() < TARGET_READ_CYCLES, Double.isNaN(epoch.readOverheadCycles())),
                    epoch.granularityNs(), TARGET_PRECISION_NS,
                    verdict(epoch.granularityNs() >= 0 && epoch.granularityNs() < TARGET_PRECISION_NS, false)));
            }
            return out.toString();
        }

        private static String verdict(final boolean met, final boolean unknown) {
            return unknown ? "unknown" : (met ? "met" : "NOT met");
        }
    }

    /**
     * Measures every clock.
     *
     * @param readsPerRound reads per measurement round (e.g. 2,000,000).
     * @return the report.
     */
    public static Report measure(final int readsPerRound) {
        final CalibratedEpochNanoClock calibrated = new CalibratedEpochNanoClock();
        final CachedClock cached = new CachedClock(calibrated);
        final double cpuMhz = cpuMhz();
        final List<ClockResult> results = new ArrayList<>();
        results.add(measureOne(SYSTEM_NANO_TIME, readsPerRound, cpuMhz, calibrated, cached));
        results.add(measureOne(CALIBRATED_EPOCH, readsPerRound, cpuMhz, calibrated, cached));
        results.add(measureOne(CACHED, readsPerRound, cpuMhz, calibrated, cached));
        results.add(measureOne(SYSTEM_EPOCH, readsPerRound, cpuMhz, calibrated, cached));
        results.add(measureOne(CURRENT_TIME_MILLIS, readsPerRound, cpuMhz, calibrated, cached));
        final String source = readFirstLine("/sys/devices/system/clocksource/clocksource0/current_clocksource");
        final String available = readFirstLine("/sys/devices/system/clocksource/clocksource0/available_clocksource");
        return new Report(source, available, cpuMhz, tscFlags(), calibrated.calibrationErrorNs(), List.copyOf(results));
    }

    private static ClockResult measureOne(
        final String name, final int reads, final double cpuMhz,
        final CalibratedEpochNanoClock calibrated, final CachedClock cached) {
        final double[] perReadNs = new double[ROUNDS];
        long sink = 0;
        sink += loop(name, reads, calibrated, cached); // warm-up: lets the JIT compile the loop
        for (int round = 0; round < ROUNDS; round++) {
            final long start = System.nanoTime();
            sink += loop(name, reads, calibrated, cached);
            perReadNs[round] = (System.nanoTime() - start) / (double) reads;
        }
        blackhole = sink;
        Arrays.sort(perReadNs);
        final long[] steps = steps(name, reads, calibrated, cached);
        final double medianNs = perReadNs[ROUNDS / 2];
        final double cycles = Double.isNaN(cpuMhz) ? Double.NaN : medianNs * cpuMhz / 1000.0;
        return new ClockResult(name, medianNs, cycles, steps[0], steps[1] / (double) (reads - 1), steps[2], reads);
    }

    private static long loop(
        final String name, final int reads, final CalibratedEpochNanoClock calibrated, final CachedClock cached) {
        long sum = 0;
        switch (name) {
            case SYSTEM_NANO_TIME:
                for (int i = 0; i < reads; i++) {
                    sum += System.nanoTime();
                }
                break;
            case CALIBRATED_EPOCH:
                for (int i = 0; i < reads; i++) {
                    sum += calibrated.epochNanos();
                }
                break;
            case CACHED:
                for (int i = 0; i < reads; i++) {
                    sum += cached.nanoTime();
                }
                break;
            case SYSTEM_EPOCH:
                for (int i = 0; i < reads; i++) {
                    sum += SystemClock.INSTANCE.epochNanos();
                }
                break;
            case CURRENT_TIME_MILLIS:
                for (int i = 0; i < reads; i++) {
                    sum += System.currentTimeMillis();
                }
                break;
            default:
                throw new IllegalArgumentException(name);
        }
        return sum;
    }

    /** Returns {smallest non-zero step (-1 if none), same-value count, backward count}. */
    private static long[] steps(
        final String name, final int reads, final CalibratedEpochNanoClock calibrated, final CachedClock cached) {
        final long[] values = new long[reads];
        switch (name) {
            case SYSTEM_NANO_TIME:
                for (int i = 0; i < reads; i++) {
                    values[i] = System.nanoTime();
                }
                break;
            case CALIBRATED_EPOCH:
                for (int i = 0; i < reads; i++) {
                    values[i] = calibrated.epochNanos();
                }
                break;
            case CACHED:
                for (int i = 0; i < reads; i++) {
                    values[i] = cached.nanoTime();
                }
                break;
            case SYSTEM_EPOCH:
                for (int i = 0; i < reads; i++) {
                    values[i] = SystemClock.INSTANCE.epochNanos();
                }
                break;
            case CURRENT_TIME_MILLIS:
                for (int i = 0; i < reads; i++) {
                    values[i] = System.currentTimeMillis() * 1_000_000L;
                }
                break;
            default:
                throw new IllegalArgumentException(name);
        }
        long smallest = Long.MAX_VALUE;
        long same = 0;
        long backwards = 0;
        for (int i = 1; i < reads; i++) {
            final long step = values[i] - values[i - 1];
            if (step == 0) {
                same++;
            } else if (step < 0) {
                backwards++;
            } else if (step < smallest) {
                smallest = step;
            }
        }
        return new long[] {smallest == Long.MAX_VALUE ? -1 : smallest, same, backwards};
    }

    private static double cpuMhz() {
        try {
            for (final String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("cpu MHz")) {
                    return Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (final IOException | RuntimeException ex) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static String tscFlags() {
        try {
            for (final String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("flags")) {
                    final StringBuilder flags = new StringBuilder();
                    for (final String flag : new String[] {"constant_tsc", "nonstop_tsc", "tsc_known_freq"}) {
                        if ((" " + line + " ").contains(" " + flag + " ")) {
                            flags.append(flags.length() == 0 ? "" : " ").append(flag);
                        }
                    }
                    return flags.toString();
                }
            }
        } catch (final IOException | RuntimeException ex) {
            return "";
        }
        return "";
    }

    private static String readFirstLine(final String file) {
        try {
            final List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.US_ASCII);
            return lines.isEmpty() ? "unknown" : lines.get(0).trim();
        } catch (final IOException | RuntimeException ex) {
            return "unknown";
        }
    }
}
