#!/usr/bin/env bash
# Wire-to-wire over loopback, three threads in one JVM on one clock: a feed thread sends ITCH 5.0 in MoldUDP64
# packets (UDP, 127.0.0.1) at a fixed rate; the trading thread receives, decodes, builds the book, runs the
# tick-to-trade strategy, OMS, risk and sends an OUCH 5.0 Enter Order over SoupBinTCP; an exchange thread (our
# SoupBinTCP server, a minimal OUCH venue) timestamps each order on receipt and answers Accepted + Canceled.
# Wire-to-wire = exchange receive - feed send of the packet that caused the order. Arguments are key=value pairs
# passed through, e.g. rate=50000 count=1000000 warmup=200000 feedIdle=yield exchangeIdle=yield (defaults: rate=50000
# count=1000000 warmup=200000, about 25 s). Writes .hgrm files into bench/results/.
# The last line reads: wire-to-wire p50=<ns> p99=<ns> p99.9=<ns> max=<ns> gc=<count>
# Builds bench/target/benchmarks.jar first if it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
    (cd "$here/.." && mvn -q -pl bench -am package -DskipTests)
fi
flags="$(cat "$here/target/classes/dev/hft/bench/jvm-flags.txt")"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
# GuaranteedSafepointInterval=0: no periodic "Cleanup" safepoint (every second by default) stopping the threads.
# shellcheck disable=SC2086
exec java $flags -Xms1g -Xmx1g -XX:MaxDirectMemorySize=2g -XX:+AlwaysPreTouch \
    -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0 \
    -cp "$jar" dev.hft.bench.WireToWire "out=$here/results" "$@"
