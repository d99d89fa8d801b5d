#!/usr/bin/env bash
# How fast the console's Users list answers at scale: starts the example server, loads users
# over SCIM until there are USERS (default 100000), and times the admin API calls the Users
# screen makes (ConsolePages.java).
#
#   benchmarks/console/console.sh h2           an H2 file in a temporary folder
#   benchmarks/console/console.sh postgresql   database scimitar_console, dropped and created
#
# Environment: USERS (default 100000); PGHOST/PGPORT (default 127.0.0.1:5432, user postgres);
# SKIP_BUILD=1 to reuse examples/target/scimitar-example.jar.
set -euo pipefail

store="${1:?usage: benchmarks/console/console.sh h2|postgresql}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/examples/target/scimitar-example.jar"
users="${USERS:-100000}"
admin="admin-console-bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
key="console-bench-key-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
work="$(mktemp -d)"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -f "$root/pom.xml" -pl examples -am package -DskipTests
fi

case "$store" in
  h2) spec=(--store "h2:$work/db") ;;
  postgresql)
    host="${PGHOST:-127.0.0.1}"; port="${PGPORT:-5432}"
    dropdb -h "$host" -p "$port" -U postgres --if-exists scimitar_console
    createdb -h "$host" -p "$port" -U postgres scimitar_console
    spec=(--store "jdbc:postgresql://$host:$port/scimitar_console" --db-user postgres) ;;
  *) echo "unknown store $store" >&2; exit 2 ;;
esac

java -jar "$jar" --port 0 "${spec[@]}" --token "$key" --admin-token "$admin" \
  --key-dir "$work" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  origin="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 || true)"
  [ -n "$origin" ] && break
  sleep 1
done
[ -n "$origin" ] || { cat "$work/server.log"; exit 1; }

java "$root/benchmarks/console/ConsolePages.java" "$origin" "$admin" "$key" "$users"
