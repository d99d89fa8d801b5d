#!/usr/bin/env bash
# Runs every benchmark the project records in RESULTS.md, one after the other, so that they do
# not compete for the 2 cores: the JMH suite three times, the HTTP load harness, and the scale
# runs of the memory and PostgreSQL stores. Several hours on 2 cores, most of it loading
# 1,000,000 users into PostgreSQL.
#
#   benchmarks/run-all.sh
#
# Environment: SCIMITAR_TARGET (default target), passed to every script; QUIET_LOAD (default
# 2.0) for the JMH runs. Needs wrk (apt-get install -y wrk) and a PostgreSQL server at
# PGHOST:PGPORT (default 127.0.0.1:5432, user postgres). Each script prints where its results are.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# The first script builds and installs the library; the others reuse its jar.
RUNS=3 QUIET_LOAD="${QUIET_LOAD:-2.0}" "$here/run.sh"
SKIP_BUILD=1 "$here/http.sh"
SKIP_BUILD=1 "$here/scale.sh" memory
SKIP_BUILD=1 "$here/scale.sh" postgresql
