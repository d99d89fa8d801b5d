#!/usr/bin/env bash
# What change events cost on the write path (issue 17): POST and PATCH through ScimService on
# the JDBC store on PostgreSQL, events off and on alternating in one run
# (io.scimitar.benchmarks.events.EventWriteCost). Builds scim-core and scim-store-jdbc in the
# reactor (no install) and compiles the one class against them, so it runs from any worktree.
#
#   benchmarks/event-writes.sh                 # 4 threads, 3 rounds of 10 s per phase and mode
#   THREADS=8 SECONDS_PER_PHASE=5 ROUNDS=5 benchmarks/event-writes.sh
#
# Uses database scimitar_events_bench on PGHOST:PGPORT (default 127.0.0.1:5432, user postgres),
# created for the run and dropped after it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
host="${PGHOST:-127.0.0.1}"
port="${PGPORT:-5432}"
database=scimitar_events_bench
work="$(mktemp -d)"
trap 'rm -rf "$work"; dropdb -h "$host" -p "$port" -U postgres --if-exists "$database"' EXIT

mvn -q -f "$root/pom.xml" -pl scim-store-jdbc -am compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt"
cp="$root/scim-core/target/classes:$root/scim-store-jdbc/target/classes:$(cat "$work/cp.txt")"
javac -proc:none -d "$work/classes" -cp "$cp" \
  "$root/benchmarks/src/main/java/io/scimitar/benchmarks/events/EventWriteCost.java"

dropdb -h "$host" -p "$port" -U postgres --if-exists "$database"
createdb -h "$host" -p "$port" -U postgres "$database"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$work/classes:$cp" io.scimitar.benchmarks.events.EventWriteCost \
  "jdbc=jdbc:postgresql://$host:$port/$database" user=postgres threads="${THREADS:-4}" \
  seconds="${SECONDS_PER_PHASE:-10}" rounds="${ROUNDS:-3}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
