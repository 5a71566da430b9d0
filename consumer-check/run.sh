#!/usr/bin/env bash
# Consumer check: builds consumer-check/ and consumer-check/engine-guide/ (outside the reactor, each importing only
# hft-bom) against the hft artifacts in a local Maven repository, then runs them with EXACTLY the JVM flags of the
# root README's "JVM flags (Java 17)" code block, and fails on a non-zero exit or on any warning, exception or stack
# trace on stderr. engine-guide/ is the hft-engine README's guide, the same code (GuideDriftTest in hft-engine).
# It also fails if the root pom's copies of the list (hft.jvm.flags and the two manifest properties) differ from
# the README's.
#
# usage: consumer-check/run.sh [local-repository]     (default: Maven's own, ~/.m2/repository)
# The hft artifacts must be installed there first, e.g. from the root: mvn -B -q install -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

mvn_args=(-B -q)
if [ $# -ge 1 ] && [ -n "$1" ]; then
    mvn_args+=("-Dmaven.repo.local=$1")
fi
if [ -n "${HFT_MVN_OFFLINE:-}" ]; then
    mvn_args+=(-o)
fi

# The README's list: the first ``` block after the "### JVM flags (Java 17)" heading, one flag per line.
mapfile -t flags < <(awk '
    /^### JVM flags \(Java 17\)/ { section = 1; next }
    section && /^```/ { if (inblock) exit; inblock = 1; next }
    inblock && NF { print $1 }
' "$root/README.md")
if [ "${#flags[@]}" -eq 0 ]; then
    echo "consumer check: no flags found in README.md under '### JVM flags (Java 17)'" >&2
    exit 1
fi
echo "consumer check: ${#flags[@]} JVM flags from README.md"

# The root pom keeps the same list in three properties (command line and manifest spellings): they must agree.
pom_property() {
    sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" "$root/pom.xml" | tr ' ' '\n' | grep -v '^$' | sort
}
readme_sorted="$(printf '%s\n' "${flags[@]}" | sort)"
readme_exports="$(printf '%s\n' "${flags[@]}" | sed -n 's/^--add-exports=\(.*\)=ALL-UNNAMED$/\1/p' | sort)"
readme_opens="$(printf '%s\n' "${flags[@]}" | sed -n 's/^--add-opens=\(.*\)=ALL-UNNAMED$/\1/p' | sort)"
drift=0
if [ "$readme_sorted" != "$(pom_property hft.jvm.flags)" ]; then
    echo "consumer check: root pom hft.jvm.flags differs from the README's list:" >&2
    diff <(echo "$readme_sorted") <(pom_property hft.jvm.flags) >&2 || true
    drift=1
fi
if [ "$readme_exports" != "$(pom_property hft.manifest.add-exports)" ]; then
    echo "consumer check: root pom hft.manifest.add-exports differs from the README's --add-exports:" >&2
    diff <(echo "$readme_exports") <(pom_property hft.manifest.add-exports) >&2 || true
    drift=1
fi
if [ "$readme_opens" != "$(pom_property hft.manifest.add-opens)" ]; then
    echo "consumer check: root pom hft.manifest.add-opens differs from the README's --add-opens:" >&2
    diff <(echo "$readme_opens") <(pom_property hft.manifest.add-opens) >&2 || true
    drift=1
fi
[ "$drift" -eq 0 ] || exit 1

# Diagnostics only, no access granted: Chronicle catches a refused access and carries on degraded, saying so at
# DEBUG level at most, so the check turns on the JDK's report of every refused reflective access (a stack trace
# even when the caller catches it) and debug logging.
diagnostics=(-Dsun.reflect.debugModuleAccessChecks=access -Dorg.slf4j.simpleLogger.defaultLogLevel=debug)

err="$(mktemp)"
trap 'rm -f "$err"' EXIT

# run_check NAME CLASSPATH MAIN [ARGS...]: runs MAIN with exactly the README's flags (plus the diagnostics) from the
# current directory; fails on a non-zero exit or on anything on stderr that says a warning, a refused access or an
# exception.
run_check() {
    local name="$1" classpath="$2"
    shift 2
    local status=0
    java "${flags[@]}" "${diagnostics[@]}" -cp "$classpath" "$@" 2>"$err" || status=$?
    if [ -s "$err" ]; then
        echo "---- $name: stderr ----"
        cat "$err"
        echo "----------------"
    fi
    if [ "$status" -ne 0 ]; then
        echo "consumer check: $name FAILED (exit $status)" >&2
        exit 1
    fi
    # Anything that says the JVM or a library was refused access or degraded, or an exception, fails the check.
    if grep -Eq 'WARN|ERROR|Exception|Error:|^\s+at |[Ii]llegal|[Ii]naccessible|Cannot get access|are required|does not "?(export|open)' "$err"; then
        echo "consumer check: $name FAILED (warnings or a stack trace on stderr, above)" >&2
        exit 1
    fi
    echo "consumer check: $name passed"
}

# 1. hft-timing, hft-risk and hft-sor configured from YAML (consumer-check/pom.xml).
cd "$here"
mvn "${mvn_args[@]}" compile
run_check "risk and SOR from YAML" "target/classes:$(cat target/classpath.txt)" \
    dev.hft.consumer.ConsumerCheck config/risk-limits.yaml config/sor.yaml

# 2. The hft-engine README's guide, its very code (engine-guide/pom.xml: hft-engine, hft-testkit in test scope):
#    the strategy's order must reach the in-process venue.
cd "$here/engine-guide"
mvn "${mvn_args[@]}" test-compile
run_check "hft-engine guide" "target/test-classes:target/classes:$(cat target/classpath.txt)" com.example.QuoterMain

echo "consumer check: passed"
