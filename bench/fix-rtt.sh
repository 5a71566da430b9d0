#!/usr/bin/env bash
# FIX 4.4 order round trip over loopback (our initiator -> our acceptor -> ExecutionReport back), fixed-rate sender,
# intended send times (no coordinated omission). Arguments are key=value pairs passed through, e.g. rate=10000
# count=100000. Writes an .hgrm file into bench/results/. Builds bench/target/benchmarks.jar first if it is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
    (cd "$here/.." && mvn -q -pl bench -am package -DskipTests)
fi
flags="$(cat "$here/target/classes/dev/hft/bench/jvm-flags.txt")"
# shellcheck disable=SC2086
exec java $flags -cp "$jar" dev.hft.bench.FixRoundTrip "out=$here/results" "$@"
