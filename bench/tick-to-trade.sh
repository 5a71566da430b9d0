#!/usr/bin/env bash
# In-process tick-to-trade through hft-engine: MoldUDP64/ITCH packet -> decode -> book -> strategy -> OMS -> risk ->
# OUCH encode, one engine duty cycle per packet on one thread at a fixed rate (busy-spin pacing, latency from the
# intended send time), HdrHistogram per stage, GC count and allocated bytes after warm-up. Arguments are key=value
# pairs passed through, e.g. events=1000000 rate=500000 warmup=200000 (defaults: events=10000000 warmup=1000000
# rate=200000 settle=500 housekeeping=slack stages=on). After the warm-up it waits until the JIT compilers have been
# idle for `settle` ms. Writes .hgrm files into bench/results/.
# The last line reads: tick-to-trade p50=<ns> p99=<ns> p99.9=<ns> max=<ns> gc=<count> service.p50=<ns>
# service.p99=<ns> service.p99.9=<ns> (stages=off: service time without the stage marks)
# Builds bench/target/benchmarks.jar first if it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
    (cd "$here/.." && mvn -q -pl bench -am package -DskipTests)
fi
flags="$(cat "$here/target/classes/dev/hft/bench/jvm-flags.txt")"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
# GuaranteedSafepointInterval=0: no periodic "Cleanup" safepoint (every second by default) stopping the thread.
# shellcheck disable=SC2086
exec java $flags -Xms768m -Xmx768m -XX:+AlwaysPreTouch -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 \
    -cp "$jar" dev.hft.bench.TickToTrade "out=$here/results" "$@"
