#!/usr/bin/env bash
# HTTP load: Scimitar's SCIM endpoints beside bare Jersey resources that answer the same bytes,
# in one server JVM (HttpLoadServer), driven by wrk on loopback.
#
#   benchmarks/http.sh                    build, start the server, warm up, 3 rounds, summarise
#   benchmarks/http.sh get-user list-page only these scenarios
#
# Scenarios (benchmarks/wrk/<name>.lua): get-user, get-small-user, filter-user, list-page,
# post-user, patch-group. Each round runs every scenario against SCIM and bare back to back,
# alternating which goes first, so both see the same background load.
#
# Environment: ROUNDS (default 3); DURATION per measured run (default 15s); WARMUP per scenario
# and side (default 15s); CONNECTIONS (default 16) and WRK_THREADS (default 1); PORT (default
# 8090); USERS per tenant (default 10000); SERVER_OPTS, JVM options of the server (default
# "-Xms4g -Xmx4g -XX:+AlwaysPreTouch": the whole heap is touched before the runs, as servers
# commonly do, since a JVM that first touches heap pages mid-run spends its time in the kernel's
# page faults, and the side that allocates more pays more); SCIMITAR_TARGET, the build folder name (default target); SKIP_BUILD=1 to
# reuse the jar; OUT, the folder for results (default benchmarks/<target>/http/<UTC time>).
# Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
target="${SCIMITAR_TARGET:-target}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-15s}"
warmup="${WARMUP:-15s}"
connections="${CONNECTIONS:-16}"
wrk_threads="${WRK_THREADS:-1}"
port="${PORT:-8090}"
users="${USERS:-10000}"
read -r -a server_opts <<< "${SERVER_OPTS:--Xms4g -Xmx4g -XX:+AlwaysPreTouch}"
out="${OUT:-$root/benchmarks/$target/http/$(date -u +%Y%m%dT%H%M%SZ)}"
jar="$root/benchmarks/$target/benchmarks.jar"
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] ||
  scenarios=(get-user get-small-user filter-user list-page post-user patch-group)
export WRK_LUA_DIR="$root/benchmarks/wrk"

if ! command -v wrk > /dev/null; then
  echo "wrk is not installed; on Debian or Ubuntu: apt-get install -y wrk" >&2
  exit 1
fi
for scenario in "${scenarios[@]}"; do
  [ -f "$WRK_LUA_DIR/$scenario.lua" ] || { echo "unknown scenario $scenario" >&2; exit 2; }
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # As in run.sh: the library modules go to the local repository for the benchmarks module.
  mvn -q -f "$root/pom.xml" -pl scim-store-memory,scim-store-jdbc,scim-jaxrs -am install \
    -Dmaven.test.skip=true -Dscimitar.target="$target"
  mvn -q -f "$root/benchmarks/pom.xml" package -Dscimitar.target="$target"
fi

mkdir -p "$out"
fixtures="$out/fixtures"
load() { cut -d' ' -f1-3 /proc/loadavg; }
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "command: ROUNDS=$rounds DURATION=$duration WARMUP=$warmup CONNECTIONS=$connections" \
    "WRK_THREADS=$wrk_threads USERS=$users benchmarks/http.sh $*"
  echo "server: java ${server_opts[*]} HttpLoadServer (16 threads, as ExampleServer)"
  echo "wrk: $(wrk -v 2>&1 | head -1); -t$wrk_threads -c$connections -d$duration"
  java -version 2>&1
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  grep -m1 MemTotal /proc/meminfo || true
  echo "load before: $(load)"
} > "$out/machine.txt"

java "${server_opts[@]}" -cp "$jar" io.scimitar.benchmarks.http.HttpLoadServer \
  "$fixtures" "$port" "$users" > "$out/server.log" 2>&1 &
server=$!
# Waits for the server to exit, so that a run started right after this one finds the port free.
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ -f "$fixtures/ready" ] && break
  kill -0 "$server" 2> /dev/null || { cat "$out/server.log" >&2; exit 1; }
  sleep 1
done
[ -f "$fixtures/ready" ] || { echo "server not ready after 300 s" >&2; exit 1; }
origin="$(cat "$fixtures/ready")"

base_of() { [ "$1" = scim ] && echo /scim/v2 || echo /bare; }
patch_offset=0
# The tag a run passes to its script: a unique userName prefix for POST, a fresh member offset
# for PATCH (see patch-group.lua), nothing for the reads.
tag_of() {
  case "$1" in
    post-user) echo "$2" ;;
    patch-group) echo "$patch_offset"; ;;
    *) echo "" ;;
  esac
}
# The server's CPU time so far (user and system), in clock ticks.
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
# run <scenario> <side> <duration> <label>: one wrk run; its RESULT line, with the server's CPU
# time per request (less noisy than throughput, since wrk shares the machine), goes to results.txt.
run() {
  local scenario="$1" side="$2" length="$3" label="$4" file ticks requests cpu
  file="$out/$scenario-$side-$label.txt"
  ticks="$(server_ticks)"
  wrk -t"$wrk_threads" -c"$connections" -d"$length" --latency -s "$WRK_LUA_DIR/$scenario.lua" \
    "$origin" -- "$(base_of "$side")" "$fixtures" "$(tag_of "$scenario" "$side-$label")" \
    > "$file"
  [ "$scenario" = patch-group ] && [ "$side" = scim ] && patch_offset=$((patch_offset + 500))
  grep '^RESULT' "$file" > /dev/null || { cat "$file" >&2; exit 1; }
  requests="$(grep -o 'requests=[0-9]*' "$file" | cut -d= -f2)"
  cpu="$(awk -v t="$(($(server_ticks) - ticks))" -v hz="$ticks_per_second" -v n="$requests" \
    'BEGIN { printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0) }')"
  echo "$scenario $side $label load=$(load | cut -d' ' -f1) $(grep '^RESULT' "$file")" \
    "server_cpu_us=$cpu" | tee -a "$out/results.txt"
}

for scenario in "${scenarios[@]}"; do
  run "$scenario" scim "$warmup" warmup > /dev/null
  run "$scenario" bare "$warmup" warmup > /dev/null
done
echo "warmed up; load: $(load)" | tee -a "$out/machine.txt"
for round in $(seq 1 "$rounds"); do
  for scenario in "${scenarios[@]}"; do
    if [ $((round % 2)) = 1 ]; then sides=(scim bare); else sides=(bare scim); fi
    for side in "${sides[@]}"; do
      run "$scenario" "$side" "$duration" "round$round"
    done
  done
  echo "round $round of $rounds done; load: $(load)" | tee -a "$out/machine.txt"
done

# Per scenario and side: median req/s over the rounds with its range, median p50 and p99
# latency and median server CPU time per request; then the ratio of the SCIM median to the bare
# median.
grep -v ' warmup ' "$out/results.txt" | awk '
  function median(list,    values, n, i, j, t) {
    n = split(list, values, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
      if (values[j] + 0 < values[i] + 0) { t = values[i]; values[i] = values[j]; values[j] = t }
    return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
  }
  function field(name,    i, kv) {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == name) return kv[2] }
  }
  {
    key = $1 SUBSEP $2
    if (!($1 in seen)) { seen[$1] = 1; order[++count] = $1 }
    rps[key] = rps[key] " " field("rps")
    p50[key] = p50[key] " " field("p50_ms")
    p99[key] = p99[key] " " field("p99_ms")
    cpu[key] = cpu[key] " " field("server_cpu_us")
    n = split(rps[key], tmp, " ")
    lo[key] = (n == 1 || field("rps") + 0 < lo[key]) ? field("rps") + 0 : lo[key]
    hi[key] = (n == 1 || field("rps") + 0 > hi[key]) ? field("rps") + 0 : hi[key]
    failed[key] += field("non2xx") + field("socket_errors")
  }
  END {
    print "| scenario | SCIM req/s (median, range) | bare req/s (median, range) | SCIM / bare |" \
      " SCIM p50 / p99 ms | bare p50 / p99 ms | server CPU µs/request, SCIM / bare |" \
      " failed requests |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- |"
    for (i = 1; i <= count; i++) {
      s = order[i] SUBSEP "scim"; b = order[i] SUBSEP "bare"
      ms = median(rps[s]); mb = median(rps[b])
      printf "| %s | %.0f (%.0f-%.0f) | %.0f (%.0f-%.0f) | %.2f | %.2f / %.1f | %.2f / %.1f |" \
        " %.0f / %.0f | %d |\n",
        order[i], ms, lo[s], hi[s], mb, lo[b], hi[b], (mb > 0 ? ms / mb : 0),
        median(p50[s]), median(p99[s]), median(p50[b]), median(p99[b]),
        median(cpu[s]), median(cpu[b]), failed[s] + failed[b]
    }
  }' | tee "$out/summary.md"
echo "load after: $(load)" >> "$out/machine.txt"
echo "Results in $out"
