#!/usr/bin/env bash
# SoupBinTCP round-trip latency over loopback, hft and nassau in the same run (fixed-rate sender, intended send
# times, so no coordinated omission). Arguments are key=value pairs passed through, e.g. rate=10000 count=100000.
# Writes .hgrm files and a PNG into bench/results/. Builds bench/target/benchmarks.jar first if it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
    (cd "$here/.." && mvn -q -pl bench -am package -DskipTests)
fi
flags="$(cat "$here/target/classes/dev/hft/bench/jvm-flags.txt")"
# shellcheck disable=SC2086
exec java $flags -cp "$jar" dev.hft.bench.SoupBinTcpRoundTrip "out=$here/results" "$@"
