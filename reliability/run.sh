#!/usr/bin/env bash
# The fault harness: builds database topologies on this machine from Debian packages (loopback
# only, in a temporary directory), runs the example server as replicas behind HAProxy, drives an
# Okta-like workload through faults and checks every acknowledged write afterwards.
#
#   reliability/run.sh quick   PostgreSQL topology: a replica killed, the primary failed over
#   reliability/run.sh         everything: also a paused database, an exhausted pool, and a
#                              three-node MariaDB Galera cluster with a node killed and restarted
#
# Environment: WORKERS (8), KEEP=1 keeps the work directory, SKIP_BUILD=1 reuses built jars,
# SCENARIOS="<name> ..." runs only those, LOG_LEVEL=info makes replicas log every request.
# Every process started here is recorded and stopped by its process id on exit.
set -euo pipefail

MODE=${1:-full}
case "$MODE" in quick|full) ;; *) echo "usage: $0 [quick|full]" >&2; exit 2 ;; esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/scimitar-reliability.XXXXXX)
chmod 755 "$WORK"
PG_BIN=/usr/lib/postgresql/15/bin
GALERA_PROVIDER=/usr/lib/galera/libgalera_smm.so
TOKEN=reliability-harness-secret-0123456789abcdef
ADMIN=reliability-harness-admin-0123456789abcdef
WORKERS=${WORKERS:-8}
RESULTS=$WORK/results.tsv
EXAMPLE_JAR=$ROOT/examples/target/scimitar-example.jar
WORKLOAD_JAR=$ROOT/reliability/target/scimitar-workload.jar
# Ports: none of the machine's own databases (5432, 3306) nor the usual test ports.
PG_PRIMARY=25432
PG_STANDBY=25433
PG_FRONT=28080
PG_REPLICAS=(28081 28082 28083)
GALERA_SQL=(23306 23307 23308)
GALERA_BASE=(24567 24577 24587)
GALERA_FRONT=28090
GALERA_REPLICAS=(28091 28092 28093)
STARTED=$(date +%s)

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
now_ms() { date +%s%3N; }
as_pg() { runuser -u postgres -- "$@"; }
track() { echo "$1 $2" >> "$WORK/pids"; }

teardown() {
  local status=$?
  set +e
  log "tearing down"
  if [ -f "$WORK/pids" ]; then
    # Newest first: replicas and the balancer before the databases they use.
    tac "$WORK/pids" | while read -r pid name; do
      if kill -0 "$pid" 2>/dev/null; then
        kill -CONT "$pid" 2>/dev/null
        kill "$pid" 2>/dev/null
      fi
    done
    for _ in $(seq 1 40); do
      alive=0
      while read -r pid name; do
        kill -0 "$pid" 2>/dev/null && alive=1
      done < "$WORK/pids"
      [ $alive = 0 ] && break
      sleep 0.25
    done
    tac "$WORK/pids" | while read -r pid name; do
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    done
  fi
  for cluster in "$WORK/pg/primary" "$WORK/pg/standby"; do
    if [ -f "$cluster/postmaster.pid" ]; then
      # A cluster paused by a fault must run again to hear the stop.
      postmaster=$(pg_postmaster "$cluster")
      kill -CONT "$postmaster" $(pgrep -P "$postmaster") 2>/dev/null
      as_pg "$PG_BIN/pg_ctl" -D "$cluster" stop -m immediate >/dev/null 2>&1
    fi
  done
  if [ "${KEEP:-0}" = 1 ]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
  exit $status
}
trap teardown EXIT
trap 'exit 130' INT TERM

build() {
  if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$EXAMPLE_JAR" ] && [ -f "$WORKLOAD_JAR" ]; then
    return
  fi
  log "building the example server and the workload"
  (cd "$ROOT" && mvn -q -pl examples -am package -DskipTests -Djacoco.skip=true \
    && mvn -q -f reliability/pom.xml package)
}

wait_for() { # <seconds> <command...>: until the command succeeds
  local seconds=$1; shift
  for _ in $(seq 1 $((seconds * 4))); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "timed out waiting for: $*" >&2
  return 1
}

ready() { curl -sf --max-time 5 -o /dev/null "http://127.0.0.1:$1/health/ready"; }

# ---------------------------------------------------------------------------------------------
# PostgreSQL 15: a primary and a synchronous streaming standby (pg_basebackup).

pg_start_topology() {
  log "PostgreSQL: primary on $PG_PRIMARY, synchronous standby on $PG_STANDBY"
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg/primary" -U postgres --auth=trust -E UTF8 >/dev/null
  cat >> "$WORK/pg/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PRIMARY
unix_socket_directories = '$WORK/pg'
wal_level = replica
max_wal_senders = 4
synchronous_standby_names = '*'
synchronous_commit = on
max_connections = 200
shared_buffers = 32MB
EOF
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/primary" -l "$WORK/pg/primary.log" -w start >/dev/null
  as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p $PG_PRIMARY -U postgres -D "$WORK/pg/standby" \
    -X stream -R
  # Once promoted, the standby has no standby of its own: it must not wait for one.
  cat >> "$WORK/pg/standby/postgresql.conf" <<EOF
port = $PG_STANDBY
synchronous_standby_names = ''
EOF
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/standby" -l "$WORK/pg/standby.log" -w start >/dev/null
  wait_for 30 sh -c "psql -h 127.0.0.1 -p $PG_PRIMARY -U postgres -tAc \
    \"SELECT sync_state FROM pg_stat_replication\" | grep -q sync"
  psql -q -h 127.0.0.1 -p $PG_PRIMARY -U postgres -c "CREATE DATABASE scim"
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PRIMARY,127.0.0.1:$PG_STANDBY/scim?targetServerType=primary"
}

pg_postmaster() { head -1 "$1/postmaster.pid"; }

# ---------------------------------------------------------------------------------------------
# MariaDB Galera: three nodes, separate data directories and ports, wsrep on loopback.

galera_cnf() { # <node 1..3>
  local n=$1 sql=${GALERA_SQL[$(($1 - 1))]} base=${GALERA_BASE[$(($1 - 1))]} dir=$WORK/galera/n$1
  cat > "$dir/my.cnf" <<EOF
[mysqld]
user=mysql
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=$sql
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
performance_schema=OFF
wsrep_on=ON
wsrep_provider=$GALERA_PROVIDER
wsrep_cluster_name=scimitar-reliability
wsrep_cluster_address=gcomm://127.0.0.1:${GALERA_BASE[0]},127.0.0.1:${GALERA_BASE[1]},127.0.0.1:${GALERA_BASE[2]}
wsrep_node_name=n$n
wsrep_node_address=127.0.0.1
wsrep_provider_options="base_port=$base;gmcast.listen_addr=tcp://127.0.0.1:$base;ist.recv_addr=127.0.0.1:$((base + 1));gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((base + 2))
EOF
}

galera_start_node() { # <node> [--wsrep-new-cluster]
  local n=$1 dir=$WORK/galera/n$1
  shift
  /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" "$@" >> "$dir/stdout.log" 2>&1 &
  track $! "galera-n$n"
  echo $! > "$dir/pid"
  wait_for 120 galera_synced "$n"
}

galera_sql() { mariadb --defaults-file=/dev/null --socket="$WORK/galera/n$1/mysqld.sock" -u root "${@:2}"; }
galera_synced() {
  galera_sql "$1" -Nse "SHOW STATUS LIKE 'wsrep_local_state_comment'" | grep -q Synced
}

galera_start_topology() {
  log "Galera: three nodes on ${GALERA_SQL[*]}"
  for n in 1 2 3; do
    mkdir -p "$WORK/galera/n$n/data"
    galera_cnf $n
  done
  chown -R mysql "$WORK/galera"
  mariadb-install-db --defaults-file="$WORK/galera/n1/my.cnf" --user=mysql \
    --auth-root-authentication-method=normal --skip-test-db >/dev/null
  galera_start_node 1 --wsrep-new-cluster
  galera_sql 1 -e "CREATE DATABASE scim CHARACTER SET utf8mb4;
    CREATE USER 'scim'@'127.0.0.1' IDENTIFIED BY 'scim';
    GRANT ALL ON scim.* TO 'scim'@'127.0.0.1';"
  galera_start_node 2
  galera_start_node 3
  log "Galera: cluster size $(galera_sql 1 -Nse "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
}

# ---------------------------------------------------------------------------------------------
# Replicas of the example server, and HAProxy in front of them.

start_replica() { # <name> <port> <jdbc url> <user> [password]
  local name=$1 port=$2 url=$3 user=$4 password=${5:-} pid
  local args=(--port "$port" --store "$url" --db-user "$user" --token "$TOKEN"
    --admin-token "$ADMIN" --key-dir "$WORK/keys" --repeated-creates answer-original)
  [ -n "$password" ] && args+=(--db-password "$password")
  mkdir -p "$WORK/keys"
  # As a supervisor would: a replica that exits at start (its first connection timed out on a
  # busy machine) is started again, up to 5 times.
  for attempt in 1 2 3 4 5; do
    java -Xmx192m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel="${LOG_LEVEL:-warn}" \
      -Dorg.slf4j.simpleLogger.showDateTime=true \
      -jar "$EXAMPLE_JAR" "${args[@]}" >> "$WORK/$name.log" 2>&1 &
    pid=$!
    track $pid "$name"
    echo $pid > "$WORK/$name.pid"
    for _ in $(seq 1 1200); do
      ready "$port" && return 0
      kill -0 $pid 2>/dev/null || break
      sleep 0.25
    done
    log "  $name did not start (attempt $attempt): $(tail -1 "$WORK/$name.log")"
    kill -9 $pid 2>/dev/null || true
    sleep 2
  done
  return 1
}

start_balancer() { # <name> <front port> <replica ports...>
  local name=$1 front=$2
  shift 2
  cat > "$WORK/$name-503.http" <<'EOF'
HTTP/1.1 503 Service Unavailable
Content-Type: application/scim+json
Retry-After: 5
Cache-Control: no-store
Connection: close

{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"503","detail":"no replica can serve the request now; retry later"}
EOF
  {
    cat <<EOF
global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 30s
  # A request is sent to another replica only when the first one refused the connection or
  # closed it without an answer; the workload's writes are idempotent (PUT, member additions,
  # and creates, which the replicas answer with the first user when repeated).
  retries 2
  option redispatch
  retry-on conn-failure empty-response
  # A replica serves 16 requests at once (its HTTP threads); more would wait in its queue,
  # unbounded. They wait here instead, at most 2 s, then get the SCIM 503 below: with the
  # replica's 2 s wait for a connection and 10 s for a statement, no answer takes over 15 s.
  timeout queue 2s
  errorfile 503 $WORK/$name-503.http
frontend $name
  bind 127.0.0.1:$front
  default_backend $name-replicas
backend $name-replicas
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 1 maxconn 16
EOF
    local i=1
    for port in "$@"; do
      echo "  server r$i 127.0.0.1:$port check"
      i=$((i + 1))
    done
  } > "$WORK/$name.cfg"
  haproxy -f "$WORK/$name.cfg" -db >> "$WORK/$name-haproxy.log" 2>&1 &
  track $! "haproxy-$name"
  wait_for 20 curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$front/scim/v2/ServiceProviderConfig"
}

# ---------------------------------------------------------------------------------------------
# Scenarios: the workload sets up its groups and starts its workers; WARMUP seconds later the
# fault is injected (and healed).

WARMUP=10

wanted() { [ -z "${SCENARIOS:-}" ] || [[ " $SCENARIOS " == *" $1 "* ]]; }

run_scenario() { # <name> <front port> <seconds> <workers> <fault function>
  local name=$1 front=$2 seconds=$3 workers=$4 fault=$5
  wanted "$name" || return 0
  local markers=$WORK/markers-$name
  : > "$markers"
  log "scenario $name: $workers workers for ${seconds}s, fault after ${WARMUP}s"
  java -Xmx256m -jar "$WORKLOAD_JAR" --base "http://127.0.0.1:$front/scim/v2" --token "$TOKEN" \
    --scenario "$name" --workers "$workers" --seconds "$seconds" --markers "$markers" \
    --results "$RESULTS" --started "$markers.started" > "$WORK/workload-$name.log" 2>&1 &
  local workload=$!
  track $workload "workload-$name"
  wait_for 120 test -s "$markers.started"
  sleep $WARMUP
  echo "$(now_ms) fault $name" >> "$markers"
  "$fault"
  echo "$(now_ms) heal $name" >> "$markers"
  wait $workload || true
  sed 's/^/    /' "$WORK/workload-$name.log"
}

fault_replica_kill() {
  local pid
  pid=$(cat "$WORK/pg-r1.pid")
  log "  kill -9 replica pg-r1 (pid $pid); restart it 10 s later"
  kill -9 "$pid"
  sleep 10
  start_replica pg-r1 "${PG_REPLICAS[0]}" "$PG_URL" postgres
}

fault_pg_failover() {
  log "  stop the primary (immediate), promote the standby"
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/primary" stop -m immediate >/dev/null
  sleep 1
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/standby" promote -w >/dev/null
  log "  standby promoted"
}

fault_pg_pause() {
  local postmaster pids
  postmaster=$(pg_postmaster "$WORK/pg/primary")
  pids="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  log "  SIGSTOP the primary's processes for 30 s"
  # shellcheck disable=SC2086
  kill -STOP $pids
  sleep 30
  # shellcheck disable=SC2086
  kill -CONT $pids
}

fault_pool_exhausted() {
  log "  a transaction holds an exclusive lock on scim_resource for 20 s: every pooled"
  log "  connection that touches a resource waits behind it"
  psql -q -h 127.0.0.1 -p $PG_PRIMARY -U postgres -d scim -c "BEGIN;
    LOCK TABLE scim_resource IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(20); COMMIT;" >/dev/null
}

fault_galera_node_kill() {
  local pid
  pid=$(cat "$WORK/galera/n2/pid")
  log "  kill -9 Galera node n2 (pid $pid); restart it 15 s later"
  kill -9 "$pid"
  sleep 15
  galera_start_node 2
  log "  n2 synced again"
}

summary() {
  echo
  echo "| scenario | acknowledged writes | lost | duplicate users | 5xx (not 503+Retry-After) | 503 with Retry-After | no answer | answers over 15 s | slowest (ms) | writes succeed again after (ms) | duplicate groups |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11}' "$RESULTS"
  echo
  echo "took $(( $(date +%s) - STARTED )) s on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
  awk -F'\t' '{n+=$2; l+=$3; d+=$4; e+=$5} END {printf "%d acknowledged, %d lost, %d duplicates, %d 5xx\n", n, l, d, e}' "$RESULTS"
}

build
: > "$RESULTS"
pg_start_topology
for i in 0 1 2; do
  start_replica "pg-r$((i + 1))" "${PG_REPLICAS[$i]}" "$PG_URL" postgres
done
start_balancer pg $PG_FRONT "${PG_REPLICAS[@]}"

run_scenario replica-kill $PG_FRONT 40 "$WORKERS" fault_replica_kill
if [ "$MODE" = full ]; then
  run_scenario pg-paused-30s $PG_FRONT 60 "$WORKERS" fault_pg_pause
  run_scenario pool-exhausted $PG_FRONT 45 $((WORKERS * 5)) fault_pool_exhausted
fi
run_scenario pg-failover $PG_FRONT 40 "$WORKERS" fault_pg_failover

if [ "$MODE" = full ] && wanted galera-node-kill; then
  galera_start_topology
  for i in 0 1 2; do
    start_replica "galera-r$((i + 1))" "${GALERA_REPLICAS[$i]}" \
      "jdbc:mariadb://127.0.0.1:${GALERA_SQL[$i]}/scim" scim scim
  done
  start_balancer galera $GALERA_FRONT "${GALERA_REPLICAS[@]}"
  run_scenario galera-node-kill $GALERA_FRONT 50 "$WORKERS" fault_galera_node_kill
fi

summary
# The promises: nothing acknowledged lost, no userName twice, no 5xx but 503 with Retry-After.
awk -F'\t' '{bad += $3 + $4 + $5} END {exit bad > 0}' "$RESULTS"
