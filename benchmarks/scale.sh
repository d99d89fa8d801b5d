#!/usr/bin/env bash
# Scale runs of the stores (issues #5, #7, #9): users loaded in stages through the storage SPI,
# then lookups, pages and member changes timed at the store and through ScimService.
#
#   benchmarks/scale.sh memory        memory store, 100,000 then 1,000,000 users (about 10 min)
#   benchmarks/scale.sh postgresql    PostgreSQL store in database scimitar_scale, which is
#                                     dropped and created again; writes the query plans to
#                                     benchmarks/explain/ (about an hour, mostly loading)
#
# Environment: SIZES (default 100000,1000000; the first at least 100000); THREADS, loading
# threads (default 6); BUDGET, seconds of timing per operation (default 10); REPS, most
# repetitions (default 1000); HEAP (default 12g); PGHOST/PGPORT (default 127.0.0.1:5432,
# user postgres);
# SCIMITAR_TARGET, the build folder (default target); SKIP_BUILD=1 to reuse the jar;
# OUT, the folder for the report (default benchmarks/<target>/scale/<store>-<UTC time>).
set -euo pipefail

store="${1:?usage: benchmarks/scale.sh memory|postgresql}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${SCIMITAR_TARGET:-target}"
jar="$root/benchmarks/$target/benchmarks.jar"
out="${OUT:-$root/benchmarks/$target/scale/$store-$(date -u +%Y%m%dT%H%M%SZ)}"
host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
database=scimitar_scale

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -f "$root/pom.xml" -pl scim-store-memory,scim-store-jdbc,scim-jaxrs -am install \
    -Dmaven.test.skip=true -Dscimitar.target="$target"
  mvn -q -f "$root/benchmarks/pom.xml" package -Dscimitar.target="$target"
fi

args=(store="$store" sizes="${SIZES:-100000,1000000}" threads="${THREADS:-6}"
  budget="${BUDGET:-10}" reps="${REPS:-1000}" out="$out")
if [ "$store" = postgresql ]; then
  dropdb -h "$host" -p "$port" -U postgres --if-exists "$database"
  createdb -h "$host" -p "$port" -U postgres "$database"
  # Batched inserts are sent as multi-row INSERTs, a driver option a host would set as well.
  args+=("jdbc=jdbc:postgresql://$host:$port/$database?reWriteBatchedInserts=true")
fi

mkdir -p "$out"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "command: SIZES=${SIZES:-} THREADS=${THREADS:-} BUDGET=${BUDGET:-} benchmarks/scale.sh $store"
  java -version 2>&1
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo || true
  grep -m1 MemTotal /proc/meminfo || true
  if [ "$store" = postgresql ]; then
    psql -h "$host" -p "$port" -U postgres -d "$database" -Atc 'SELECT version()'
  fi
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

java -Xmx"${HEAP:-12g}" -cp "$jar" io.scimitar.benchmarks.scale.ScaleRun \
  "${args[@]}" | tee "$out/log.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"

if [ "$store" = postgresql ]; then
  mkdir -p "$root/benchmarks/explain"
  cp "$out"/postgresql-*-users.txt "$root/benchmarks/explain/"
fi
echo "report: $out/report.md"
