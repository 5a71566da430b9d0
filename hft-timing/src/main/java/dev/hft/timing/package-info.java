/**
 * Time for a low-latency trading process: clocks, latency recording and tick-to-trade breakdowns.
 * <ul>
 *     <li>Clocks: {@link dev.hft.timing.NanoClock} (monotonic) and {@link dev.hft.timing.EpochNanoClock} (wall),
 *     implemented by {@link dev.hft.timing.SystemClock}, the calibrated fast epoch clock
 *     {@link dev.hft.timing.CalibratedEpochNanoClock}, the per-duty-cycle {@link dev.hft.timing.CachedClock} and
 *     the test {@link dev.hft.timing.ManualClock}. Only this package reads the system clock.</li>
 *     <li>Latency: {@link dev.hft.timing.LatencyRecorder} (zero-allocation HdrHistogram recording with lock-free
 *     interval snapshots), {@link dev.hft.timing.StageTimer} (per-stage breakdown) and
 *     {@link dev.hft.timing.LatencyReport} (percentiles, {@code .hgrm}, PNG percentile plot).</li>
 *     <li>Threads: {@link dev.hft.timing.ThreadPinning} and {@link dev.hft.timing.IdleStrategies}.</li>
 *     <li>Measurement: {@link dev.hft.timing.ClockCharacteristics} reports clock read overhead, granularity,
 *     monotonicity and the clocksource.</li>
 * </ul>
 */
package dev.hft.timing;
