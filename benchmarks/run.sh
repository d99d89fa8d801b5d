#!/usr/bin/env bash
# Runs the JMH suite side by side with the peer libraries.
#
#   benchmarks/run.sh                  build, cross-check, run the quick suite once, summarise
#   RUNS=3 benchmarks/run.sh           the same, three runs (what RESULTS.md quotes)
#   benchmarks/run.sh Filter           extra arguments go to JMH (here: only the filter suites)
#
# Environment: RUNS (default 1); JMH_ARGS (default "-f 1 -wi 10 -w 1s -i 5 -r 1s");
# SCIMITAR_TARGET, the build folder name (default target); SKIP_BUILD=1 to reuse the jar;
# OUT, the folder for results (default benchmarks/<target>/results/<UTC time>);
# QUIET_LOAD, e.g. 1.5: before each run, wait (at most 10 minutes) until the one-minute load
# average is below it.
# One quick run takes about 10 minutes on 2 cores, plus the build (2 to 3 minutes).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="${SCIMITAR_TARGET:-target}"
runs="${RUNS:-1}"
read -r -a jmh_args <<< "${JMH_ARGS:--f 1 -wi 10 -w 1s -i 5 -r 1s}"
out="${OUT:-$root/benchmarks/$target/results/$(date -u +%Y%m%dT%H%M%SZ)}"
jar="$root/benchmarks/$target/benchmarks.jar"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # The library modules go to the local repository, where the benchmarks module (outside the
  # reactor) finds them; their tests are neither compiled nor run here.
  mvn -q -f "$root/pom.xml" -pl scim-store-memory,scim-store-jdbc,scim-jaxrs -am install \
    -Dmaven.test.skip=true \
    -Dscimitar.target="$target"
  mvn -q -f "$root/benchmarks/pom.xml" package -Dscimitar.target="$target"
fi

mkdir -p "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "command: RUNS=$runs JMH_ARGS=\"${jmh_args[*]}\" benchmarks/run.sh $*"
  java -version 2>&1
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  grep -m1 MemTotal /proc/meminfo || true
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

java -cp "$jar" io.scimitar.benchmarks.Crosscheck > "$out/crosscheck.txt" 2>&1

wait_for_quiet() {
  [ -n "${QUIET_LOAD:-}" ] || return 0
  for _ in $(seq 1 60); do
    awk -v limit="$QUIET_LOAD" '{ exit !($1 < limit) }' /proc/loadavg && return 0
    sleep 10
  done
}

for i in $(seq 1 "$runs"); do
  wait_for_quiet
  echo "run $i of $runs starts; load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
  java -jar "$jar" "${jmh_args[@]}" -rf json -rff "$out/run-$i.json" "$@" > "$out/run-$i.txt"
  echo "run $i of $runs done; load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
done

java -cp "$jar" io.scimitar.benchmarks.Summary "$out"/run-*.json > "$out/summary.md"
cat "$out/summary.md"
echo "Results in $out"
