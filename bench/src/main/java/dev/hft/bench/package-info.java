/**
 * JMH benchmarks: one class per subject, one method per implementation over the same prepared input, so that
 * every figure is a ratio against the named peer from one run. Run through {@link dev.hft.bench.BenchmarkMain}
 * ({@code bench/run.sh}).
 */
package dev.hft.bench;
