#!/usr/bin/env bash
# Runs JMH benchmarks with the GC profiler and writes JSON results under bench/results/.
#   bench/run.sh                       every benchmark
#   bench/run.sh LatencyRecorder       benchmarks matching a regex
#   bench/run.sh Clock -f 1 -wi 3 -i 5 extra JMH options after the regex
# Builds bench/target/benchmarks.jar first if it is missing (mvn -pl bench -am package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
regex="${1:-.*}"
[ $# -gt 0 ] && shift
if [ ! -f "$jar" ]; then
    (cd "$here/.." && mvn -q -pl bench -am package -DskipTests)
fi
mkdir -p "$here/results"
name="$(printf '%s' "$regex" | tr -c 'A-Za-z0-9_.-' '_')"
[ "$name" = "__" ] && name="all"
out="$here/results/${name}-$(date -u +%Y%m%dT%H%M%SZ).json"
java -jar "$jar" "$regex" -prof gc -rf json -rff "$out" "$@"
echo "results: $out"
